// "Corpus: Reindex": rebuilds the index with visible progress.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';

export function registerReindex(corpus: CorpusService): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.reindex, async () => {
    const index = await corpus.reindex();
    const s = index.stats();
    vscode.window.setStatusBarMessage(`Corpus reindexed: ${s.articles} articles, ${s.people} people`, 4000);
    return s;
  });
}
