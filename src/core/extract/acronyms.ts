// Cyrillic abbreviations no list holds: АМКУ, КМДА, НКРЕКП, ЗакДУ, СхідГЗК, ЮКОСа. On the shared gold an
// all-capitals Cyrillic word that the gazetteer does not know is, far more often than not, an organization
// (ner-uk: 360 exact ORG of 431 typed; BSNLP: 1,063 of 2,179, most of the rest places the gazetteer lists:
// США, РФ, ЄС); what is left are common-noun abbreviations (ЗМІ, ВВП, ДТП, ПЦР), units (МВт), Roman numerals
// written in Cyrillic letters (ХХІ), and ordinary words set in capitals (ЧИТАЙТЕ, ТАКЖЕ, МОСКВА), which are
// recognized here by their shape, the article's own lowercase use of the word, or listed in
// lexicon/abbreviations.ts. Places written as abbreviations (ДНР, ОРДЛО) are the gazetteer's.
import { spacesOnly } from '../text/gaps';
import { COMMON_ABBREVIATIONS, CAPS_WORDS } from '../lexicon/abbreviations';
import { lookupFirstName } from '../names/firstNames';
import { foldCase, foldedTokens } from '../text/fold';
import type { Article, Token } from '../types';
import { LEGAL_FORM } from './legalForms';

export interface Acronym {
  /** The token's index. */
  index: number;
  /** The abbreviation without a case ending: ЮКОСа → ЮКОС. */
  lemma: string;
}

const UPPER = '[А-ЯЁІЇЄҐ]';
const LOWER = "[а-яёіїєґ'’]";
/** АМКУ, НКРЕКП: capitals only. */
const ALL_CAPS = new RegExp(`^${UPPER}{2,7}$`, 'u');
/** ЮКОСа, УДАРу, МИДе: capitals and a case ending. */
const CAPS_AND_ENDING = new RegExp(`^(${UPPER}{2,7})(а|у|е|і|ом|ем|ові|ів|ах|ам|и|ы|ой)$`, 'u');
/** ЗакДУ, СхідГЗК, КнААЗ, СПбПУ: capitals with lowercase letters between, at least as many capitals (not МакКейн). */
const CAMEL = new RegExp(`^${UPPER}${LOWER}*(?:${UPPER}+${LOWER}*)+$`, 'u');
/** Units written with capitals: МВт, ГВт, кВт·год, МГц, ТБ. */
const UNIT = /^(?:[кКМГТ]?(?:Вт|Гц|Дж|Па|Б|б|В|А|Ом)(?:·?год|·?ч)?|мАг)$/u;
/** Roman numerals set in Cyrillic lookalikes: ХХІ, ІІ, ХІХ, ІV. */
const ROMAN_LOOKALIKE = /^[IVXLCDMІХСМ]+$/u;
const VOWELS = /[АЕЁИІЇЄОУЫЭЮЯ]/gu;

const upperCyrillic = (code: number): boolean => (code >= 0x410 && code <= 0x42f) || code === 0x401 || code === 0x404 || code === 0x406 || code === 0x407 || code === 0x490;

function innerCapital(word: string): boolean {
  for (let k = 1; k < word.length; k++) if (upperCyrillic(word.charCodeAt(k))) return true;
  return false;
}

function shape(word: string): string | undefined {
  if (ALL_CAPS.test(word)) return word;
  const ending = CAPS_AND_ENDING.exec(word);
  if (ending) return ending[1];
  if (word.length <= 8 && CAMEL.test(word)) {
    const upper = word.replace(/[^А-ЯЁІЇЄҐ]/gu, '').length;
    if (upper >= 2 && upper >= word.length - upper) return word;
  }
  return undefined;
}

/**
 * The abbreviations of one article read as organizations, skipping tokens in `taken` and words the gazetteer
 * lists (`listed`, given the folded word).
 */
export function findAcronyms(article: Article, taken: (index: number) => boolean, listed: (folded: string) => boolean): Acronym[] {
  const { tokens } = article;
  const folded = foldedTokens(tokens);
  const out: Acronym[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most words are no abbreviation: a Cyrillic capital first and another one after it, by code point, before any pattern.
    if (t.text.length < 2 || !upperCyrillic(t.text.charCodeAt(0)) || !innerCapital(t.text) || t.kind !== 'word' || taken(i)) continue;
    const lemma = shape(t.text);
    if (!lemma || LEGAL_FORM.test(lemma) || UNIT.test(t.text) || ROMAN_LOOKALIKE.test(lemma)) continue;
    // Союз ТМА-7, Су-27: a designation with a number is a model, not its maker.
    const next = tokens[i + 1];
    if (next && next.start === t.end && (next.kind === 'number' || (next.text === '-' && tokens[i + 2]?.kind === 'number'))) continue;
    const key = lemma === t.text ? folded[i] : foldCase(lemma);
    if (COMMON_ABBREVIATIONS.has(key) || CAPS_WORDS.has(key) || listed(folded[i]) || listed(key)) continue;
    // НОВОСТИ, ГРОМАД: a long word with a word's share of vowels is a word set in capitals, not an abbreviation.
    if (lemma.length >= 6 && (lemma.match(VOWELS)?.length ?? 0) / lemma.length > 0.34) continue;
    // ВЛАДИМИР, ОЛЕНА: a first name in capitals.
    if (lemma.length >= 4 && lookupFirstName(lemma.charAt(0) + lemma.slice(1).toLowerCase()).length > 0) continue;
    // A word the article also writes in lowercase is a word (a headline in capitals).
    if (writtenLowercase(tokens, folded, key) || writtenLowercase(tokens, folded, folded[i])) continue;
    out.push({ index: i, lemma });
  }
  return withoutHeadlines(article, out);
}

/** Does the article write the folded word in lowercase somewhere (a native search: few words get this far)? */
function writtenLowercase(tokens: readonly Token[], folded: readonly string[], key: string): boolean {
  for (let k = folded.indexOf(key); k >= 0; k = folded.indexOf(key, k + 1)) if (tokens[k].text === key) return true;
  return false;
}

/** ТОТ БУДЕТ ЛЕЖАТЬ: three or more capitalized words in a row are a headline set in capitals, not abbreviations. */
function withoutHeadlines(article: Article, found: Acronym[]): Acronym[] {
  const { tokens, text } = article;
  const joined = (a: Acronym, b: Acronym): boolean => b.index === a.index + 1 && spacesOnly(text, tokens[a.index].end, tokens[b.index].start);
  const out: Acronym[] = [];
  for (let n = 0; n < found.length; ) {
    let end = n + 1;
    while (end < found.length && joined(found[end - 1], found[end])) end++;
    if (end - n < 3) out.push(...found.slice(n, end));
    n = end;
  }
  return out;
}
