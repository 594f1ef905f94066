// The corpus-wide stages between finding people and linking them (place first names, base forms, adjacent and
// restated names) make a new record for each mention they change, on every build. Each hands on the record it made
// last time from the same mention while the two are equal, so an unchanged mention stays the same object from build
// to build and linking reuses what it computed from it (incremental/groupMemo).
import type { PersonMention } from '../extract/people';
import { keptWhileSame } from '../incremental/recordMemo';

/** The same fields with the same values; `first`, remade with the mention, by its lemma and group. */
export function samePersonMention(a: PersonMention, b: PersonMention): boolean {
  const keys = Object.keys(a) as (keyof PersonMention)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!(key in b)) return false;
    if (a[key] === b[key]) continue;
    if (key !== 'first' || !a.first || !b.first || a.first.lemma !== b.first.lemma || a.first.group !== b.first.group) return false;
  }
  return true;
}

/** A new memory of the records one stage made: (the mention it started from, the record made now) → the record to hand on. */
export const keptPersons = (): ((from: PersonMention, made: PersonMention) => PersonMention) => keptWhileSame(samePersonMention);
