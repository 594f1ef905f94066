// Entry point: one corpus service, then every feature registers itself and hands back its disposables.
import * as vscode from 'vscode';
import { type BuildCounts, CorpusService, type FullBuildRecord, type IndexingProgress, type IndexState } from './corpusService';
import { storeFolder, WorkspaceStoreFiles } from './workspaceStoreFiles';
import { registerArticleLanguage } from './features/articleLanguage';
import { registerDiagnostics } from './features/diagnostics';
import { registerEventsTree } from './features/eventsTree';
import { type SidebarTrees, sidebarTrees } from './features/entityTree';
import { registerPlacesOrgsTree } from './features/placesOrgsTree';
import { registerTreeCommands } from './features/treeCommands';
import { registerDefinition } from './features/definition';
import { registerHighlights } from './features/highlights';
import { registerHover } from './features/hover';
import { registerReferences } from './features/references';
import { registerSymbols } from './features/symbols';
import { registerOpenSource } from './features/openSource';
import { registerPeopleTree } from './features/peopleTree';
import { registerReindex } from './features/reindex';
import { registerClearStore } from './features/clearStore';
import { registerIndexingMessage } from './features/indexingMessage';
import { registerViewState, restoreViewState } from './features/viewState';
import { type AppliedDecorations, registerDecorations } from './features/decorations';
import { registerStatusBar } from './features/statusBar';
import { registerExportIndex } from './features/exportIndex';
import { registerGoToDate } from './features/goToDate';
import { registerOpenCorrections } from './features/openCorrections';
import { registerSearchCorpus } from './features/searchCorpus';
import { registerSearchEvents } from './features/searchEvents';
import { registerSearchPeople } from './features/searchPeople';
import { registerQuotesBy } from './features/quotesBy';
import { networkPicture } from './features/network';
import type { CorpusIndex } from '../core/index/corpusIndex';
import { type PictureKind, type PictureProbe, registerPicture } from './pictures/picturePanel';
import { registerShowOnTimeline, timelinePicture } from './features/timeline';

type Feature = (corpus: CorpusService) => vscode.Disposable | vscode.Disposable[];

/** The pictures: webview panels (src/vscode/pictures/), each with its page in src/webview/. */
const PICTURES: PictureKind<unknown>[] = [networkPicture, timelinePicture];

const FEATURES: Feature[] = [
  registerOpenSource,
  registerReindex,
  registerClearStore,
  registerPeopleTree,
  registerEventsTree,
  registerPlacesOrgsTree,
  registerTreeCommands,
  // After the trees: it restores their sort and filters.
  registerViewState,
  registerIndexingMessage,
  registerHover,
  registerDefinition,
  registerReferences,
  registerHighlights,
  registerSymbols,
  registerStatusBar,
  registerArticleLanguage,
  registerDiagnostics,
  registerSearchPeople,
  registerSearchEvents,
  registerQuotesBy,
  registerGoToDate,
  registerSearchCorpus,
  registerExportIndex,
  registerOpenCorrections,
];

/** What the extension exports to other extensions and to its integration tests. */
export interface CorpusNavigatorApi {
  /** The index as it is now. */
  readonly index: CorpusIndex;
  /** Where indexing stands: still deciding, not a corpus (offered), indexing, cancelled, or indexed. */
  readonly indexState: IndexState;
  /** Fires as a full build reads the articles (the first, then four times a second), and with undefined when it ends. */
  readonly onDidChangeProgress: vscode.Event<IndexingProgress | undefined>;
  /** Puts the sort and filters saved in workspace state back on the views, as a new window does. */
  restoreViewState(): Promise<void>;
  /** Resolves when every (re)index and live update asked for so far has finished. */
  ready(): Promise<CorpusIndex>;
  /** How many full and incremental builds ran. */
  readonly buildCounts: Readonly<BuildCounts>;
  /** The last full build that finished, with the partial indexes it showed on the way; undefined before one has. */
  readonly lastFullBuild: Readonly<FullBuildRecord> | undefined;
  /** The sidebar's tree providers (People, Places & Organizations, Events), for tests and other extensions. */
  readonly trees: SidebarTrees;
  /** What each visible article has colored, by URI. */
  readonly decorations: ReadonlyMap<string, readonly { type: string; range: vscode.Range }[]>;
  /** Where the index is stored (the workspace's storage, or the global one without a workspace). */
  readonly storeFolder: vscode.Uri;
  /** Writes the stored index now, when a save is waiting for the builds to pause; resolves once written. */
  storeNow(): Promise<void>;
  /** Another corpus service on the same storage, not started, as a reopened window has: for the store's tests. */
  openAnotherService(): CorpusService;
  /** Each picture's panel, by view type: what its page got and drew, and clicks on its behalf. */
  readonly pictures: ReadonlyMap<string, PictureProbe>;
}

export function activate(context: vscode.ExtensionContext): CorpusNavigatorApi {
  const output = vscode.window.createOutputChannel('Corpus Navigator', { log: true });
  const folder = storeFolder(context);
  const openService = (): CorpusService =>
    new CorpusService(output, context.workspaceState, new WorkspaceStoreFiles(folder), String(context.extension.packageJSON.version));
  const corpus = openService();
  context.subscriptions.push(output, corpus);
  for (const feature of FEATURES) {
    const disposables = feature(corpus);
    context.subscriptions.push(...(Array.isArray(disposables) ? disposables : [disposables]));
  }
  const pictures = new Map<string, PictureProbe>();
  for (const kind of PICTURES) {
    const { disposables, probe } = registerPicture(corpus, context.extensionUri, output, kind);
    context.subscriptions.push(...disposables);
    pictures.set(kind.viewType, probe);
  }
  const timeline = pictures.get(timelinePicture.viewType);
  if (timeline) context.subscriptions.push(registerShowOnTimeline(corpus, timeline));
  const decorations: AppliedDecorations = new Map();
  context.subscriptions.push(...registerDecorations(corpus, decorations));
  closing = () => corpus.saveBeforeClosing();
  // Indexing runs in the background: activation returns at once.
  void corpus.start();
  return {
    get index() {
      return corpus.index;
    },
    get indexState() {
      return corpus.indexState;
    },
    onDidChangeProgress: corpus.onDidChangeProgress,
    restoreViewState: () => restoreViewState(corpus),
    ready: () => corpus.whenIdle(),
    buildCounts: corpus.buildCounts,
    get lastFullBuild() {
      return corpus.lastFullBuild;
    },
    trees: sidebarTrees(corpus),
    decorations,
    storeFolder: folder,
    storeNow: () => corpus.storeNow(),
    openAnotherService: openService,
    pictures,
  };
}

/** The running service's last words: see CorpusService.saveBeforeClosing. */
let closing: (() => Promise<void>) | undefined;

/** VS Code waits for the promise before it disposes the subscriptions (the service and its worker among them). */
export function deactivate(): Promise<void> | undefined {
  return closing?.();
}
