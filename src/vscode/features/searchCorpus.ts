// "Corpus: Search Corpus…" (Ctrl+Alt+F): full-text search as you type, in any word form of
// either language (переговоры finds переговоров and переговорів, Буданов finds Будановым);
// several words find the sentences holding them all. Results are keyword-in-context lines;
// Enter opens the exact span.
import * as vscode from 'vscode';
import { type SearchHit, searchCorpus } from '../../core/search/searchIndex';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { type PreviewItem, pickWithPreview } from './pickWithPreview';

const LIMIT = 300;

interface HitItem extends PreviewItem {
  hit: SearchHit;
}

export function registerSearchCorpus(corpus: CorpusService): vscode.Disposable {
  /** With a query: the hits, and no UI (for tests and other commands). */
  return vscode.commands.registerCommand(Commands.searchCorpus, async (query?: unknown): Promise<SearchHit[] | SearchHit | undefined> => {
    if (typeof query === 'string') return searchCorpus(corpus.index, query);
    const search = (value: string): HitItem[] => {
      const hits = searchCorpus(corpus.index, value, { limit: LIMIT });
      return hits.map((hit) => ({
        hit,
        label: `${hit.kwic.left}[${hit.kwic.match}]${hit.kwic.right}`.replace(/\s+/g, ' ').trim(),
        description: `${hit.doc}:${hit.line + 1}`,
        // The pick's own filter knows no morphology: every hit stays visible.
        alwaysShow: true,
        source: { doc: hit.doc, start: hit.start, end: hit.end },
      }));
    };
    const initial = initialQuery();
    // The first search builds the search index: show progress for a large corpus.
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Preparing corpus search') },
      async () => void searchCorpus(corpus.index, ''),
    );
    const picked = await pickWithPreview(corpus, {
      placeholder: vscode.l10n.t('Search the corpus in any word form; several words find them in one sentence; "quotes" for an exact phrase'),
      items: [],
      value: initial,
      update: search,
      debounceMs: 200,
      matchOnDescription: false,
      matchOnDetail: false,
    });
    return picked?.hit;
  });
}

/** The editor's selection (one line), else the word under the cursor. */
function initialQuery(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { selection, document } = editor;
  if (!selection.isEmpty) {
    const text = document.getText(selection).trim();
    return text && !text.includes('\n') && text.length <= 100 ? text : undefined;
  }
  const range = document.getWordRangeAtPosition(selection.active, /[\p{L}\p{N}'’ʼ-]+/u);
  return range ? document.getText(range) : undefined;
}
