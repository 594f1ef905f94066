// The extension host's side of the indexing engine: promise-based calls over a channel to a worker thread (or,
// where there is none, to the engine on this thread). If the worker stops on its own, the calls waiting on it
// fail, a new worker is started, the output channel says so, and listeners hear that the new one holds no corpus.
// Imports nothing from `vscode`, so Node tests drive it with the real worker.
import type { CorpusChange, IndexSnapshot } from '../core/engine/indexEngine';
import { describeError } from '../core/corpus/loader';
import { CorpusIndex } from '../core/index/corpusIndex';
import { type BuildPart, SnapshotAssembler } from '../core/engine/snapshotParts';
import type { IndexTables } from '../core/index/indexTables';
import type { SearchResult } from '../core/search/searchIndex';
import { nextTurn } from './idleSteps';
import { PartialBuildPlan } from '../core/engine/partialBuilds';
import type { EngineChannel, EngineMessage, EngineRequest, EngineTarget, OpenEngineChannel } from '../core/engine/protocol';
import type { StoreProblem } from '../core/store/storeProblem';

/** The part of the output channel the client writes to. */
export interface ClientLog {
  info(message: string): void;
  error(message: string): void;
}

/** A worker that stops more often than this within RESTART_WINDOW_MS is not started again. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

/** A call's answer was lost because the worker stopped. */
export class EngineStoppedError extends Error {}

/** A call about a full build that was cancelled (discarded) before it got an answer. */
export class EngineDiscardedError extends Error {}

/** What `build` answers: the snapshot, the index made of it on this thread, and where the time went. */
export interface BuiltIndex {
  /** The whole snapshot; after a delta, its mentions are listed article by article (see SnapshotAssembler). */
  snapshot: IndexSnapshot;
  index: CorpusIndex;
  /** The worker's build (its search index included). */
  buildMs: number;
  /** This thread's share: parsing the parts and indexing them, in steps with the event loop free between them. */
  hostMs: number;
}

interface PendingCall {
  resolve(message: EngineMessage): void;
  reject(error: Error): void;
  /** A build's snapshot, as its parts arrive. */
  snapshot?: IncomingSnapshot;
  /** The parts parsed so far, one per turn of the event loop: the call is answered once they all are. */
  parsed: Promise<void>;
}

/** A build's parts as they are taken in, how many so far, and the time this thread has spent on them. */
interface IncomingSnapshot {
  assembler: SnapshotAssembler;
  parts: number;
  hostMs: number;
}

type Listener<T> = (value: T) => void;

/** Requests without their id: the client numbers them. */
type Unnumbered<R> = R extends { id: number } ? Omit<R, 'id'> : never;

export class IndexClient {
  private channel: EngineChannel;
  private nextId = 1;
  /** The id and tables of the last build taken in whole: what the next build is sent as changes to. */
  private held: { id: number; tables: IndexTables } | undefined;
  private readonly calls = new Map<number, PendingCall>();
  private readonly progressListeners = new Set<Listener<number>>();
  private readonly restartListeners = new Set<Listener<string>>();
  private disposed = false;
  /** When the worker stopped on its own lately (within RESTART_WINDOW_MS). */
  private stops: number[] = [];

  constructor(
    private readonly openChannel: OpenEngineChannel,
    private readonly log: ClientLog,
  ) {
    this.channel = this.start();
  }

  /** Starts an empty `next` corpus for a full build. */
  async openNext(): Promise<void> {
    await this.call({ type: 'open' });
  }

  /**
   * Sends files read to the engine, which takes them in order; `build` answers after them, so the caller need
   * not wait. Resolves once they are applied, and never rejects: a discarded full build and a stopped worker
   * are answered where the build is awaited, and anything else is logged (the engine records a file it fails
   * on as a Problem of that file instead of failing).
   */
  apply(target: EngineTarget, changes: CorpusChange[]): Promise<void> {
    return this.call({ type: 'apply', target, changes }).then(
      () => undefined,
      (error: unknown) => {
        if (!(error instanceof EngineDiscardedError || error instanceof EngineStoppedError)) this.log.error(`Indexing worker: ${describeError(error)}`);
      },
    );
  }

