// The index terms of a word and the terms a query word looks up. A word is
// indexed under its Snowball stem (Russian or Ukrainian, by its article's
// language) and, when it is (part of) a name, under the name's base form and
// its cross-spelling key. Two rules keep matches honest:
//  - short stems: a stem under 4 letters that cost the word more than one letter
//    (она → он, Киев → ки, самит → сам) is not a term; the whole word is;
//  - surnames: the stemmers split -ов/-ин surnames (Буданов → будан, Буданова →
//    буданов), so names are also indexed under their nominative (n:буданов).
import { stemmer as stemRu } from '@orama/stemmers/russian';
import { stemmer as stemUk } from '@orama/stemmers/ukrainian';
import { surnameCandidates } from '../names/nameForms';
import { nameKey } from '../names/nameKey';
import type { Lang } from '../types';

const STEMMERS: Record<Lang, (word: string) => string> = { ru: stemRu, uk: stemUk };
const MIN_STEM = 4;
const MIN_NAME_KEY = 4;
const CYRILLIC = /[а-яіїєґ]/;

/** A -ов/-ев/-ин surname in any case form, to its nominative (Будановым → буданов). */
const OV_SURNAME = /^(.{2,}?(?:ов|ев|єв|ин|ын|ін|їн))(?:а|у|ым|им|ом|е|і|ові|ой|ою|ої|ій|ы|и)?$/;

const stemCache: Record<Lang, Map<string, string>> = { ru: new Map(), uk: new Map() };

/** The stem term of a folded word: `s:stem`, or `w:word` when the stem would be too short to trust. */
export function stemTerm(folded: string, lang: Lang): string {
  const cache = stemCache[lang];
  let term = cache.get(folded);
  if (term === undefined) {
    const stem = CYRILLIC.test(folded) ? STEMMERS[lang](folded) : folded;
    const trusted = stem.length >= MIN_STEM || (stem.length === 3 && folded.length - stem.length <= 1);
    term = trusted ? `s:${stem}` : `w:${folded}`;
    cache.set(folded, term);
  }
  return term;
}

/** The nominative of a -ов/-ин surname form, or undefined. */
export function ovSurnameBase(folded: string): string | undefined {
  return OV_SURNAME.exec(folded)?.[1];
}

/** Name terms of a word known to be (part of) a name with this base form. */
export function nameTerms(base: string, out: string[]): void {
  const folded = base.toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ]/g, '');
  out.push(`n:${folded}`);
  const key = nameKey(folded);
  if (key.length >= MIN_NAME_KEY) out.push(`k:${key}`);
}

/** Every term a query word matches, in both languages, names included. */
export function queryTerms(folded: string): string[] {
  const terms = new Set<string>([`w:${folded}`, stemTerm(folded, 'ru'), stemTerm(folded, 'uk')]);
  // A nominative matches the forms whose stem it is: Буданов → Буданова (stem буданов).
  if (folded.length >= MIN_STEM) terms.add(`s:${folded}`);
  if (folded.length >= MIN_STEM && CYRILLIC.test(folded)) {
    const names: string[] = [];
    for (const candidate of surnameCandidates(folded)) nameTerms(candidate, names);
    const ov = ovSurnameBase(folded);
    if (ov) nameTerms(ov, names);
    for (const t of names) terms.add(t);
  }
  return [...terms];
}
