// The People view: person → article → mention in context; a mention opens its exact span.
// Sorted by mentions or by name (title-bar toggle); people with fewer than
// corpusNavigator.people.minMentions mentions are left out.
import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { Commands, ContextKeys, Views } from '../commandIds';
import { type EntitySort, EntityTreeProvider, registerEntityTree, sidebarTrees } from './entityTree';

export const MIN_MENTIONS_SETTING = 'corpusNavigator.people.minMentions';

export function registerPeopleTree(corpus: CorpusService): vscode.Disposable[] {
  const provider = new EntityTreeProvider(corpus, { viewId: Views.people, types: ['PER'], minMentionsSetting: MIN_MENTIONS_SETTING });
  sidebarTrees(corpus).people = provider;
  const sortBy = (sort: EntitySort) => async (): Promise<void> => {
    provider.setSort(sort);
    await vscode.commands.executeCommand('setContext', ContextKeys.peopleSort, sort);
  };
  void vscode.commands.executeCommand('setContext', ContextKeys.peopleSort, provider.sort);
  return [
    ...registerEntityTree(corpus, provider),
    vscode.commands.registerCommand(Commands.sortByMentions, sortBy('mentions')),
    vscode.commands.registerCommand(Commands.sortByName, sortBy('name')),
  ];
}
