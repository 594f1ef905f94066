// While a full build runs, every sidebar view says how far it has got ("Indexing 412 of 1,000 articles…")
// instead of looking empty; when it ends, each view shows its own message again.
import type * as vscode from 'vscode';
import { type CorpusService, describeProgress } from '../corpusService';
import { allTrees, sidebarTrees } from './entityTree';

export function registerIndexingMessage(corpus: CorpusService): vscode.Disposable {
  return corpus.onDidChangeProgress((progress) => {
    for (const tree of allTrees(sidebarTrees(corpus))) {
      if (!progress) tree.refresh();
      else if (tree.view) tree.view.message = describeProgress(progress);
    }
  });
}
