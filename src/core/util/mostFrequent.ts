// The value a list holds most often, as entity names pick their language.

/** The most frequent value; of equally frequent ones, the one that came first. The list must not be empty. */
export function mostFrequent<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}
