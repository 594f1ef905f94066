// Owns the corpus index for the window. A full build reads every article once;
// after that, files created, changed, deleted or renamed, corpus.yaml, and
// unsaved edits in open articles update only what they touch: the file is
// re-read (or the editor's text taken), re-extracted alone, and the cheap
// corpus-wide stages run again. Views hear about every new index.
// This thread only reads files: extraction and building run in the indexing worker (indexClient.ts), which
// holds the articles and answers each build with the index the views read.
// A folder is indexed without asking only when it is recognizably a corpus (corpusRecognition.ts); a full
// build reports how many articles it has read and can be cancelled, leaving the last good index in place.
// The index is stored in the extension's storage after builds (indexStore.ts); a reopened window shows the stored
// index at once, then reads the files in the background, where the worker takes the stored findings of every
// unchanged file instead of extracting it, and builds and shows a new index only if any file differs.
import * as vscode from 'vscode';
import {
  type CorpusOptions,
  DEFAULT_CORPUS_OPTIONS,
  describeError,
  isArticlePath,
  isExcludedFolder,
  listArticleFiles,
} from '../core/corpus/loader';
import { folderChanges } from '../core/corpus/folderChanges';
import { CORRECTIONS_FILE } from '../core/corrections';
import type { CorpusChange } from '../core/engine/indexEngine';
import { readArticleChange, readCorrectionsChange } from '../core/engine/readChanges';
import { PartialBuildPlan } from '../core/engine/partialBuilds';
import { CorpusIndex } from '../core/index/corpusIndex';
import type { SearchResult } from '../core/search/searchIndex';
import type { LoadedIndex, StoreFiles } from '../core/store/storedIndex';
import { nextTurn, runInTurns } from './idleSteps';
import type { IndexedArticle, Problem } from '../core/types';
import { ContextKeys } from './commandIds';
import { INDEX_CHOSEN_KEY, REASON_TEXT, recognizeCorpus } from './corpusRecognition';
import { openEngineChannel } from './engineChannel';
import { applyInBatches, type BuiltIndex, EngineDiscardedError, EngineStoppedError, IndexClient } from './indexClient';
import { IndexStore, SAVE_DELAY_MS } from './indexStore';
import { fileExists, WorkspaceFileSystem } from './workspaceFileSystem';

const UPDATE_DELAY_MS = 300;
/**
 * Progress is reported at most this often. Tree views show a new message only once changes pause for 200 ms
 * (VS Code debounces them), so a count updated for every article would never move.
 */
const PROGRESS_INTERVAL_MS = 250;
/** From this many articles a full build shows a notification with a Cancel button; smaller ones finish too soon to need it. */
const NOTIFY_FROM_ARTICLES = 100;

/**
 * Where indexing stands; also the context key corpusNavigator.indexState, so the welcome views never say
 * "No articles found" while the articles are still being read.
 */
export type IndexState = 'deciding' | 'notCorpus' | 'indexing' | 'cancelled' | 'indexed';

/** How far a full build has got: `done` of `total` articles (no total while the folder is still being listed). */
export interface IndexingProgress {
  done: number;
  total?: number;
}

/** "Indexing 412 of 1,000 articles…": the views' message and the progress indicator say the same. */
export function describeProgress(progress: IndexingProgress): string {
  if (progress.total === undefined) return vscode.l10n.t('Indexing articles…');
  const count = (n: number): string => n.toLocaleString(vscode.env.language);
  return vscode.l10n.t('Indexing {0} of {1} articles…', count(progress.done), count(progress.total));
}

/** How often each kind of build ran: the live-update tests check that edits avoid full builds. */
export interface BuildCounts {
  full: number;
  incremental: number;
}

/** What the last warm start found: whether the stored findings could be used, and the files that differ from the store. */
export interface StoreCheck {
  findingsRestored: boolean;
  changed: string[];
}

/** The last full build that finished: how long it took, and the articles of each partial index shown on the way. */
export interface FullBuildRecord {
  ms: number;
  partialArticles: number[];
}

