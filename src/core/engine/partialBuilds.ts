// While a full build reads a large corpus, the views show the index of the articles read so far, so a reader sees
// people and events within a second or two instead of at the end (10,000 articles take half a minute here).
// Each look costs the worker a corpus-wide build of what it holds, so looks come at counts growing ×GROWTH: all of
// them together cost about 1/(GROWTH − 1) of the final build, and none comes once half the corpus is read, when
// the final build is nearer than the next look would be worth.

/** The first look waits this long: a corpus indexed within it needs none. */
const FIRST_LOOK_AFTER_MS = 1000;
const GROWTH = 8;

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
    if (sent * 2 > this.total || this.clock() - this.startedAt < FIRST_LOOK_AFTER_MS) return false;
    if (this.lastLookAt > 0 && sent < this.lastLookAt * GROWTH) return false;
    this.lastLookAt = sent;
    return true;
  }
}