  /**
   * Builds the target's index. Each part is parsed and indexed in a turn of its own as it arrives, and the
   * index's last steps run a turn each, so no step holds this thread long; the index is answered complete.
   */
  async build(target: EngineTarget): Promise<BuiltIndex> {
    // The index of the last build taken in: the worker sends what changed since.
    const held = this.held;
    const incoming: IncomingSnapshot = { assembler: new SnapshotAssembler(held?.tables), parts: 0, hostMs: 0 };
    const reply = await this.call({ type: 'build', target, have: held?.id }, incoming);
    if (reply.type !== 'built') throw new Error(`the indexing worker answered a build with "${reply.type}"`);
    const steps = incoming.assembler.finish();
    for (;;) {
      await nextTurn();
      const step = timed(incoming, () => steps.next());
      if (step.done) {
        this.held = { id: reply.id, tables: step.value };
        return { snapshot: incoming.assembler.result, index: new CorpusIndex(step.value), buildMs: reply.buildMs, hostMs: incoming.hostMs };
      }
    }
  }

  /** Full-text search of the corpus last built, on the indexing thread (its search index lives there only). */
  async search(query: string, limit?: number): Promise<SearchResult> {
    const reply = await this.call({ type: 'search', query, limit });
    if (reply.type !== 'found') throw new Error(`the indexing worker answered a search with "${reply.type}"`);
    return reply.result;
  }

  /** Makes the built `next` corpus the `current` one, which live updates change. */
  async commitNext(): Promise<void> {
    await this.call({ type: 'commit' });
  }

  /** Drops the `next` corpus and the work queued for it; what was waiting for it fails with EngineDiscardedError. */
  async discardNext(): Promise<void> {
    await this.call({ type: 'discard' });
  }

  /** The version of the pipeline the worker runs, which a stored index must have been written by. */
  async describe(): Promise<string> {
    const reply = await this.call({ type: 'describe' });
    if (reply.type !== 'described') throw new Error(`the indexing worker answered "describe" with "${reply.type}"`);
    return reply.pipeline;
  }

  /**
   * Hands a stored findings file to the target corpus, for the articles sent to it next; what is wrong with the
   * file (then every article is extracted), or undefined when it was taken.
   */
  async restore(target: EngineTarget, findings: Uint8Array, hash: string): Promise<StoreProblem | undefined> {
    const reply = await this.call({ type: 'restore', target, findings, hash });
    return reply.type === 'unusable' ? reply.problem : undefined;
  }

  /** The findings of every article the `current` corpus read from disk, as a findings file to store. */
  async exportFindings(): Promise<Uint8Array> {
    const reply = await this.call({ type: 'exportFindings' });
    if (reply.type !== 'findings') throw new Error(`the indexing worker answered "exportFindings" with "${reply.type}"`);
    return reply.bytes;
  }

  /** How many changes the `next` corpus has taken so far. */
  onProgress(listener: Listener<number>): { dispose(): void } {
    return subscribe(this.progressListeners, listener);
  }

  /** A new worker has replaced one that stopped (with the reason): it holds no corpus. */
  onDidRestart(listener: Listener<string>): { dispose(): void } {
    return subscribe(this.restartListeners, listener);
  }

  dispose(): void {
    this.disposed = true;
    this.failAll(new EngineStoppedError('the indexing worker was shut down'));
    void this.channel.terminate();
  }

  private start(): EngineChannel {
    const channel = this.openChannel({
      message: (message) => this.receive(message),
      info: (message) => this.log.info(message),
      stopped: (reason) => {
        // A channel replaced already, or shut down, has nothing more to say.
        if (this.disposed || channel !== this.channel) return;
        this.failAll(new EngineStoppedError(`the indexing worker stopped (${reason})`));
        const now = Date.now();
        this.stops = [...this.stops.filter((at) => now - at < RESTART_WINDOW_MS), now];
        if (this.stops.length > MAX_RESTARTS) {
          // A worker that cannot start (its file missing) or dies on every corpus would be restarted forever.
          this.log.error(`The indexing worker stopped ${this.stops.length} times within a minute (last: ${reason}); it is not started again until the window is reloaded.`);
          this.dispose();
          return;
        }
        this.log.error(`The indexing worker stopped (${reason}); starting a new one.`);
        this.channel = this.start();
        for (const listener of this.restartListeners) listener(reason);
      },
    });
    return channel;
  }

