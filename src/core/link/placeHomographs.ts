// A word no first-name list knows, read as a first name before a surname (Лахора Биби: "В тюрьме Лахора Биби
// держали"), that the corpus uses more often as a place or organization (в Лахоре, суд Лахора) is that place:
// the vote is corpus-wide, since one article seldom shows both uses. The person keeps the rest of the name.
import { type PersonMention, placeStem } from '../extract/people';
import type { PlaceOrgMention } from '../extract/placesOrgs';
import { perRecord } from '../incremental/recordMemo';
import { keptPersons } from './keptPersons';

/** The stem of a one-word place or organization; a record's own, so kept from build to build while it lives. */
const oneWordStem = perRecord((p: PlaceOrgMention): string | undefined => (/\s/u.test(p.text) ? undefined : placeStem(p.text)));

/** The stem of a name's first word, when it has more than one. */
const firstWordStem = perRecord((m: PersonMention): string | undefined => {
  const space = m.text.indexOf(' ');
  return space > 0 ? placeStem(m.text.slice(0, space)) : undefined;
});

/** The first word of a mention and where the rest starts, or undefined for one word. */
function firstWord(m: PersonMention): { word: string; rest: number } | undefined {
  const match = /^(\S+)\s+(?=\S)/u.exec(m.text);
  return match ? { word: match[1], rest: match[0].length } : undefined;
}

/**
 * The named mentions, each whose first word is a guessed first name the corpus uses more as a place or
 * organization than as a name cut to the words after it; the rest unchanged (the same records).
 */
export function withoutPlaceFirstNames(named: readonly PersonMention[], placesOrgs: readonly PlaceOrgMention[]): PersonMention[] {
  const guessed = named.filter((m) => m.guessedFirst && m.text.includes(' '));
  if (guessed.length === 0) return [...named];
  const stems = new Set(guessed.map((m) => placeStem(firstWord(m)?.word ?? '')));
  const placeUses = new Map<string, number>();
  for (const p of placesOrgs) {
    const stem = oneWordStem(p);
    if (stem !== undefined && stems.has(stem)) placeUses.set(stem, (placeUses.get(stem) ?? 0) + 1);
  }
  const nameUses = new Map<string, number>();
  for (const m of named) {
    const stem = firstWordStem(m);
    if (stem && stems.has(stem)) nameUses.set(stem, (nameUses.get(stem) ?? 0) + 1);
  }
  return named.map((m) => {
    const first = m.guessedFirst && firstWord(m);
    if (!first) return m;
    const stem = placeStem(first.word);
    if ((placeUses.get(stem) ?? 0) <= (nameUses.get(stem) ?? 0)) return m;
    const text = m.text.slice(first.rest);
    const lemma = m.lemma.split(/\s+/u).slice(1).join(' ');
    return keptCut(m, { doc: m.doc, start: m.start + first.rest, end: m.end, text, lemma, surname: m.surname });
  });
}

const keptCut = keptPersons();
