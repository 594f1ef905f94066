// A value computed from a group of per-article records (an entity from its mentions), kept from build to build
// while the group holds the same records in the same order: the records are the same objects until their article
// changes (or a corpus-wide stage before gives them other fields), so an edit recomputes the groups it touched.
// What the value reads besides the records must be fixed by them (an article's language is its text's).

/** Values by group key (an entity id), each with the records it was computed from. */
export class GroupMemo<R, V> {
  private kept = new Map<string, { records: readonly R[]; value: V }>();
  private next = new Map<string, { records: readonly R[]; value: V }>();
  /** How many groups were computed rather than reused since this memo was made: what the operation-count tests read. */
  runs = 0;

  /** The value for the group `key`: the kept one while `records` are the same, else `compute()`'s. `records` are kept: a list nobody changes after. */
  get(key: string, records: readonly R[], compute: () => V): V {
    const kept = this.kept.get(key);
    const entry = kept && sameRecords(kept.records, records) ? kept : { records, value: (this.runs++, compute()) };
    this.next.set(key, entry);
    return entry.value;
  }

  /** Ends a build: the groups not asked for in it are forgotten, so a gone entity's records are not kept alive. */
  endBuild(): void {
    this.kept = this.next;
    this.next = new Map();
  }
}

function sameRecords<R>(a: readonly R[], b: readonly R[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
