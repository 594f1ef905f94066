// The sidebar as the user left it: the People sort order and each view's filter are kept in workspace state,
// so a reload (or the next day) opens the views sorted and filtered the same way.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { ContextKeys } from '../commandIds';
import { allTrees, type EntitySort, type SidebarTrees, sidebarTrees, updateFilteredContext } from './entityTree';

const KEY = 'corpusNavigator.viewState';

/** What is saved: plain data, so an old or hand-edited value can be checked field by field. */
interface SavedViewState {
  peopleSort?: EntitySort;
  /** Filter text by view id. */
  filters?: Record<string, string>;
}

function snapshot(trees: SidebarTrees): SavedViewState {
  return {
    peopleSort: trees.people?.sort,
    filters: Object.fromEntries(allTrees(trees).map((tree) => [tree.viewId, tree.filter])),
  };
}

/** Puts the saved sort and filters back on the trees (at activation). */
export async function restoreViewState(corpus: CorpusService): Promise<void> {
  const trees = sidebarTrees(corpus);
  const saved = corpus.workspaceState.get<SavedViewState>(KEY);
  const sort = saved?.peopleSort;
  if (trees.people && (sort === 'mentions' || sort === 'name')) trees.people.setSort(sort);
  for (const tree of allTrees(trees)) {
    const filter = saved?.filters?.[tree.viewId];
    if (typeof filter === 'string' && filter !== tree.filter) tree.setFilter(filter);
  }
  if (trees.people) await vscode.commands.executeCommand('setContext', ContextKeys.peopleSort, trees.people.sort);
  await updateFilteredContext(trees);
}

/** Restores the saved state, then saves it whenever a tree changes (a sort or filter change refreshes it). */
export function registerViewState(corpus: CorpusService): vscode.Disposable[] {
  const trees = sidebarTrees(corpus);
  let saved = JSON.stringify(snapshot(trees));
  const save = (): void => {
    const now = JSON.stringify(snapshot(trees));
    if (now === saved) return;
    saved = now;
    void corpus.workspaceState.update(KEY, JSON.parse(now));
  };
  void restoreViewState(corpus);
  return allTrees(trees).flatMap((tree) => tree.onDidChangeTreeData?.(save) ?? []);
}
