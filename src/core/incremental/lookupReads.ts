// Bare surnames in an article depend on the rest of the corpus only through the surname lexicon and the known full
// names, and only through the entries its words look up. Those look-ups are recorded (as hashes, a few bytes each),
// and after a change only the articles that looked up an entry whose answer changed are read again. A hash shared
// by two keys can only make an article re-read needlessly, never kept wrongly.
import type { FullNameLookup, SurnameLookup } from '../extract/people';
import { fnv1a } from '../util/shortHash';

/** The lexicon maps a surname key to its spellings; the full names are first-name–surname keys. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

// Each kind of look-up has its own prefix, so a lexicon key and a full-name key never meet.
const SURNAME = 's';
const FULL_NAME = 'f';
/** Asked whether the corpus knows any full name at all. */
const ANY_FULL_NAME = 'n';

/** The look-ups of one run, as the lookups the stage is given. */
export class LookupRecorder {
  private readonly hashes = new Set<number>();
  readonly surnames: SurnameLookup;
  readonly fullNames: FullNameLookup;

  constructor(lexicon: Lexicon, fullNames: ReadonlySet<string>) {
    const read = (key: string): void => void this.hashes.add(fnv1a(key));
    this.surnames = {
      get: (key) => (read(SURNAME + key), lexicon.get(key)),
      has: (key) => (read(SURNAME + key), lexicon.has(key)),
    };
    this.fullNames = {
      has: (key) => (read(FULL_NAME + key), fullNames.has(key)),
      get size() {
        read(ANY_FULL_NAME);
        return fullNames.size;
      },
    };
  }

  /** What was looked up, sorted for binary search. */
  recorded(): Uint32Array {
    return Uint32Array.from(this.hashes).sort();
  }
}

/** The hashes of the look-ups whose answer differs between two builds' lexicons and full names. */
export function changedLookups(before: Lexicon, after: Lexicon, namesBefore: ReadonlySet<string>, namesAfter: ReadonlySet<string>): Uint32Array {
  const changed = new Set<number>();
  const mark = (key: string): void => void changed.add(fnv1a(key));
  for (const [key, spellings] of after) if (!sameList(before.get(key), spellings)) mark(SURNAME + key);
  for (const key of before.keys()) if (!after.has(key)) mark(SURNAME + key);
  for (const key of namesAfter) if (!namesBefore.has(key)) mark(FULL_NAME + key);
  for (const key of namesBefore) if (!namesAfter.has(key)) mark(FULL_NAME + key);
  if ((namesBefore.size === 0) !== (namesAfter.size === 0)) mark(ANY_FULL_NAME);
  return Uint32Array.from(changed);
}

/** Whether a run that made the `recorded` look-ups (sorted) read any of the `changed` ones. */
export function readAny(recorded: Uint32Array, changed: Uint32Array): boolean {
  for (const hash of changed) {
    let low = 0;
    let high = recorded.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (recorded[mid] === hash) return true;
      if (recorded[mid] < hash) low = mid + 1;
      else high = mid - 1;
    }
  }
  return false;
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}
