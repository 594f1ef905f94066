// Lists of ids, aliases and names gather repeats from many mentions; one
// helper keeps the first occurrence of each so that order stays the order seen.

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
