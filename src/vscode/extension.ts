// Entry point: one corpus service, then every feature registers itself and hands back its disposables.
import * as vscode from 'vscode';
import { CorpusService } from './corpusService';
import { registerArticleLanguage } from './features/articleLanguage';
import { registerDiagnostics } from './features/diagnostics';
import { registerEventsTree } from './features/eventsTree';
import { registerHover } from './features/hover';
import { registerOpenSource } from './features/openSource';
import { registerPeopleTree } from './features/peopleTree';
import { registerReindex } from './features/reindex';
import { registerStatusBar } from './features/statusBar';
import type { CorpusIndex } from '../core/index/corpusIndex';

type Feature = (corpus: CorpusService) => vscode.Disposable | vscode.Disposable[];

const FEATURES: Feature[] = [
  registerOpenSource,
  registerReindex,
  registerPeopleTree,
  registerEventsTree,
  registerHover,
  registerStatusBar,
  registerArticleLanguage,
  registerDiagnostics,
];

/** What the extension exports to other extensions and to its integration tests. */
export interface CorpusNavigatorApi {
  /** The index as it is now. */
  readonly index: CorpusIndex;
  /** Resolves when the current (re)index has finished. */
  ready(): Promise<CorpusIndex>;
}

export function activate(context: vscode.ExtensionContext): CorpusNavigatorApi {
  const output = vscode.window.createOutputChannel('Corpus Navigator', { log: true });
  const corpus = new CorpusService(output);
  context.subscriptions.push(output, corpus);
  for (const feature of FEATURES) {
    const disposables = feature(corpus);
    context.subscriptions.push(...(Array.isArray(disposables) ? disposables : [disposables]));
  }
  // Indexing runs in the background: activation returns at once.
  let ready = corpus.reindex();
  context.subscriptions.push(corpus.onDidChange(() => (ready = Promise.resolve(corpus.index))));
  return {
    get index() {
      return corpus.index;
    },
    ready: () => ready,
  };
}

export function deactivate(): void {}
