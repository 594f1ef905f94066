// A value computed from one record alone, kept as long as the record lives: the per-article records (a mention
// found in an article) are the same objects from build to build until their article changes, so a corpus-wide
// stage that derives something from each of them derives it once. Only for records nobody changes after making.

/** `compute`, remembered per record (the key is the record itself, so a record gone frees its value). */
export function perRecord<K extends object, V>(compute: (record: K) => V): (record: K) => V {
  const kept = new WeakMap<K, V>();
  return (record) => {
    if (kept.has(record)) return kept.get(record) as V;
    const value = compute(record);
    kept.set(record, value);
    return value;
  };
}
