// Indexes that answer "which of these go with this key" keep a list per key; one helper adds to it.

/** Values listed under a key, in the order they were added. */
export class ListMap<K, V> extends Map<K, V[]> {
  add(key: K, value: V): void {
    const list = this.get(key);
    if (list) list.push(value);
    else this.set(key, [value]);
  }
}
