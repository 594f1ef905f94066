// One per-article stage's results, kept from build to build: a result is reused while every input it was computed
// from is the same (===), so an edit re-runs the stage for the articles it touched and no other. The inputs are
// listed at the call, in one place, so what a result depends on is written down next to where it is reused.

interface Memoized<V, I> {
  inputs: I;
  value: V;
}

/** Results of one stage by article path, each with the inputs it was computed from. */
export class StageMemo<V, I = readonly unknown[]> {
  private readonly entries = new Map<string, Memoized<V, I>>();
  /** How many times the stage ran (not reused) since this memo was made: what the operation-count tests read. */
  runs = 0;

  /**
   * `sameInputs` says when a kept result still holds; by default inputs are lists compared element by element
   * with ===. A stage whose inputs are rebuilt on every build (mention records) compares the fields it reads.
   */
  constructor(private readonly sameInputs: (kept: I, now: I) => boolean = sameElements as (kept: I, now: I) => boolean) {}

  /** The result for `path`: the kept one when `inputs` are the same as its inputs, else `compute()`'s. */
  get(path: string, inputs: I, compute: () => V): V {
    const kept = this.entries.get(path);
    if (kept && this.sameInputs(kept.inputs, inputs)) return kept.value;
    this.runs++;
    const value = compute();
    this.entries.set(path, { inputs, value });
    return value;
  }

  /** The kept result for `path`, whatever its inputs (for a stage whose inputs depend on what it found last time). */
  peek(path: string): V | undefined {
    return this.entries.get(path)?.value;
  }

  /** Forgets the result for `path`, which a change elsewhere made stale. */
  forget(path: string): void {
    this.entries.delete(path);
  }

  /** Forgets the results of articles no longer in the corpus, so a deleted article's records are not kept alive. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of this.entries.keys()) if (!paths.has(path)) this.entries.delete(path);
  }
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
