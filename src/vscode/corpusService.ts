// Owns the corpus index for the window. A full build reads every article once;
// after that, files created, changed, deleted or renamed, corpus.yaml, and
// unsaved edits in open articles update only what they touch: the file is
// re-read (or the editor's text taken), re-extracted alone, and the cheap
// corpus-wide stages run again. Views hear about every new index.
// A folder is indexed without asking only when it is recognizably a corpus (corpusRecognition.ts); a full
// build reports how many articles it has read and can be cancelled, leaving the last good index in place.
import * as vscode from 'vscode';
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, describeError, isArticlePath, listArticleFiles, loadArticle, loadCorrections } from '../core/corpus/loader';
import { CORRECTIONS_FILE, type Corrections, emptyCorrections } from '../core/corrections';
import { CorpusIndex } from '../core/index/corpusIndex';
import { parseArticle } from '../core/article';
import { CorpusModel } from '../core/pipeline';
import type { IndexedArticle, Problem } from '../core/types';
import { ContextKeys } from './commandIds';
import { INDEX_CHOSEN_KEY, REASON_TEXT, recognizeCorpus } from './corpusRecognition';
import { WorkspaceFileSystem } from './workspaceFileSystem';

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

/** What a full build reads. Swapped in whole, so a cancelled build leaves the last good one untouched. */
interface CorpusContents {
  fs: WorkspaceFileSystem;
  model: CorpusModel;
  fileProblems: Map<string, Problem[]>;
  corrections: Corrections;
  /** What reading corpus.yaml found wrong. */
  correctionProblems: Problem[];
}

/** How often each kind of build ran: the live-update tests check that edits avoid full builds. */
export interface BuildCounts {
  full: number;
  incremental: number;
}

export class CorpusService implements vscode.Disposable {
  private current = CorpusIndex.empty();
  /** Undefined until a full build has read the folder: live updates apply only to an indexed corpus. */
  private contents: CorpusContents | undefined;
  /** Paths waiting for an incremental update; corpus.yaml among them when it changed. */
  private readonly pending = new Set<string>();
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

  /** Fires after every build with the new index. */
  readonly onDidChange = this.changed.event;
  /** Fires as a full build reads the articles (the first, then every PROGRESS_INTERVAL_MS), and with undefined when it ends. */
  readonly onDidChangeProgress = this.progressed.event;

