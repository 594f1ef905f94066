// The engine's side of an extraction pool: articles are handed to the pool as soon as their `apply` arrives, in
// arrival order, while the engine applies the findings strictly in the order the changes came. The result is that
// of applying the changes one by one on one thread: the last version of a path wins, a delete after an edit stays.
import type { ArticleFindings } from '../pipeline';
import type { ExtractionPool } from './extractionPool';
import type { CorpusChange, FoundElsewhere } from './indexEngine';

/** An article waiting for room in the pool, with what it was sent for (`owner`: the request it came in). */
interface Waiting<Owner> {
  change: Extract<CorpusChange, { kind: 'article' }>;
  owner: Owner;
  settle: (found: FoundElsewhere) => void;
}

/** Said for an article dropped before the pool had it; the engine never applies it (its request is gone). */
export class DroppedBeforeExtraction extends Error {}

export class ExtractionAhead<Owner> {
  private waiting: Waiting<Owner>[] = [];
  /** What was, is or will be found for each change added; weak, so a dropped or applied one just goes. */
  private readonly found = new WeakMap<CorpusChange, Promise<FoundElsewhere>>();
  /** Articles handed to the pool that it has not answered yet. */
  private inPool = 0;

  /** `stored`: findings the engine already has for a change (a restored store's), which the pool need not find again. */
  constructor(
    private readonly pool: ExtractionPool,
    private readonly stored: (change: Extract<CorpusChange, { kind: 'article' }>, owner: Owner) => ArticleFindings | undefined = () => undefined,
  ) {}

  /** Queues the articles among `changes` (other changes are applied without the pool). */
  add(changes: readonly CorpusChange[], owner: Owner): void {
    // A malformed request is the engine's to answer (`failed`), in its turn: here it just has no articles.
    for (const change of Array.isArray(changes) ? changes : []) {
      if (change?.kind !== 'article') continue;
      this.found.set(change, new Promise((settle) => this.waiting.push({ change, owner, settle })));
    }
    this.handOut();
  }

  /** What the pool found in `change`, once it has; undefined for a change that was never added. */
  foundIn(change: CorpusChange): Promise<FoundElsewhere> | undefined {
    return this.found.get(change);
  }

  /** Takes back the articles of `owner`s that no longer need them, unless the pool already has them. */
  drop(unwanted: (owner: Owner) => boolean): void {
    const dropped = this.waiting.filter((w) => unwanted(w.owner));
    this.waiting = this.waiting.filter((w) => !unwanted(w.owner));
    for (const w of dropped) w.settle({ error: new DroppedBeforeExtraction(w.change.path) });
  }

  /**
   * Keeps two articles per thread in the pool, one being extracted and one next, so no thread idles for a
   * round trip and a dropped build wastes at most that much work.
   */
  private handOut(): void {
    while (this.inPool < 2 * this.pool.size && this.waiting.length > 0) {
      const { change, owner, settle } = this.waiting.shift() as Waiting<Owner>;
      // Asked at hand-out, not on arrival: a `restore` queued before this article's `apply` has been taken by now.
      const stored = this.stored(change, owner);
      if (stored) {
        settle({ findings: stored });
        continue;
      }
      this.inPool++;
      this.pool.find({ path: change.path, content: change.content }).then(
        (findings) => this.answered(settle, { findings }),
        (error: unknown) => this.answered(settle, { error }),
      );
    }
  }

  private answered(settle: (found: FoundElsewhere) => void, found: FoundElsewhere): void {
    this.inPool--;
    settle(found);
    this.handOut();
  }
}
