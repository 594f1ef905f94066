// Owns the corpus index for the window. A full build reads every article once;
// after that, files created, changed, deleted or renamed, corpus.yaml, and
// unsaved edits in open articles update only what they touch: the file is
// re-read (or the editor's text taken), re-extracted alone, and the cheap
// corpus-wide stages run again. Views hear about every new index.
import * as vscode from 'vscode';
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, describeError, isArticlePath, listArticleFiles, loadArticle, loadCorrections } from '../core/corpus/loader';
import { CORRECTIONS_FILE, type Corrections, emptyCorrections } from '../core/corrections';
import { CorpusIndex } from '../core/index/corpusIndex';
import { parseArticle } from '../core/article';
import { CorpusModel } from '../core/pipeline';
import type { Article, Problem } from '../core/types';
import { ContextKeys } from './commandIds';
import { WorkspaceFileSystem } from './workspaceFileSystem';

const UPDATE_DELAY_MS = 300;

/** How often each kind of build ran: the live-update tests check that edits avoid full builds. */
export interface BuildCounts {
  full: number;
  incremental: number;
}

export class CorpusService implements vscode.Disposable {
  private current = CorpusIndex.empty();
  private fs: WorkspaceFileSystem | undefined;
  private model = new CorpusModel();
  private readonly fileProblems = new Map<string, Problem[]>();
  private corrections: Corrections = emptyCorrections();
  private correctionProblems: Problem[] = [];
  /** Paths waiting for an incremental update; corpus.yaml among them when it changed. */
  private readonly pending = new Set<string>();
  private debounce: ReturnType<typeof setTimeout> | undefined;
  /** Every build runs after the previous one, so they never interleave. */
  private queue: Promise<CorpusIndex> = Promise.resolve(this.current);
  private readonly changed = new vscode.EventEmitter<CorpusIndex>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly buildCounts: BuildCounts = { full: 0, incremental: 0 };

  /** Fires after every build with the new index. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    // A rename arrives as a delete and a create; both are queued and applied together.
    const queue = (uri: vscode.Uri): void => {
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
    vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reindex(), undefined, this.disposables);
    vscode.workspace.onDidChangeConfiguration(
      (e) => ['folder', 'include', 'exclude'].some((key) => e.affectsConfiguration(`corpusNavigator.${key}`)) && void this.reindex(),
      undefined,
      this.disposables,
    );
  }

  get index(): CorpusIndex {
    return this.current;
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
  articleFor(uri: vscode.Uri): Article | undefined {
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

  /** Reads the whole corpus again. */
  reindex(): Promise<CorpusIndex> {
    clearTimeout(this.debounce);
    this.debounce = undefined;
    this.pending.clear();
    return this.enqueue('full', () => this.fullBuild());
  }

  private schedule(path: string): void {
    this.pending.add(path);
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      const paths = [...this.pending];
      this.pending.clear();
      void this.enqueue('incremental', () => this.update(paths));
    }, UPDATE_DELAY_MS);
  }

  private enqueue(kind: keyof BuildCounts, work: () => Promise<void>): Promise<CorpusIndex> {
    const run = async (): Promise<CorpusIndex> => {
      const started = Date.now();
      try {
        await work();
        this.publish(kind, Date.now() - started);
      } catch (error) {
        // A bug in extraction must not take the editor down: say so and keep the last good index.
        this.output.error(`Indexing failed: ${describeError(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Corpus Navigator could not index the corpus: {0}', describeError(error)));
      }
      return this.current;
    };
    this.queue = this.queue.then(() =>
      kind === 'full' ? Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing corpus') }, run)) : run(),
    );
    return this.queue;
  }

  private async fullBuild(): Promise<void> {
    this.model = new CorpusModel();
    this.fileProblems.clear();
    const root = this.root;
    this.fs = root && new WorkspaceFileSystem(root);
    if (!this.fs) {
      this.corrections = emptyCorrections();
      this.correctionProblems = [];
      return;
    }
    const listing: Problem[] = [];
    for (const path of await listArticleFiles(this.fs, this.options(), listing)) await this.readArticle(path);
    if (listing.length > 0) this.fileProblems.set('.', listing);
    await this.readCorrections();
  }

  private async update(paths: string[]): Promise<void> {
    if (!this.fs) return this.fullBuild();
    for (const path of paths) {
      if (path === CORRECTIONS_FILE) await this.readCorrections();
      else await this.readArticle(path);
    }
  }

  /** Takes an article from its open, edited document if there is one, else from disk; forgets it when it is gone. */
  private async readArticle(path: string): Promise<void> {
    const uri = this.uriOf(path)!;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty);
    if (open) {
      this.fileProblems.delete(path);
      this.model.set(parseArticle(path, open.getText()));
      return;
    }
    if (!(await this.exists(uri))) {
      this.model.delete(path);
      this.fileProblems.delete(path);
      return;
    }
    const problems: Problem[] = [];
    const article = await loadArticle(this.fs!, path, problems);
    if (article) this.model.set(article);
    else this.model.delete(path);
    if (problems.length > 0) this.fileProblems.set(path, problems);
    else this.fileProblems.delete(path);
  }

  private async readCorrections(): Promise<void> {
    this.correctionProblems = [];
    this.corrections = await loadCorrections(this.fs!, this.correctionProblems);
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

  private publish(kind: keyof BuildCounts, loadMs: number): void {
    const started = Date.now();
    // Corrections report unknown entities into the list they are given: a fresh one every build.
    const problems = [...[...this.fileProblems.values()].flat(), ...this.correctionProblems];
    const index = this.model.build(problems, this.corrections);
    this.buildCounts[kind]++;
    for (const p of index.problems) this.output[p.severity === 'error' ? 'error' : 'warn'](`${p.path}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}`);
    const s = index.stats();
    this.output.info(`${kind === 'full' ? 'Indexed' : 'Updated'}: ${s.articles} articles, ${s.people} people, ${s.events} events (read ${loadMs} ms, built ${Date.now() - started} ms)`);
    this.current = index;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasArticles, s.articles > 0);
    this.changed.fire(index);
  }

  dispose(): void {
    clearTimeout(this.debounce);
    for (const d of this.disposables) d.dispose();
  }
}
