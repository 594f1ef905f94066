// The commands that start and stop indexing: Reindex, Index This Folder (for a folder not taken for a corpus
// on its own; remembered for the workspace) and Cancel Indexing.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';

export function registerReindex(corpus: CorpusService): vscode.Disposable[] {
  const reportCounts = (): { articles: number; people: number } | undefined => {
    // A cancelled build changed nothing: its own message says so.
    if (corpus.indexState !== 'indexed') return undefined;
    const s = corpus.index.stats();
    vscode.window.setStatusBarMessage(vscode.l10n.t('Corpus indexed: {0} articles, {1} people', s.articles, s.people), 4000);
    return s;
  };
  return [
    vscode.commands.registerCommand(Commands.reindex, async () => {
      await corpus.reindex();
      return reportCounts();
    }),
    vscode.commands.registerCommand(Commands.indexThisFolder, async () => {
      await corpus.indexThisFolder();
      return reportCounts();
    }),
    vscode.commands.registerCommand(Commands.cancelIndexing, () => corpus.cancelIndexing()),
  ];
}
