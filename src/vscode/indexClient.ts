// The extension host's side of the indexing engine: promise-based calls over a channel to a worker thread (or,
// where there is none, to the engine on this thread). If the worker stops on its own, the calls waiting on it
// fail, a new worker is started, the output channel says so, and listeners hear that the new one holds no corpus.
// Imports nothing from `vscode`, so Node tests drive it with the real worker.
import type { CorpusChange, IndexSnapshot } from '../core/engine/indexEngine';
import { describeError } from '../core/corpus/loader';
import { SnapshotAssembler, type SnapshotPart } from '../core/engine/snapshotParts';
import type { EngineChannel, EngineMessage, EngineRequest, EngineTarget, OpenEngineChannel } from '../core/engine/protocol';

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

/** What `build` answers: the snapshot, and how long the worker took to build it. */
export interface BuiltIndex {
  snapshot: IndexSnapshot;
  buildMs: number;
}

interface PendingCall {
  resolve(message: EngineMessage): void;
  reject(error: Error): void;
  /** A build's snapshot, as its parts arrive. */
  snapshot?: SnapshotAssembler;
  /** The parts parsed so far, one per turn of the event loop: the call is answered once they all are. */
  parsed: Promise<void>;
}

type Listener<T> = (value: T) => void;

/** Requests without their id: the client numbers them. */
type Unnumbered<R> = R extends { id: number } ? Omit<R, 'id'> : never;

export class IndexClient {
  private channel: EngineChannel;
  private nextId = 1;
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

  async build(target: EngineTarget): Promise<BuiltIndex> {
    const snapshot = new SnapshotAssembler();
    const reply = await this.call({ type: 'build', target }, snapshot);
    if (reply.type !== 'built') throw new Error(`the indexing worker answered a build with "${reply.type}"`);
    return { snapshot: snapshot.result, buildMs: reply.buildMs };
  }

  /** Makes the built `next` corpus the `current` one, which live updates change. */
  async commitNext(): Promise<void> {
    await this.call({ type: 'commit' });
  }

  /** Drops the `next` corpus and the work queued for it; what was waiting for it fails with EngineDiscardedError. */
  async discardNext(): Promise<void> {
    await this.call({ type: 'discard' });
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

  private call(request: Unnumbered<EngineRequest>, snapshot?: SnapshotAssembler): Promise<EngineMessage> {
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
      if (snapshot) call.parsed = call.parsed.then(nextTurn).then(() => snapshot.add(JSON.parse(message.json) as SnapshotPart));
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

  private failAll(error: Error): void {
    const calls = [...this.calls.values()];
    this.calls.clear();
    for (const call of calls) call.reject(error);
  }
}

/** Lets the event loop run what waits (setTimeout: the web extension host has no setImmediate). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function subscribe<T>(listeners: Set<Listener<T>>, listener: Listener<T>): { dispose(): void } {
  listeners.add(listener);
  return { dispose: () => listeners.delete(listener) };
}

/** Files read at once and sent to the worker together: enough to hide the file system's latency, few enough to bound memory. */
const READ_BATCH = 16;
/** Batches sent to the worker and not yet taken, at most: a folder of 43 MB is not all held in memory at once. */
const BATCHES_AHEAD = 8;

/**
 * A full build's files, read and sent to the `next` corpus in batches: reading runs ahead of extraction by a few
 * batches only, so the files waiting in memory stay few. Every wait goes through `checkpoint`, which may throw to
 * stop (a cancelled build); it is also asked before each batch is read.
 */
export async function applyInBatches(
  client: IndexClient,
  paths: readonly string[],
  read: (path: string) => Promise<CorpusChange>,
  checkpoint: (step: Promise<void>) => Promise<void>,
): Promise<void> {
  const sent: Promise<void>[] = [];
  for (let i = 0; i < paths.length; i += READ_BATCH) {
    await checkpoint(Promise.resolve());
    sent.push(client.apply('next', await Promise.all(paths.slice(i, i + READ_BATCH).map(read))));
    if (sent.length > BATCHES_AHEAD) await checkpoint(sent.shift() as Promise<void>);
  }
}
