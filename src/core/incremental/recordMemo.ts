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

/**
 * A stage that makes a new record from another on every build (a mention with its corpus-wide base form) hands on
 * the record it made last time from the same one while the two are `same`: records downstream then stay the same
 * objects from build to build, and the stages after reuse what they computed from them (groupMemo).
 */
export function keptWhileSame<K extends object, V extends object>(same: (kept: V, made: V) => boolean): (from: K, made: V) => V {
  const kept = new WeakMap<K, V>();
  return (from, made) => {
    const last = kept.get(from);
    if (last !== undefined && (last === made || same(last, made))) return last;
    kept.set(from, made);
    return made;
  };
}
