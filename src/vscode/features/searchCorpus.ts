// "Corpus: Search Corpus…" (Ctrl+Alt+F): full-text search as you type, in any word form of
// either language (переговоры finds переговоров and переговорів, Буданов finds Будановым);
// several words find the sentences holding them all. Each hit shows the words found as its
// label and the line around them as its detail; the title counts the hits. Enter opens the
// exact span.
import * as vscode from 'vscode';
import type { SearchHit, SearchResult } from '../../core/search/searchIndex';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { escapeIcons } from '../quickPickText';
import { type PickPage, type PreviewItem, pickWithPreview } from './pickWithPreview';

/** Hits shown at most; the title says when a query has more. */
const LIMIT = 300;

export interface HitItem extends PreviewItem {
  hit: SearchHit;
}

/** What the pick shows for a query. */
export type SearchCorpusPage = PickPage<HitItem>;

export function registerSearchCorpus(corpus: CorpusService): vscode.Disposable {
  /**
   * With a query string: the hits, and no UI (for tests and other commands). With `{ query }`: the page the
   * pick would show for it, and no UI (for tests). Without an argument: the pick; the hit accepted.
   */
  return vscode.commands.registerCommand(
    Commands.searchCorpus,
    async (query?: unknown): Promise<SearchHit[] | SearchCorpusPage | SearchHit | undefined> => {
      if (typeof query === 'string') return (await corpus.search(query)).hits;
      if (isPageRequest(query)) return searchPage(corpus, query.query);
      const initial = initialQuery();
      const picked = await pickWithPreview(corpus, {
        placeholder: vscode.l10n.t('Search the corpus in any word form; several words find them in one sentence; "quotes" for an exact phrase'),
        items: [],
        value: initial,
        update: (value) => searchPage(corpus, value),
        debounceMs: 200,
        matchOnDescription: false,
        matchOnDetail: false,
      });
      return picked?.hit;
    },
  );
}

function isPageRequest(arg: unknown): arg is { query: string } {
  return typeof arg === 'object' && arg !== null && typeof (arg as { query?: unknown }).query === 'string';
}

async function searchPage(corpus: CorpusService, query: string): Promise<SearchCorpusPage> {
  const result = await corpus.search(query, LIMIT);
  return {
    title: query.trim() ? countTitle(result) : undefined,
    items: result.hits.map((hit) => hitItem(corpus, hit)),
  };
}

/**
 * The words found are the label, so the pick's own filter highlights what was typed in them, and the line
 * around them is the detail: nothing is added to the article's text to mark the hit (brackets of our own
 * would be mistaken for the text's). VS Code 1.99 has no API to highlight a range of our choosing.
 */
function hitItem(corpus: CorpusService, hit: SearchHit): HitItem {
  const text = corpus.index.articles.get(hit.doc)?.text ?? '';
  const { left, match, right } = hit.kwic;
  return {
    hit,
    label: escapeIcons(wordsFound(text, hit)),
    description: escapeIcons(`${hit.doc}:${hit.line + 1}`),
    detail: escapeIcons(`${left}${match}${right}`.replace(/\s+/g, ' ').trim()),
    // The pick's own filter knows no morphology: every hit stays visible.
    alwaysShow: true,
    source: { doc: hit.doc, start: hit.start, end: hit.end },
  };
}

/** The matched words as written; words between them that did not match become `…`. */
function wordsFound(text: string, hit: SearchHit): string {
  return hit.words
    .map((w, i) => {
      const word = text.slice(w.start, w.end);
      if (i === 0) return word;
      const gap = text.slice(hit.words[i - 1].end, w.start);
      return (/[\p{L}\p{N}]/u.test(gap) ? ' … ' : gap.replace(/\s+/g, ' ')) + word;
    })
    .join('');
}

function countTitle({ hits, total, articles }: SearchResult): string {
  const n = numberFormat();
  if (total === 0) return vscode.l10n.t('No hits');
  if (total > hits.length) {
    return vscode.l10n.t('Showing the first {0} of {1} hits — refine the query', n(hits.length), n(total));
  }
  if (total === 1) return vscode.l10n.t('1 hit');
  if (articles === 1) return vscode.l10n.t('{0} hits in 1 article', n(total));
  return vscode.l10n.t('{0} hits in {1} articles', n(total), n(articles));
}

/** Counts in the display language's digits and grouping (1,234 / 1 234). */
function numberFormat(): (n: number) => string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(vscode.env.language);
  } catch (error) {
    // A display language Intl does not know (a RangeError): English grouping still reads well.
    if (!(error instanceof RangeError)) throw error;
    format = new Intl.NumberFormat('en');
  }
  return (n) => format.format(n);
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
