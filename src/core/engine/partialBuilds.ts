// While a full build reads a large corpus, the views show the index of the articles read so far, so a reader sees
// people and events within a second or two instead of at the end (10,000 articles take half a minute here).
// Each look costs the worker a corpus-wide build of what it holds, on the way of the articles still to come: looks
// come at counts growing ×GROWTH. The first, which turns empty views into full ones, comes until half the corpus
// is read; later ones, which only add to them, until a fifth (at 10,000 articles a look at 2,400 cost the worker
// 3 s, a tenth of the whole build; the first, at a few hundred, 0.7 s).

/** The first look waits this long: a corpus indexed within it needs none. */
const FIRST_LOOK_AFTER_MS = 1000;
const GROWTH = 8;
/** The shares of the corpus read past which no first look, and no later look, comes. */
const FIRST_LOOK_UNTIL = 0.5;
const LATER_LOOKS_UNTIL = 0.2;

export class PartialBuildPlan {
  private lastLookAt = 0;
  private readonly startedAt: number;

  /** `total`: the articles the full build reads, which starts now. */
  constructor(
    private readonly total: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.startedAt = clock();
  }

  /** Whether to look at the index now that `sent` articles are on their way to the worker. */
  due(sent: number): boolean {
    if (sent > this.total * (this.lastLookAt > 0 ? LATER_LOOKS_UNTIL : FIRST_LOOK_UNTIL) || this.clock() - this.startedAt < FIRST_LOOK_AFTER_MS) return false;
    if (this.lastLookAt > 0 && sent < this.lastLookAt * GROWTH) return false;
    this.lastLookAt = sent;
    return true;
  }
}