  private call(request: Unnumbered<EngineRequest>, snapshot?: IncomingSnapshot): Promise<EngineMessage> {
    if (this.disposed) return Promise.reject(new EngineStoppedError('the indexing worker was shut down'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject, snapshot, parsed: Promise.resolve() });
      this.channel.post({ ...request, id } as EngineRequest);
    });
  }

  private receive(message: EngineMessage): void {
    if (message.type === 'progress') {
      for (const listener of this.progressListeners) listener(message.applied);
      return;
    }
    const call = this.calls.get(message.id);
    if (!call) return;
    if (message.type === 'part') {
      const snapshot = call.snapshot;
      if (snapshot) call.parsed = call.parsed.then(nextTurn).then(() => this.take(message, snapshot));
      else this.log.error(`The indexing worker sent index records for request ${message.id}, which is no build.`);
      return;
    }
    this.calls.delete(message.id);
    if (message.type === 'built') {
      call.parsed.then(() => call.resolve(message), call.reject);
      return;
    }
    if (message.type === 'failed') call.reject(Object.assign(new Error(message.error.message), { stack: message.error.stack }));
    else if (message.type === 'discarded') call.reject(new EngineDiscardedError('the full build was cancelled'));
    else call.resolve(message);
  }

  /** Parses and indexes one part, and tells the worker, which sends only a few parts ahead (see PARTS_AHEAD). */
  private take(message: { id: number; json: string }, snapshot: IncomingSnapshot): void {
    try {
      timed(snapshot, () => snapshot.assembler.add(JSON.parse(message.json) as BuildPart));
    } finally {
      // Even after a part that failed: the worker goes on to `built`, which answers the build with the failure.
      if (!this.disposed) this.channel.post({ type: 'took', id: message.id, parts: ++snapshot.parts });
    }
  }

  private failAll(error: Error): void {
    const calls = [...this.calls.values()];
    this.calls.clear();
    for (const call of calls) call.reject(error);
  }
}

/** Runs one step of taking a snapshot in, adding its time to the snapshot's. */
function timed<T>(snapshot: IncomingSnapshot, step: () => T): T {
  const t0 = performance.now();
  try {
    return step();
  } finally {
    snapshot.hostMs += performance.now() - t0;
  }
}


function subscribe<T>(listeners: Set<Listener<T>>, listener: Listener<T>): { dispose(): void } {
  listeners.add(listener);
  return { dispose: () => listeners.delete(listener) };
}

/** Files read at once and sent to the worker together: enough to hide the file system's latency, few enough to bound memory. */
const READ_BATCH = 16;
/** Batches sent to the worker and not yet taken, at most: a folder of 43 MB is not all held in memory at once. */
const BATCHES_AHEAD = 8;

/** Partial builds of a full build's `next` corpus: when (the plan), and what to do with each as it is made. */
export interface PartialLook {
  plan: PartialBuildPlan;
  show(building: Promise<BuiltIndex>): void;
}

/**
 * A full build's files, read and sent to the `next` corpus in batches: reading runs ahead of extraction by a few
 * batches only, so the files waiting in memory stay few. Every wait goes through `checkpoint`, which may throw to
 * stop (a cancelled build); it is also asked before each batch is read. With `look`, the `next` corpus is also
 * built on the way, when its plan says, for the views to show meanwhile.
 */
export async function applyInBatches(
  client: IndexClient,
  paths: readonly string[],
  read: (path: string) => Promise<CorpusChange>,
  checkpoint: (step: Promise<void>) => Promise<void>,
  look?: PartialLook,
): Promise<void> {
  const sent: Promise<void>[] = [];
  for (let i = 0; i < paths.length; i += READ_BATCH) {
    await checkpoint(Promise.resolve());
    const batch = paths.slice(i, i + READ_BATCH);
    sent.push(client.apply('next', await Promise.all(batch.map(read))));
    // Not awaited: the worker builds once the articles sent so far are in, while the next ones are read.
    if (look?.plan.due(i + batch.length)) look.show(client.build('next'));
    if (sent.length > BATCHES_AHEAD) await checkpoint(sent.shift() as Promise<void>);
  }
}
