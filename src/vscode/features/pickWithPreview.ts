// The quick pick every Corpus search uses: as the active item changes, its source
// opens in a preview editor with the span selected (focus stays in the pick);
// Enter opens it for real; Escape puts back the editor that was active before.
import * as vscode from 'vscode';
import { keywordInContext } from '../../core/text/context';
import type { SourceRef } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { toRange } from '../convert';

/** Where an item builder reads the index: the corpus service, or the extension's API in tests. */
export type IndexSource = Pick<CorpusService, 'index'>;

export interface PreviewItem extends vscode.QuickPickItem {
  /** What the item shows in the editor. */
  source?: SourceRef;
}

export interface PickOptions<T extends PreviewItem> {
  title?: string;
  placeholder: string;
  items: T[];
  value?: string;
  /**
   * Recomputes the items as the user types (debounced); returned items should set alwaysShow when they match in
   * ways the pick's own filter cannot see. A page also replaces the title (a count of what was found).
   */
  update?: (value: string) => T[] | PickPage<T> | Promise<T[] | PickPage<T>>;
  debounceMs?: number;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

/** What `update` may return instead of bare items: the items and the title to show above them. */
export interface PickPage<T extends PreviewItem> {
  title?: string;
  items: T[];
}

/** Opens a source; `preview` keeps focus where it is and reuses the preview tab. */
export async function showSource(
  corpus: CorpusService,
  source: SourceRef,
  mode: 'preview' | 'open' = 'open',
): Promise<vscode.TextEditor | undefined> {
  const uri = corpus.uriOf(source.doc);
  if (!uri) return undefined;
  const document = await vscode.workspace.openTextDocument(uri);
  const selection = toRange(document, source);
  const editor = await vscode.window.showTextDocument(document, {
    selection,
    preview: mode === 'preview',
    preserveFocus: mode === 'preview',
  });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** A one-line keyword-in-context of a source: `left [match] right`. */
export function kwicLine(corpus: IndexSource, source: SourceRef, words = 6): string {
  const article = corpus.index.articles.get(source.doc);
  if (!article) return source.doc;
  const k = keywordInContext(article.text, source, words);
  return `${k.left}[${k.match}]${k.right}`.replace(/\s+/g, ' ').trim();
}

/** Shows the pick; resolves with the accepted item (already opened for real), or undefined after Escape. */
export function pickWithPreview<T extends PreviewItem>(corpus: CorpusService, options: PickOptions<T>): Promise<T | undefined> {
  const before = vscode.window.activeTextEditor;
  const restore = before && { document: before.document, selection: before.selection, viewColumn: before.viewColumn };
  const pick = vscode.window.createQuickPick<T>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = options.matchOnDescription ?? true;
  pick.matchOnDetail = options.matchOnDetail ?? true;
  pick.items = options.items;
  if (options.value) pick.value = options.value;

  let previewed = false;
  let accepted: T | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const disposables: vscode.Disposable[] = [];

  const refresh = async (value: string): Promise<void> => {
    if (!options.update) return;
    const mine = ++generation;
    pick.busy = true;
    try {
      const update = await options.update(value);
      if (mine === generation) {
        const page = Array.isArray(update) ? { title: options.title, items: update } : update;
        pick.title = page.title;
        pick.items = page.items;
      }
    } finally {
      if (mine === generation) pick.busy = false;
    }
  };

  return new Promise<T | undefined>((resolve) => {
    disposables.push(
      pick.onDidChangeActive((active) => {
        const source = active[0]?.source;
        if (!source) return;
        previewed = true;
        void showSource(corpus, source, 'preview');
      }),
      pick.onDidChangeValue((value) => {
        if (!options.update) return;
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(value), options.debounceMs ?? 150);
      }),
      pick.onDidAccept(() => {
        accepted = pick.selectedItems[0] ?? pick.activeItems[0];
        pick.hide();
      }),
      pick.onDidHide(async () => {
        clearTimeout(timer);
        for (const d of disposables) d.dispose();
        pick.dispose();
        if (accepted?.source) await showSource(corpus, accepted.source, 'open');
        else if (!accepted && previewed) {
          if (restore) {
            await vscode.window.showTextDocument(restore.document, { selection: restore.selection, viewColumn: restore.viewColumn });
          } else await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        }
        resolve(accepted);
      }),
    );
    pick.show();
    if (options.value && options.update) void refresh(options.value);
  });
}
