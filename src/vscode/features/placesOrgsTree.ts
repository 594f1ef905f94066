// The Places & Organizations view: the People view's shape (entity → article → mention in context) for LOC and ORG.
import type * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { Views } from '../commandIds';
import { EntityTreeProvider, registerEntityTree, sidebarTrees } from './entityTree';

export function registerPlacesOrgsTree(corpus: CorpusService): vscode.Disposable[] {
  const provider = new EntityTreeProvider(corpus, { viewId: Views.placesOrgs, types: ['LOC', 'ORG'] });
  sidebarTrees(corpus).placesOrgs = provider;
  return registerEntityTree(corpus, provider);
}
