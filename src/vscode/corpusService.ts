// Owns the corpus index for the window: builds it in the background, rebuilds
// it on request or when article files change, and tells the views.
import * as vscode from 'vscode';
import { type CorpusOptions, DEFAULT_CORPUS_OPTIONS, describeError, isArticlePath } from '../core/corpus/loader';
import { CorpusIndex } from '../core/index/corpusIndex';
import { indexCorpus } from '../core/pipeline';
import type { Article } from '../core/types';
import { WorkspaceFileSystem } from './workspaceFileSystem';

const REINDEX_DELAY_MS = 400;

export class CorpusService implements vscode.Disposable {
  private current = CorpusIndex.empty();
  private fs: WorkspaceFileSystem | undefined;
  private building: Promise<CorpusIndex> | undefined;
  private rerunRequested = false;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<CorpusIndex>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires after every (re)index with the new index. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const schedule = (uri: vscode.Uri): void => {
      if (this.isArticleUri(uri)) this.scheduleReindex();
    };
    watcher.onDidCreate(schedule, undefined, this.disposables);
    watcher.onDidChange(schedule, undefined, this.disposables);
    watcher.onDidDelete(schedule, undefined, this.disposables);
    this.disposables.push(watcher);
    vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReindex(), undefined, this.disposables);
    vscode.workspace.onDidChangeConfiguration(
      (e) => e.affectsConfiguration('corpusNavigator') && this.scheduleReindex(),
      undefined,
      this.disposables,
    );
  }

  get index(): CorpusIndex {
    return this.current;
  }

  /** The folder being indexed (the first workspace folder), if any. */
  get root(): vscode.Uri | undefined {
    return vscode.workspace.workspaceFolders?.[0]?.uri;
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
    const path = this.fs?.relative(uri);
    return path === undefined ? undefined : this.current.articles.get(path);
  }

  uriOf(path: string): vscode.Uri | undefined {
    return this.fs?.uri(path);
  }

  isArticleUri(uri: vscode.Uri): boolean {
    const root = this.root;
    if (!root) return false;
    const relative = new WorkspaceFileSystem(root).relative(uri);
    return relative !== undefined && isArticlePath(relative, this.options());
  }

  /** Rebuilds the index; concurrent calls share one build and a call during a build queues one more. */
  reindex(): Promise<CorpusIndex> {
    if (this.building) {
      this.rerunRequested = true;
      return this.building;
    }
    const building = Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Indexing corpus' }, () => this.build()),
    ).finally(() => {
      this.building = undefined;
      if (this.rerunRequested) {
        this.rerunRequested = false;
        void this.reindex();
      }
    });
    this.building = building;
    return building;
  }

  private async build(): Promise<CorpusIndex> {
    const root = this.root;
    const started = Date.now();
    let index = CorpusIndex.empty();
    if (root) {
      this.fs = new WorkspaceFileSystem(root);
      try {
        index = await indexCorpus(this.fs, this.options());
      } catch (error) {
        // A bug in extraction must not take the editor down; say so and keep the last good index.
        this.output.error(`Indexing failed: ${describeError(error)}`);
        void vscode.window.showErrorMessage(`Corpus Navigator could not index the corpus: ${describeError(error)}`);
        return this.current;
      }
    }
    for (const p of index.problems) this.output[p.severity === 'error' ? 'error' : 'warn'](`${p.path}: ${p.message}`);
    const s = index.stats();
    this.output.info(`Indexed ${s.articles} articles, ${s.people} people, ${s.events} events in ${Date.now() - started} ms`);
    this.current = index;
    await vscode.commands.executeCommand('setContext', 'corpusNavigator.hasArticles', s.articles > 0);
    this.changed.fire(index);
    return index;
  }

  private scheduleReindex(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.reindex(), REINDEX_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.debounce);
    for (const d of this.disposables) d.dispose();
  }
}
