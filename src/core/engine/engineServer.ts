// The indexing thread's side of the protocol: requests are taken in order, except `discard`, which acts at once,
// so a cancelled full build stops within one article instead of after everything already sent to it.
// With an extraction pool (extractionAhead.ts), articles are extracted on other threads ahead of their turn and
// applied here in their order.
import { describeError } from '../corpus/loader';
import { SearchIndex, searchSourceOf } from '../search/searchIndex';
import { ExtractionAhead } from './extractionAhead';
import type { ExtractionPool } from './extractionPool';
import { IndexEngine } from './indexEngine';
import type { EngineMessage, EngineRequest, EngineTarget } from './protocol';
import { type SentBuild, sentBuildOf, splitDelta, splitSnapshot } from './snapshotParts';
import { decodeFindingsFile } from '../store/findingsFile';
import { pipelineVersion } from '../store/pipelineVersion';
import { StoreError, storeProblemOf } from '../store/storeProblem';

/** Work runs at most this long before the thread looks at its messages again (a `discard` may be waiting). */
const YIELD_EVERY_MS = 20;
/**
 * A build's parts sent beyond those the host has taken in, at most. The host's thread is handed every message
 * waiting for it at once: 400 parts queued while it was busy held it 0.4 s just to receive them.
 */
export const PARTS_AHEAD = 8;

/** Requests that wait their turn; `discard`, `search` and `took` never do. */
type QueuedRequest = Exclude<EngineRequest, { type: 'discard' | 'search' | 'took' }>;

/** How far the host has taken in the parts of a build under way, and the build waiting for it to take more. */
interface PartsTaken {
  parts: number;
  wake?: () => void;
}

/** A request about a `next` corpus that was discarded while it waited or ran (or never opened). */
class Discarded extends Error {}

export class EngineServer {
  private current = new IndexEngine();
  private next: IndexEngine | undefined;
  /** How many changes `next` has taken, for progress. */
  private appliedToNext = 0;
  private waiting: QueuedRequest[] = [];
  private running = false;
  private yieldedAt = Date.now();
  /** Each corpus's search index, kept up to date by its builds. */
  private readonly searchIndexes = new WeakMap<IndexEngine, SearchIndex>();
  /** The corpus whose index the host was last sent: the one searches answer from. */
  private shown: IndexEngine = this.current;
  /** Each corpus's last build sent whole: its id and records, which the next is sent as changes to (see `have`). */
  private readonly sent = new WeakMap<IndexEngine, { id: number; build: SentBuild }>();
  /** By build request id, while its parts are being sent. */
  private readonly taken = new Map<number, PartsTaken>();
  /** Articles on their way through the extraction pool, by the `apply` they came in; none without a pool. */
  private readonly ahead: ExtractionAhead<QueuedRequest> | undefined;

  /**
   * `post` sends to the host; `yieldToMessages` lets the thread's event loop deliver messages that arrived
   * meanwhile (setImmediate in Node: a timer would add a millisecond every time). With a `pool`, articles are
   * extracted on its threads; without one, here.
   */
  constructor(
    private readonly post: (message: EngineMessage) => void,
    private readonly yieldToMessages: () => Promise<void>,
    pool?: ExtractionPool,
  ) {
    this.ahead = pool && new ExtractionAhead(pool, (change, owner) => (owner.type === 'apply' ? this.engineIfOpen(owner.target)?.storedFindings(change.path, change.hash) : undefined));
  }

  receive(request: EngineRequest): void {
    if (request.type === 'discard') {
      this.discard();
      this.post({ type: 'done', id: request.id });
      return;
    }
    if (request.type === 'search') {
      this.search(request);
      return;
    }
    if (request.type === 'took') {
      const taken = this.taken.get(request.id);
      if (taken) {
        taken.parts = Math.max(taken.parts, request.parts);
        taken.wake?.();
      }
      return;
    }
    this.waiting.push(request);
    if (request.type === 'apply') this.ahead?.add(request.changes, request);
    if (!this.running) void this.drain();
  }

  private search(request: Extract<EngineRequest, { type: 'search' }>): void {
    try {
      const index = this.searchIndexes.get(this.shown) ?? new SearchIndex();
      this.post({ type: 'found', id: request.id, result: index.find(request.query, { limit: request.limit }) });
    } catch (error) {
      this.fail(request.id, error);
    }
  }

  private fail(id: number, error: unknown): void {
    this.post({ type: 'failed', id, error: { message: describeError(error), stack: error instanceof Error ? error.stack : undefined } });
  }

  private discard(): void {
    if (this.shown === this.next) this.shown = this.current;
    this.next = undefined;
    // A build of `next` waiting for the host to take its parts finds, once woken, that it was discarded.
    for (const taken of this.taken.values()) taken.wake?.();
    const dropped = this.waiting.filter(aboutNext);
    this.waiting = this.waiting.filter((r) => !aboutNext(r));
    this.ahead?.drop(aboutNext);
    for (const request of dropped) this.post({ type: 'discarded', id: request.id });
  }

