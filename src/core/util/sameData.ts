// Whether two records a thread sends are the same data: what JSON would write the same, but for key order.
import type { DateDetails, Mention } from '../types';

/** Plain data (objects, arrays, strings, numbers, booleans, null) compared by value. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  // A key with an undefined value counts: then the records differ, and the record is sent (never the wrong way).
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (!(key in y) || !sameData(x[key], y[key])) return false;
  return true;
}

/**
 * sameData for mentions, field by field, written out: a delta compares every mention of the corpus (a quarter of
 * a million at 10,000 articles), and a loop over the field names took several times as long.
 */
export function sameMention(a: Mention, b: Mention): boolean {
  return (
    a === b ||
    (a.start === b.start &&
      a.end === b.end &&
      a.entity === b.entity &&
      a.type === b.type &&
      a.doc === b.doc &&
      a.text === b.text &&
      a.lemma === b.lemma &&
      a.value === b.value &&
      sameDate(a.date, b.date))
  );
}

/** A DATE mention's details, as sameMention compares mentions (every DATE mention has them: a generic comparison cost as much as the rest). */
function sameDate(a: DateDetails | undefined, b: DateDetails | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.resolution === b.resolution && a.end === b.end && a.partOfDay === b.partOfDay && a.weekdayMismatch === b.weekdayMismatch);
}

/** Every field of a Mention, which sameMention compares (and the store's codec writes): as a Record's keys, one added to the type and not here fails to compile. */
export const MENTION_FIELDS = Object.keys({ doc: 0, start: 0, end: 0, type: 0, text: 0, lemma: 0, entity: 0, value: 0, date: 0 } satisfies Record<keyof Mention, 0>);
/** Every field of a DATE mention's details, which sameMention compares (as MENTION_FIELDS). */
export const DATE_FIELDS = Object.keys({ end: 0, partOfDay: 0, resolution: 0, weekdayMismatch: 0 } satisfies Record<keyof DateDetails, 0>);