export class CorpusService implements vscode.Disposable {
  private current = CorpusIndex.empty();
  /**
   * The folder whose corpus the worker holds: undefined until a full build has read it, and again when the
   * worker had to be restarted. Live updates apply only to an indexed corpus.
   */
  private indexed: WorkspaceFileSystem | undefined;
  private readonly client: IndexClient;
  private readonly store: IndexStore;
  /** Paths waiting for an incremental update; corpus.yaml among them when it changed. */
  private readonly pending = new Set<string>();
  /** Paths created or deleted that may be folders, waiting for the same update. */
  private readonly pendingFolders = new Set<string>();
  /** What listing the indexed corpus found wrong, kept up to date as folders come and go. */
  private listing: Problem[] = [];
  private debounce: ReturnType<typeof setTimeout> | undefined;
  /** Every build runs after the previous one, so they never interleave. */
  private queue: Promise<CorpusIndex> = Promise.resolve(this.current);
  /** The running full build's, for Cancel Indexing. */
  private cancellation: vscode.CancellationTokenSource | undefined;
  private state: IndexState = 'deciding';
  private progressNow: IndexingProgress | undefined;
  private readonly changed = new vscode.EventEmitter<CorpusIndex>();
  private readonly progressed = new vscode.EventEmitter<IndexingProgress | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.progressed];
  readonly buildCounts: BuildCounts = { full: 0, incremental: 0 };
  private fullBuildRecord: FullBuildRecord | undefined;
  private lastStoreCheck: StoreCheck | undefined;
  /** The articles of each partial index the running full build has shown. */
  private partialArticles: number[] = [];

  /** Fires after every build with the new index. */
  readonly onDidChange = this.changed.event;
  /** Fires as a full build reads the articles (the first, then every PROGRESS_INTERVAL_MS), and with undefined when it ends. */
  readonly onDidChangeProgress = this.progressed.event;

  /**
   * `workspaceState` remembers Index This Folder, and the views' sort and filters, across reloads; `storeFiles`
   * hold the stored index, written by this `extensionVersion`.
   */
  constructor(
    private readonly output: vscode.LogOutputChannel,
    readonly workspaceState: vscode.Memento,
    storeFiles: StoreFiles,
    extensionVersion: string,
  ) {
    this.client = new IndexClient(openEngineChannel, output);
    this.store = new IndexStore(storeFiles, this.client, () => ({ extension: extensionVersion, root: this.root?.toString() ?? '' }), output, nextTurn);
    this.disposables.push(this.client, this.store, this.client.onDidRestart(() => this.workerRestarted()));
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    // A rename arrives as a delete and a create; both are queued and applied together. A created or deleted path
    // that names no article may be a folder, whose files the event leaves out (see folderChanges).
    const queue = (uri: vscode.Uri, mayBeFolder = false): void => {
      // A folder that was never indexed (not a corpus, or its first index cancelled) is not followed either.
      if (!this.indexed) return;
      const path = this.corpusPath(uri);
      if (path === undefined || path === '') return;
      if (path === CORRECTIONS_FILE || isArticlePath(path, this.options())) this.schedule(path, this.pending);
      else if (mayBeFolder && !isExcludedFolder(path, this.options())) this.schedule(path, this.pendingFolders);
    };
    watcher.onDidCreate((uri) => queue(uri, true), undefined, this.disposables);
    watcher.onDidChange((uri) => queue(uri), undefined, this.disposables);
    watcher.onDidDelete((uri) => queue(uri, true), undefined, this.disposables);
    this.disposables.push(watcher);
    // Unsaved edits count: the index follows what the reader sees. A document saved or reverted is read again
    // even when its text did not change (edits undone): from then on it is the file on disk, as a store says.
    vscode.workspace.onDidChangeTextDocument((e) => (e.contentChanges.length > 0 || !e.document.isDirty) && queue(e.document.uri), undefined, this.disposables);
    // Closing an edited article without saving returns it to the text on disk.
    vscode.workspace.onDidCloseTextDocument((d) => queue(d.uri), undefined, this.disposables);
    vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start(), undefined, this.disposables);
    // A folder not taken for a corpus is looked at again (corpusNavigator.folder may have just named one).
    vscode.workspace.onDidChangeConfiguration(
      (e) =>
        ['folder', 'include', 'exclude'].some((key) => e.affectsConfiguration(`corpusNavigator.${key}`)) &&
        void (this.state === 'notCorpus' || this.state === 'deciding' ? this.start() : this.reindex()),
      undefined,
      this.disposables,
    );
  }

  get index(): CorpusIndex {
    return this.current;
  }

  /** Full-text search of the corpus the views show, answered by the indexing worker (see searchIndex.ts). */
  search(query: string, limit?: number): Promise<SearchResult> {
    return this.client.search(query, limit);
  }

  /** Why the last warm start built, or did not (what its output says too): for the store's tests. */
  get storeCheck(): StoreCheck | undefined {
    return this.lastStoreCheck;
  }

  get lastFullBuild(): FullBuildRecord | undefined {
    return this.fullBuildRecord;
  }

  get indexState(): IndexState {
    return this.state;
  }

  /** The running full build's progress, if one is running. */
  get progress(): IndexingProgress | undefined {
    return this.progressNow;
  }

  /** The folder being indexed (the first workspace folder), if any. */
  get root(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    // `corpusNavigator.folder` names a subfolder as the corpus (where corpus.yaml lives too).
    const sub = vscode.workspace.getConfiguration('corpusNavigator').get<string>('folder', '').replace(/^[./\\]+|[/\\]+$/g, '');
    return folder && sub ? vscode.Uri.joinPath(folder, ...sub.split(/[/\\]+/)) : folder;
  }

  /** Resolves when every build asked for so far has finished. */
  whenIdle(): Promise<CorpusIndex> {
    return this.debounce ? new Promise((resolve) => setTimeout(() => resolve(this.whenIdle()), UPDATE_DELAY_MS)) : this.queue;
  }

  options(): CorpusOptions {
    const config = vscode.workspace.getConfiguration('corpusNavigator');
    return {
      include: config.get<string[]>('include') ?? DEFAULT_CORPUS_OPTIONS.include,
      exclude: config.get<string[]>('exclude') ?? DEFAULT_CORPUS_OPTIONS.exclude,
    };
  }

  /** The article a document shows, when the document is part of the corpus. */
  articleFor(uri: vscode.Uri): IndexedArticle | undefined {
    const path = this.corpusPath(uri);
    return path === undefined ? undefined : this.current.articles.get(path);
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.root && new WorkspaceFileSystem(this.root).uri(path);
  }

  isArticleUri(uri: vscode.Uri): boolean {
    const path = this.corpusPath(uri);
    return path !== undefined && isArticlePath(path, this.options());
  }

  private corpusPath(uri: vscode.Uri): string | undefined {
    return this.root && new WorkspaceFileSystem(this.root).relative(uri);
  }

  /** Indexes the folder when it is recognizably a corpus; otherwise the welcome views offer to. */
  start(): Promise<CorpusIndex> {
    this.dropPending();
    return this.enqueue(async () => {
      this.setState('deciding');
      const root = this.root;
      // No folder: the (empty) index is built so the views can say so and offer Open Folder.
      if (!root) return this.fullBuild();
      if (await this.recognize(root)) return this.fullBuild({ fromStore: true });
      this.output.info(`${root.toString(true)} does not look like a news corpus; it is indexed only when asked (Index This Folder).`);
      this.indexed = undefined;
      // The folder before may have been a corpus: its index is not this folder's.
      if (this.current.articles.size > 0) this.show(CorpusIndex.empty());
      this.setState('notCorpus');
      return this.current;
    });
  }

  /** Indexes the folder now and on every later start: the user said it is a corpus. */
  async indexThisFolder(): Promise<CorpusIndex> {
    await this.workspaceState.update(INDEX_CHOSEN_KEY, true);
    return this.reindex();
  }

  /** Reads the whole corpus again. */
  reindex(): Promise<CorpusIndex> {
    this.dropPending();
    return this.enqueue(() => this.fullBuild());
  }

  /** Removes the stored index and, when a corpus is indexed, reads it again without it. */
  clearStore(): Promise<CorpusIndex> {
    this.dropPending();
    return this.enqueue(async () => {
      await this.store.clear();
      this.output.info('Stored index cleared.');
      return this.indexed ? this.fullBuild() : this.current;
    });
  }

  /** Writes the stored index now if a save is waiting for the builds to pause; resolves once it is written. */
  storeNow(): Promise<void> {
    return this.store.flush();
  }

  /**
   * As the window closes: a save still waiting for its delay (30 s after a live edit) is written now, so the next
   * window starts from this index. A full build under way has nothing to save yet and is not waited for.
   */
  saveBeforeClosing(): Promise<void> {
    return this.state === 'indexing' ? Promise.resolve() : this.store.flush();
  }

  /** Stops the running full build; the index stays as it was before it. */
  cancelIndexing(): void {
    this.cancellation?.cancel();
  }

  private async recognize(root: vscode.Uri): Promise<boolean> {
    try {
      const reason = await recognizeCorpus(root, this.options(), this.workspaceState);
      if (reason) this.output.info(`Indexing ${root.toString(true)}: ${REASON_TEXT[reason]}.`);
      return reason !== undefined;
    } catch (error) {
      // Undecided is "not a corpus": the welcome view still offers to index the folder.
      this.output.warn(`Could not tell whether ${root.toString(true)} is a corpus: ${describeError(error)}`);
      return false;
    }
  }

  private dropPending(): void {
    clearTimeout(this.debounce);
    this.debounce = undefined;
    this.pending.clear();
    this.pendingFolders.clear();
  }

  private schedule(path: string, pending: Set<string>): void {
    pending.add(path);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      const paths = [...this.pending];
      const folders = [...this.pendingFolders];
      this.pending.clear();
      this.pendingFolders.clear();
      void this.enqueue(() => this.update(paths, folders));
    }, UPDATE_DELAY_MS);
  }

  /** Runs after every build asked for before; `work` never rejects. */
  private enqueue(work: () => Promise<CorpusIndex>): Promise<CorpusIndex> {
    this.queue = this.queue.then(work);
    return this.queue;
  }

  /** `fromStore`: show the stored index first, and take the stored findings of the files that did not change. */
  private async fullBuild({ fromStore = false } = {}): Promise<CorpusIndex> {
    const started = Date.now();
    const cancellation = new vscode.CancellationTokenSource();
    this.cancellation = cancellation;
    this.setState('indexing');
    this.reportProgress({ done: 0 });
    // The views may show partial indexes on the way (showPartial); a build that does not finish takes them back.
    const before = this.current;
    this.partialArticles = [];
    try {
      const root = this.root;
      const fs = root && new WorkspaceFileSystem(root);
      const stored = fs && fromStore ? await this.showStored() : undefined;
      const built = fs && (await this.readCorpus(fs, cancellation.token, stored));
      this.indexed = fs;
      if (built === 'unchanged') this.output.info(`Stored index checked against the files: nothing changed (${Date.now() - started} ms).`);
      else this.publish('full', built, Date.now() - started);
      this.fullBuildRecord = { ms: Date.now() - started, partialArticles: this.partialArticles };
      this.setState('indexed');
    } catch (error) {
      if (error instanceof vscode.CancellationError) {
        // What the worker was still doing for this build is dropped; its corpus stays the one the views show.
        this.client.discardNext().catch((e: unknown) => this.output.warn(`Could not stop the indexing worker's build: ${describeError(e)}`));
        if (this.current !== before) this.show(before);
        this.cancelled();
      } else {
        if (this.current !== before) this.show(before);
        this.failed(error);
        this.setState('indexed');
      }
    } finally {
      cancellation.dispose();
      this.cancellation = undefined;
      this.reportProgress(undefined);
    }
    return this.current;
  }

  /** The stored index, shown at once; undefined when there is none for this corpus (or it is unusable). */
  private async showStored(): Promise<LoadedIndex | undefined> {
    const started = Date.now();
    const loaded = await this.store.load();
    if (!loaded) return undefined;
    let index: CorpusIndex;
    try {
      index = new CorpusIndex(loaded.tables);
    } catch (error) {
      // Records of the right outline and the right checksum that still do not make an index: a bug, or a crafted store.
      this.output.warn(`Stored index not used: it does not make an index (${describeError(error)}); indexing from the files.`);
      await this.store.clear();
      return undefined;
    }
    this.show(index);
    this.reportProgress(undefined);
    this.setState('indexed');
    this.output.info(`Shown from the stored index: ${index.stats().articles} articles (${Date.now() - started} ms); checking the files for changes.`);
    return loaded;
  }

  private async update(paths: string[], maybeFolders: string[]): Promise<CorpusIndex> {
    const fs = this.indexed;
    if (!fs) return this.current;
    const started = Date.now();
    try {
      // Edits, the usual update, name no folder: nothing is listed for them.
      const folders = maybeFolders.length > 0 ? await folderChanges(fs, this.options(), maybeFolders, this.store.currentFiles(), this.listing) : undefined;
      const listingChanged = folders !== undefined && JSON.stringify(folders.listing) !== JSON.stringify(this.listing);
      const files = [...new Set([...paths, ...(folders?.paths ?? [])])];
      // A file that is no article and no folder (an image saved beside the articles) changes nothing.
      if (files.length === 0 && !listingChanged) return this.current;
      const changes = await Promise.all(files.map((path) => this.readChange(fs, path)));
      if (listingChanged) {
        changes.push({ kind: 'listing', problems: folders.listing });
        this.listing = folders.listing;
      }
      void this.client.apply('current', this.store.take('current', changes));
      this.publish('incremental', await this.client.build('current'), Date.now() - started);
    } catch (error) {
      this.failed(error);
    }
    return this.current;
  }

  /**
   * Every article and corpus.yaml, read and sent to the worker's `next` corpus with visible progress, then built
   * there and made its `current`; throws CancellationError when cancelled. With a `stored` index already shown,
   * the worker takes its findings for unchanged files, progress shows in the status bar only (the views show the
   * stored index meanwhile), and when no file changed nothing is built: 'unchanged'.
   */
  private async readCorpus(fs: WorkspaceFileSystem, token: vscode.CancellationToken, stored?: LoadedIndex): Promise<BuiltIndex | 'unchanged'> {
    await this.client.openNext();
    this.store.opened();
    const restored = stored !== undefined && (await this.store.restore(stored));
    const listing: Problem[] = [];
    const paths = await listArticleFiles(fs, this.options(), listing);
    void this.client.apply('next', this.store.take('next', [{ kind: 'listing', problems: listing }]));
    const total = paths.length;
    const built = await vscode.window.withProgress(
      {
        location: total >= NOTIFY_FROM_ARTICLES && !stored ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window,
        title: stored ? vscode.l10n.t('Checking the stored index') : undefined,
        cancellable: true,
      },
      async (progress, progressToken) => {
        progressToken.onCancellationRequested(() => this.cancelIndexing());
        // The worker counts the articles it has taken; the first is reported, then at most every PROGRESS_INTERVAL_MS.
        let reported = { done: 0, at: 0 };
        const listening = this.client.onProgress((done) => {
          if (token.isCancellationRequested || (done !== 1 && Date.now() - reported.at < PROGRESS_INTERVAL_MS)) return;
          const now = { done, total };
          if (!stored) this.reportProgress(now);
          progress.report({ message: describeProgress(now), increment: ((now.done - reported.done) * 100) / total });
          reported = { done, at: Date.now() };
        });
        try {
          // Corrections first, so that the partial indexes shown on the way are corrected too.
          void this.client.apply('next', this.store.take('next', [await readCorrectionsChange(fs)]));
          const read = async (path: string): Promise<CorpusChange> => this.store.take('next', [await this.readChange(fs, path)])[0];
          const look = stored ? undefined : { plan: new PartialBuildPlan(paths.length), show: (building: Promise<BuiltIndex>) => this.showPartial(building, token) };
          await applyInBatches(this.client, paths, read, (step) => unlessCancelled(step, token), look);
          if (token.isCancellationRequested) throw new vscode.CancellationError();
          const changed = stored && restored ? this.store.changedSince(stored) : [];
          if (stored) this.lastStoreCheck = { findingsRestored: restored, changed };
          if (stored && restored) {
            if (changed.length === 0) return 'unchanged';
            this.output.info(`The stored index is out of date: ${changed.length} file(s) differ (${changed.slice(0, 5).map((p) => JSON.stringify(p)).join(', ')}${changed.length > 5 ? ', …' : ''}); building.`);
          }
          return await unlessCancelled(this.client.build('next'), token);
        } finally {
          listening.dispose();
        }
      },
    );
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    await this.client.commitNext();
    this.store.committed();
    this.listing = listing;
    return built;
  }

  /**
   * The index of the articles a running full build has read so far, shown while it reads on; progress still
   * shows. Not stored, and not shown once the build has ended (its own index is newer).
   */
  private showPartial(building: Promise<BuiltIndex>, token: vscode.CancellationToken): void {
    const cancellation = this.cancellation;
    building.then(
      (built) => {
        if (token.isCancellationRequested || this.cancellation !== cancellation) return;
        const articles = built.index.stats().articles;
        this.output.info(`Shown while indexing: the ${articles} articles read so far.`);
        this.partialArticles.push(articles);
        this.show(built.index);
      },
      (error: unknown) => {
        // A cancelled build discards its partial ones too, and a stopped worker is the full build's failure, said there.
        if (!(error instanceof EngineDiscardedError || error instanceof EngineStoppedError)) this.output.warn(`Could not build the index of the articles read so far: ${describeError(error)}`);
      },
    );
  }

  /** A file as it is now: the text of its open, edited document if there is one, else its bytes on disk, else gone. */
  private async readChange(fs: WorkspaceFileSystem, path: string): Promise<CorpusChange> {
    if (path === CORRECTIONS_FILE) return readCorrectionsChange(fs);
    const uri = fs.uri(path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty);
    if (open) return { kind: 'article', path, content: { text: open.getText() } };
    if (!(await fileExists(uri))) return { kind: 'absent', path, problems: [] };
    return readArticleChange(fs, path);
  }


  private cancelled(): void {
    this.output.info('Indexing cancelled; the index is as it was before.');
    this.setState('cancelled');
    const reindex = vscode.l10n.t('Reindex');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Indexing was cancelled. Reindex to read the corpus again.'), reindex)
      .then((choice) => (choice === reindex ? this.reindex() : undefined));
  }

  /**
   * A new worker holds no corpus. Unless a full build was running (it fails, and Reindex tries again: the worker
   * may have stopped on something in the corpus), the corpus is read again so live updates have one to change.
   */
  private workerRestarted(): void {
    const wasIndexed = this.indexed !== undefined;
    this.indexed = undefined;
    if (wasIndexed && !this.cancellation) void this.reindex();
  }

  /** A bug in extraction must not take the editor down: say so and keep the last good index. */
  private failed(error: unknown): void {
    this.output.error(`Indexing failed: ${describeError(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Navigator could not index the corpus: {0}', describeError(error)));
  }

  /** Shows the worker's index (no corpus: the empty index, so the views can say so). */
  private publish(kind: keyof BuildCounts, built: BuiltIndex | undefined, elapsedMs: number): void {
    const index = built?.index ?? CorpusIndex.empty();
    this.buildCounts[kind]++;
    for (const p of index.problems) this.output[p.severity === 'error' ? 'error' : 'warn'](`${p.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}`);
    const s = index.stats();
    this.output.info(
      `${kind === 'full' ? 'Indexed' : 'Updated'}: ${s.articles} articles, ${s.people} people, ${s.events} events (${elapsedMs} ms, of which the worker built ${built?.buildMs ?? 0} ms and this thread took the index in ${Math.round(built?.hostMs ?? 0)} ms)`,
    );
    this.show(index);
    // Saved once the builds pause, from the queue of builds, where no change is on its way to the worker.
    if (built && this.root) {
      const whenIdle = (capture: () => void): Promise<CorpusIndex> =>
        this.enqueue(async () => {
          capture();
          return this.current;
        });
      this.store.scheduleSave(built.snapshot, SAVE_DELAY_MS[kind], whenIdle);
    }
  }

  private show(index: CorpusIndex): void {
    this.current = index;
    void runInTurns(index.prepareHovers(), () => this.current === index);
    void vscode.commands.executeCommand('setContext', ContextKeys.hasArticles, index.stats().articles > 0);
    this.changed.fire(index);
  }

  private setState(state: IndexState): void {
    this.state = state;
    void vscode.commands.executeCommand('setContext', ContextKeys.indexState, state);
  }

  private reportProgress(progress: IndexingProgress | undefined): void {
    this.progressNow = progress;
    this.progressed.fire(progress);
  }

  dispose(): void {
    clearTimeout(this.debounce);
    this.cancellation?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}

/** The work's answer, or CancellationError as soon as the token is cancelled (the work's own answer is then ignored). */
function unlessCancelled<T>(work: Promise<T>, token: vscode.CancellationToken): Promise<T> {
  return new Promise((resolve, reject) => {
    const listening = token.onCancellationRequested(() => reject(new vscode.CancellationError()));
    if (token.isCancellationRequested) reject(new vscode.CancellationError());
    work.then(resolve, reject).finally(() => listening.dispose());
  });
}
