// Work in steps: generators whose caller runs one step per turn of its event loop, or all at once (drain).
// sortInSteps is for lists too long to sort in one turn (an entity with 20,000 mentions held the editor 60–70 ms):
// runs of `budget` items sorted one per step, then merged pairwise, `budget` items per step. Stable, as
// Array.prototype.sort is, so the result is the same as `list.sort(order)`.

/** Sorts `list` in place; yields the number of items each step sorted or merged (at most `budget`). */
export function* sortInSteps<T>(list: T[], order: (a: T, b: T) => number, budget: number): Generator<number> {
  const n = list.length;
  const size = Math.max(1, budget);
  for (let lo = 0; lo < n; lo += size) {
    const run = list.slice(lo, lo + size).sort(order);
    for (let i = 0; i < run.length; i++) list[lo + i] = run[i];
    yield run.length;
  }
  let from = list;
  let to: T[] = new Array<T>(n);
  let merged = 0;
  for (let width = size; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      for (let i = lo, j = mid, k = lo; k < hi; k++) {
        // Ties go to the left run: stable.
        to[k] = i < mid && (j >= hi || order(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        if (++merged === size) {
          yield merged;
          merged = 0;
        }
      }
    }
    [from, to] = [to, from];
  }
  if (from !== list) for (let i = 0; i < n; i++) list[i] = from[i];
  if (merged > 0) yield merged;
}

/** A generator of steps run to its end at once: its result, when no other work needs to come in between. */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
