// The indexing thread's side of the protocol: requests are taken in order, except `discard`, which acts at once,
// so a cancelled full build stops within one article instead of after everything already sent to it.
// With an extraction pool (extractionAhead.ts), articles are extracted on other threads ahead of their turn and
// applied here in their order.
import { describeError } from '../corpus/loader';
import { ExtractionAhead } from './extractionAhead';
import type { ExtractionPool } from './extractionPool';
import { IndexEngine } from './indexEngine';
import type { EngineMessage, EngineRequest, EngineTarget } from './protocol';
import { splitSnapshot } from './snapshotParts';

/** Work runs at most this long before the thread looks at its messages again (a `discard` may be waiting). */
const YIELD_EVERY_MS = 20;

/** Requests that wait their turn; `discard` never does. */
type QueuedRequest = Exclude<EngineRequest, { type: 'discard' }>;

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
    this.ahead = pool && new ExtractionAhead(pool);
  }

  receive(request: EngineRequest): void {
    if (request.type === 'discard') {
      this.discard();
      this.post({ type: 'done', id: request.id });
      return;
    }
    this.waiting.push(request);
    if (request.type === 'apply') this.ahead?.add(request.changes, request);
    if (!this.running) void this.drain();
  }

  private discard(): void {
    this.next = undefined;
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
        else this.post({ type: 'failed', id: request.id, error: { message: describeError(error), stack: error instanceof Error ? error.stack : undefined } });
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
        for (const part of splitSnapshot(snapshot)) {
          // Made one at a time, so a `discard` still gets through (and, in-process, the editor's own work).
          this.post({ type: 'part', id: request.id, json: JSON.stringify(part) });
          await this.yieldToMessages();
          this.throwIfDiscarded(request.target, engine);
        }
        this.post({ type: 'built', id: request.id, buildMs });
        return;
      }
      case 'commit':
        this.current = this.engine('next');
        this.next = undefined;
        this.post({ type: 'done', id: request.id });
    }
  }

  /** After a yield: the `next` corpus this work is for may have been discarded meanwhile. */
  private throwIfDiscarded(target: EngineTarget, engine: IndexEngine): void {
    if (target === 'next' && this.next !== engine) throw new Discarded();
  }

  private engine(target: EngineTarget): IndexEngine {
    if (target === 'current') return this.current;
    if (!this.next) throw new Discarded();
    return this.next;
  }
}

const aboutNext = (request: EngineRequest): boolean =>
  request.type === 'commit' || ((request.type === 'apply' || request.type === 'build') && request.target === 'next');