  private async drain(): Promise<void> {
    this.running = true;
    for (let request = this.waiting.shift(); request; request = this.waiting.shift()) {
      try {
        await this.handle(request);
      } catch (error) {
        if (error instanceof Discarded) this.post({ type: 'discarded', id: request.id });
        else this.fail(request.id, error);
      }
      // Articles of a request that ended early (discarded, failed) that the pool has not started on.
      this.ahead?.drop((owner) => owner === request);
    }
    this.running = false;
  }

  private async handle(request: QueuedRequest): Promise<void> {
    switch (request.type) {
      case 'open':
        this.next = new IndexEngine();
        this.appliedToNext = 0;
        this.post({ type: 'done', id: request.id });
        return;
      case 'apply': {
        const engine = this.engine(request.target);
        for (const change of request.changes) {
          if (Date.now() - this.yieldedAt >= YIELD_EVERY_MS) {
            await this.yieldToMessages();
            this.yieldedAt = Date.now();
            this.throwIfDiscarded(request.target, engine);
          }
          const extracting = this.ahead?.foundIn(change);
          const found = extracting && (await extracting);
          if (found) this.throwIfDiscarded(request.target, engine);
          engine.apply(change, found);
          if (request.target === 'next' && (change.kind === 'article' || change.kind === 'absent')) this.post({ type: 'progress', applied: ++this.appliedToNext });
        }
        this.post({ type: 'done', id: request.id });
        return;
      }
      case 'build': {
        const started = Date.now();
        const engine = this.engine(request.target);
        const snapshot = engine.build();
        const buildMs = Date.now() - started;
        const taken: PartsTaken = { parts: 0 };
        this.taken.set(request.id, taken);
        const before = this.sent.get(engine);
        const held = request.have !== undefined && before?.id === request.have ? before.build : undefined;
        const kept = sentBuildOf(snapshot);
        try {
          let sent = 0;
          for (const part of held ? splitDelta(snapshot, held, kept) : splitSnapshot(snapshot)) {
            // Made one at a time, so a `discard` still gets through (and, in-process, the editor's own work).
            this.post({ type: 'part', id: request.id, json: JSON.stringify(part) });
            sent++;
            await this.yieldToMessages();
            while (sent - taken.parts >= PARTS_AHEAD) {
              this.throwIfDiscarded(request.target, engine);
              await new Promise<void>((resolve) => (taken.wake = resolve));
            }
            this.throwIfDiscarded(request.target, engine);
          }
        } finally {
          this.taken.delete(request.id);
        }
        this.sent.set(engine, { id: request.id, build: kept });
        // While the host takes the parts in: it shows this index once `built` arrives, and searches it from then on.
        this.searchIndexFor(engine).update(searchSourceOf(snapshot));
        this.shown = engine;
        this.post({ type: 'built', id: request.id, buildMs });
        return;
      }
      case 'commit':
        this.current = this.engine('next');
        this.next = undefined;
        // Restored findings were for the articles of the full build; their memory is not kept past it.
        this.current.restore(undefined);
        this.post({ type: 'done', id: request.id });
        return;
      case 'describe':
        this.post({ type: 'described', id: request.id, pipeline: pipelineVersion() });
        return;
      case 'restore':
        this.restore(request);
        return;
      case 'exportFindings': {
        const bytes = this.current.exportFindings();
        this.post({ type: 'findings', id: request.id, bytes });
      }
    }
  }

  private searchIndexFor(engine: IndexEngine): SearchIndex {
    let index = this.searchIndexes.get(engine);
    if (!index) this.searchIndexes.set(engine, (index = new SearchIndex()));
    return index;
  }

  private restore(request: Extract<QueuedRequest, { type: 'restore' }>): void {
    const engine = this.engine(request.target);
    try {
      engine.restore(decodeFindingsFile(request.findings, request.hash));
    } catch (error) {
      // Whatever is wrong with the file, the articles are then extracted as in a cold build; a bug shows as itself.
      if (!(error instanceof StoreError)) throw error;
      this.post({ type: 'unusable', id: request.id, problem: storeProblemOf(error) });
      return;
    }
    this.post({ type: 'done', id: request.id });
  }

  /** After a yield: the `next` corpus this work is for may have been discarded meanwhile. */
  private throwIfDiscarded(target: EngineTarget, engine: IndexEngine): void {
    if (target === 'next' && this.next !== engine) throw new Discarded();
  }

  private engineIfOpen(target: EngineTarget): IndexEngine | undefined {
    return target === 'current' ? this.current : this.next;
  }

  private engine(target: EngineTarget): IndexEngine {
    const engine = this.engineIfOpen(target);
    if (!engine) throw new Discarded();
    return engine;
  }
}

const aboutNext = (request: EngineRequest): boolean =>
  request.type === 'commit' || ((request.type === 'apply' || request.type === 'build' || request.type === 'restore') && request.target === 'next');