  /** `workspaceState` remembers Index This Folder, and the views' sort and filters, across reloads. */
  constructor(
    private readonly output: vscode.LogOutputChannel,
    readonly workspaceState: vscode.Memento,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    // A rename arrives as a delete and a create; both are queued and applied together.
    const queue = (uri: vscode.Uri): void => {
      // A folder that was never indexed (not a corpus, or its first index cancelled) is not followed either.
      if (!this.contents) return;
      const path = this.corpusPath(uri);
      if (path !== undefined && (path === CORRECTIONS_FILE || isArticlePath(path, this.options()))) this.schedule(path);
    };
    watcher.onDidCreate(queue, undefined, this.disposables);
    watcher.onDidChange(queue, undefined, this.disposables);
    watcher.onDidDelete(queue, undefined, this.disposables);
    this.disposables.push(watcher);
    // Unsaved edits count: the index follows what the reader sees.
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && queue(e.document.uri), undefined, this.disposables);
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
      if (!root || (await this.recognize(root))) return this.fullBuild();
      this.output.info(`${root.toString(true)} does not look like a news corpus; it is indexed only when asked (Index This Folder).`);
      this.contents = undefined;
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
  }

  private schedule(path: string): void {
    this.pending.add(path);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      const paths = [...this.pending];
      this.pending.clear();
      void this.enqueue(() => this.update(paths));
    }, UPDATE_DELAY_MS);
  }

  /** Runs after every build asked for before; `work` never rejects. */
  private enqueue(work: () => Promise<CorpusIndex>): Promise<CorpusIndex> {
    this.queue = this.queue.then(work);
    return this.queue;
  }

  private async fullBuild(): Promise<CorpusIndex> {
    const started = Date.now();
    const cancellation = new vscode.CancellationTokenSource();
    this.cancellation = cancellation;
    this.setState('indexing');
    this.reportProgress({ done: 0 });
    try {
      const root = this.root;
      const contents = root && (await this.readCorpus(new WorkspaceFileSystem(root), cancellation.token));
      this.contents = contents;
      this.publish('full', contents, Date.now() - started);
      this.setState('indexed');
    } catch (error) {
      if (error instanceof vscode.CancellationError) this.cancelled();
      else {
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

  private async update(paths: string[]): Promise<CorpusIndex> {
    const contents = this.contents;
    if (!contents) return this.current;
    const started = Date.now();
    try {
      for (const path of paths) {
        if (path === CORRECTIONS_FILE) await this.readCorrections(contents);
        else await this.readArticle(contents, path);
      }
      this.publish('incremental', contents, Date.now() - started);
    } catch (error) {
      this.failed(error);
    }
    return this.current;
  }

  /** Every article and corpus.yaml, read with visible progress; throws CancellationError when cancelled. */
  private async readCorpus(fs: WorkspaceFileSystem, token: vscode.CancellationToken): Promise<CorpusContents> {
    const contents: CorpusContents = { fs, model: new CorpusModel(), fileProblems: new Map(), corrections: emptyCorrections(), correctionProblems: [] };
    const listing: Problem[] = [];
    const paths = await listArticleFiles(fs, this.options(), listing);
    if (listing.length > 0) contents.fileProblems.set('.', listing);
    const total = paths.length;
    await vscode.window.withProgress(
      { location: total >= NOTIFY_FROM_ARTICLES ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window, cancellable: true },
      async (progress, progressToken) => {
        progressToken.onCancellationRequested(() => this.cancelIndexing());
        let reported = { done: 0, at: 0 };
        for (const [i, path] of paths.entries()) {
          if (token.isCancellationRequested) throw new vscode.CancellationError();
          if (i === 0 || Date.now() - reported.at >= PROGRESS_INTERVAL_MS) {
            const now = { done: i + 1, total };
            this.reportProgress(now);
            progress.report({ message: describeProgress(now), increment: ((now.done - reported.done) * 100) / total });
            reported = { done: now.done, at: Date.now() };
          }
          await this.readArticle(contents, path);
        }
      },
    );
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    await this.readCorrections(contents);
    return contents;
  }

  /** Takes an article from its open, edited document if there is one, else from disk; forgets it when it is gone. */
  private async readArticle(contents: CorpusContents, path: string): Promise<void> {
    const { model, fileProblems } = contents;
    const uri = contents.fs.uri(path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty);
    if (open) {
      fileProblems.delete(path);
      model.set(parseArticle(path, open.getText()));
      return;
    }
    if (!(await this.exists(uri))) {
      model.delete(path);
      fileProblems.delete(path);
      return;
    }
    const problems: Problem[] = [];
    const article = await loadArticle(contents.fs, path, problems);
    if (article) model.set(article);
    else model.delete(path);
    if (problems.length > 0) fileProblems.set(path, problems);
    else fileProblems.delete(path);
  }

  private async readCorrections(contents: CorpusContents): Promise<void> {
    contents.correctionProblems = [];
    contents.corrections = await loadCorrections(contents.fs, contents.correctionProblems);
  }

  private async exists(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
      throw error;
    }
  }

  private cancelled(): void {
    this.output.info('Indexing cancelled; the index is as it was before.');
    this.setState('cancelled');
    const reindex = vscode.l10n.t('Reindex');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Indexing was cancelled. Reindex to read the corpus again.'), reindex)
      .then((choice) => (choice === reindex ? this.reindex() : undefined));
  }

  /** A bug in extraction must not take the editor down: say so and keep the last good index. */
  private failed(error: unknown): void {
    this.output.error(`Indexing failed: ${describeError(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Navigator could not index the corpus: {0}', describeError(error)));
  }

  private publish(kind: keyof BuildCounts, contents: CorpusContents | undefined, loadMs: number): void {
    const started = Date.now();
    let index = CorpusIndex.empty();
    if (contents) {
      // Corrections report unknown entities into the list they are given: a fresh one every build.
      const problems = [...[...contents.fileProblems.values()].flat(), ...contents.correctionProblems];
      index = contents.model.build(problems, contents.corrections);
    }
    this.buildCounts[kind]++;
    for (const p of index.problems) this.output[p.severity === 'error' ? 'error' : 'warn'](`${p.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}`);
    const s = index.stats();
    this.output.info(`${kind === 'full' ? 'Indexed' : 'Updated'}: ${s.articles} articles, ${s.people} people, ${s.events} events (read ${loadMs} ms, built ${Date.now() - started} ms)`);
    this.show(index);
  }

  private show(index: CorpusIndex): void {
    this.current = index;
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
