// The persisted index on the editor's side: which files each corpus (`current`, `next`) was built from, loading
// the stored index for a warm start, handing its findings to the worker, and saving the index the views show.
// Imports nothing from `vscode` (the store's files come through StoreFiles), so the bench and Node tests run the
// very same logic: workspaceStoreFiles.ts puts it in the extension's storage, src/node/nodeStoreFiles.ts on disk.
import type { CorpusChange, IndexSnapshot } from '../core/engine/indexEngine';
import { FileKeys } from '../core/store/fileKeys';
import { isProblem, type LoadedIndex, loadIndex, readFindings, saveIndex, type StoreFiles, type StoreIdentity, type YieldNow } from '../core/store/storedIndex';
import { describeStoreProblem } from '../core/store/storeProblem';
import { describeError } from '../core/corpus/loader';
import type { EngineTarget } from '../core/engine/protocol';
import type { IndexClient } from './indexClient';

/** The part of the output channel the store writes to. */
export interface StoreLog {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * A save waits this long after the last build, by the kind of build: a burst of edits is saved once, and the
 * save (encoding in slices and about 95 MB written at 10,000 articles) stays off the edits' way. After
 * live edits it can wait long: a store a few edits behind costs a reopened window only those files' extraction
 * and one build, since the files' keys show what changed.
 */
export const SAVE_DELAY_MS = { full: 2000, incremental: 30_000 } as const;

export class IndexStore {
  private current = new FileKeys();
  private next = new FileKeys();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The save scheduled and not yet started. */
  private pendingSave: (() => Promise<void>) | undefined;
  /** Saves and clears, one after another. */
  private writing: Promise<void> = Promise.resolve();
  /** Scheduled saves started (their timer fired, or a flush), until each has called `save`. */
  private started: Promise<void> = Promise.resolve();

  /** `identity` without the pipeline, which the worker tells; the root may change while the window is open. */
  constructor(
    private readonly files: StoreFiles,
    private readonly client: IndexClient,
    private readonly identity: () => Omit<StoreIdentity, 'pipeline'>,
    private readonly log: StoreLog,
    private readonly yieldNow: YieldNow,
  ) {}

  /** The changes as they go to `target`, each with the hash its findings are keyed by; records what they read. */
  take(target: EngineTarget, changes: CorpusChange[]): CorpusChange[] {
    const keys = target === 'next' ? this.next : this.current;
    return changes.map((change) => keys.take(change));
  }

  /** The paths of the files the `current` corpus was read from. */
  currentFiles(): Iterable<string> {
    return this.current.entries.keys();
  }

  /** A full build started on an empty `next` corpus. */
  opened(): void {
    this.next = new FileKeys();
  }

  /** `next` became `current`. */
  committed(): void {
    this.current = this.next;
    this.next = new FileKeys();
  }

  /**
   * The stored index for this corpus, or undefined; says in the output why a store is not used, and removes a
   * stale or damaged one so it is written afresh.
   */
  async load(): Promise<LoadedIndex | undefined> {
    const base = this.identity();
    const loaded = await loadIndex(this.files, this.client.describe().then((pipeline) => ({ ...base, pipeline })), this.yieldNow);
    if (!isProblem(loaded)) return loaded;
    if (loaded.reason !== 'missing') {
      this.log.warn(`Stored index not used: ${describeStoreProblem(loaded)}; indexing from the files.`);
      await this.clear();
    }
    return undefined;
  }

  /**
   * The background half of a warm start: the stored findings handed to the worker's `next` corpus. False (and
   * said why) when they cannot be used: then every article is extracted, and the corpus built from the files
   * replaces the index shown.
   */
  async restore(loaded: LoadedIndex): Promise<boolean> {
    const findings = await readFindings(this.files, loaded.manifest);
    const problem = isProblem(findings) ? findings : await this.client.restore('next', findings, loaded.manifest.findings.hash);
    if (problem) this.log.warn(`Stored findings not used: ${describeStoreProblem(problem)}; every article is extracted again.`);
    return problem === undefined;
  }

  /** Whether the files the `next` corpus read are the ones the stored index was built from. */
  unchangedSince(loaded: LoadedIndex): boolean {
    return this.changedSince(loaded).length === 0;
  }

  /** The paths of the files `next` read that differ from the store's (see FileKeys.differences). */
  changedSince(loaded: LoadedIndex): string[] {
    return this.next.differences(loaded.manifest.files);
  }

  /**
   * Saves `snapshot`, the index of the `current` corpus, after `delayMs` unless another build comes first.
   * `whenIdle` runs the capture where no change is on its way to the worker, so the files, the findings and the
   * snapshot saved are of one and the same corpus.
   */
  scheduleSave(snapshot: IndexSnapshot, delayMs: number, whenIdle: (capture: () => void) => Promise<unknown>): void {
    clearTimeout(this.saveTimer);
    this.pendingSave = async () => {
      await whenIdle(() => void this.save(snapshot));
      await this.writing;
    };
    this.saveTimer = setTimeout(() => void this.flush(), delayMs);
  }

  /**
   * Starts the scheduled save now, if there is one; resolves when every save asked for is written, including one
   * whose timer fired and which still waits for the worker to be idle before it captures the corpus.
   */
  flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    const pending = this.pendingSave;
    this.pendingSave = undefined;
    if (pending) this.started = this.started.then(pending);
    return this.started.then(() => this.writing);
  }

  /** Saves now; call where no change is on its way to the worker (see scheduleSave). Never rejects. */
  save(snapshot: IndexSnapshot): Promise<void> {
    const keys = new Map(this.current.entries);
    const identity = this.identity();
    // Asked now, so the worker answers with the corpus these keys describe.
    const findings = this.client.exportFindings();
    const pipeline = this.client.describe();
    // Their failures are caught and said where they are awaited, below, once the saves before this one are
    // written; marked handled meanwhile, so that a stopped worker does not count as an unhandled rejection.
    findings.catch(() => undefined);
    pipeline.catch(() => undefined);
    this.writing = this.writing.then(async () => {
      try {
        const started = Date.now();
        const manifest = await saveIndex(this.files, { ...identity, pipeline: await pipeline }, keys, snapshot, await findings, this.yieldNow);
        const mb = manifest.snapshot.reduce((sum, file) => sum + file.bytes, manifest.findings.bytes) / 1048576;
        this.log.info(`Index stored: ${snapshot.articles.length} articles, ${mb.toFixed(1)} MB (${Date.now() - started} ms).`);
      } catch (error) {
        // The index shown is unaffected; the next window indexes cold, or from an older store it rejects.
        this.log.warn(`Could not store the index: ${describeError(error)}`);
      }
    });
    return this.writing;
  }

  /** Removes the store (after any save under way); a save scheduled and not yet started is dropped. */
  clear(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.pendingSave = undefined;
    this.writing = this.writing.then(() =>
      this.files.clear().catch((error: unknown) => this.log.warn(`Could not remove the stored index: ${describeError(error)}`)),
    );
    return this.writing;
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
  }
}
