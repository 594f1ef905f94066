// Latin-script names in Cyrillic news: Ryanair, easyJet, Nord Stream 2 AG, Vereinigung Cockpit.
// A capitalized Latin word inside a Russian or Ukrainian sentence is, far more
// often than not, the name of a company, a brand or a medium (measured on the
// BSNLP and factRuEval gold: about four in five such sequences are organizations
// or media); the rest are events and diseases (Brexit, COVID-19), products with
// a model number (Boeing 737, Sputnik V, BNT162b2), interface words (Ctrl, Enter)
// and Roman numerals, which are recognized by their shape or listed in
// lexicon/latinWords.ts. English sentences quoted inside the article are left
// alone. People written in Latin are the people stage's: its mentions win
// overlaps (extract/overlaps.ts), so a name it reads as a person stays one.
import { LATIN_EVENT_TAIL, LATIN_MEDICAL, LATIN_NOT_NAMES } from '../lexicon/latinWords';
import { slug } from '../names/nameKey';
import { attachedMark } from '../text/segment';
import { spacesOnly } from '../text/gaps';
import type { Article, Token } from '../types';

export interface LatinName {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}\p{M}\d'’&-]*$/u;
const CAPITALIZED = /^\p{Lu}/u;
const CONNECTOR = /^(of|and|und|to|de|del|della|du|des|la|le|für|for|the|&)$/;
/** Month names of both languages, any case: Kronen Zeitung 2 ноября is a date after a name. */
const MONTH = /^(январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)/i;
const ROMAN = /^[IVXLCDM]+$/;
/** Legal forms and their kin: written in any case inside a name (Ryanair Holdings plc, Gazprom Neft B.V.). */
const LEGAL_TAIL = /^(AG|GmbH|SE|SA|AB|AS|ASA|NV|BV|Ltd|LLC|LLP|Inc|Corp|Co|Plc|plc|PLC|KG|OAO|OOO|PJSC|JSC)$/;

let stop: Set<string> | undefined;
/** A listed word, or a word made with one (SARS-CoV, Gam-COVID-Vac, CoronaVac: diseases and vaccines). */
function notName(word: string): boolean {
  stop ??= new Set(LATIN_NOT_NAMES.trim().split(/\s+/).map((w) => w.toLowerCase()));
  const lower = word.toLowerCase();
  return stop.has(lower) || lower.split('-').some((part) => stop!.has(part)) || LATIN_MEDICAL.test(lower);
}

// The first letter's code point decides cheaply (Latin letters lie below U+0250) before the full test.
const isLatin = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.text.charCodeAt(0) < 0x250 && LATIN_WORD.test(t.text);
const isCapitalLatin = (t: Token | undefined): t is Token => isLatin(t) && CAPITALIZED.test(t.text);

/** Latin capitalized sequences of one article that read as organization names, skipping the tokens in `taken`. */
export function findLatinNames(article: Article, taken: ReadonlySet<number>): LatinName[] {
  const { tokens, text } = article;
  // Most Cyrillic articles hold no Latin capital at all.
  if (!/[A-Z]/.test(text)) return [];
  const near = (a: number, b: number): boolean => !!tokens[a] && !!tokens[b] && spacesOnly(text, tokens[a].end, tokens[b].start);
  const glued = (a: number, b: number): boolean => !!tokens[a] && !!tokens[b] && tokens[a].end === tokens[b].start;
  const english = englishSentences(article);
  const out: LatinName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalLatin(tokens[i]) || taken.has(i) || english.has(i)) continue;
    // Inside a Latin phrase (after a Latin word), a handle or a hashtag (@Ryanair, #Brexit), or a site (Ryanair.com): not a name of its own.
    const prev = tokens[i - 1];
    if ((isLatin(prev) && near(i - 1, i)) || (prev && glued(i - 1, i) && /^[@#/._]$/.test(prev.text))) continue;
    let last = i;
    for (;;) {
      const k = last + 1;
      const t = tokens[k];
      if (!t || taken.has(k)) break;
      const latin = t.kind === 'word' && LATIN_WORD.test(t.text);
      if (latin && CAPITALIZED.test(t.text) && near(last, k)) last = k;
      else if (latin && LEGAL_TAIL.test(t.text) && near(last, k)) last = k;
      else if ((latin || t.text === '&') && CONNECTOR.test(t.text) && near(last, k) && isCapitalLatin(tokens[k + 1]) && !notName(tokens[k + 1].text) && near(k, k + 1)) last = k + 1;
      // Nord Stream 2, Nord Stream-2: a one-digit number continues a name; a model number (Boeing 737) does not.
      else if (t.kind === 'number' && t.text.length === 1 && near(last, k) && tokens[k + 1]?.kind !== 'number' && !MONTH.test(tokens[k + 1]?.text ?? '')) last = k;
      else if (t.text === '-' && glued(last, k) && tokens[k + 1]?.kind === 'number' && tokens[k + 1].text.length === 1 && glued(k, k + 1)) last = k + 1;
      else break;
      if (last - i >= 6) break;
    }
    // Tom Jamieson for The…, Read More: listed words at either end are not part of a name.
    while (last > i && notName(tokens[last].text)) last--;
    const next = tokens[last + 1];
    // Moderna Inc., Gazprom Neft B.V.: an abbreviated legal form keeps its dot.
    const end = /^(Inc|Ltd|Corp|Co)$/.test(tokens[last].text) && next?.text === '.' && attachedMark(text, tokens[last], next) ? next.end : tokens[last].end;
    const name = { first: i, last, start: tokens[i].start, end, text: text.slice(tokens[i].start, end) };
    i = last;
    if (productLike(tokens, name)) continue;
    if (next && glued(last, last + 1) && next.text === '.' && isLatin(tokens[last + 2]) && glued(last + 1, last + 2)) continue;
    const words = tokens.slice(name.first, name.last + 1).filter((t) => t.kind === 'word');
    if (words.every((t) => notName(t.text) || CONNECTOR.test(t.text))) continue;
    // Corus Chess Tournament is an event.
    if (LATIN_EVENT_TAIL.test(tokens[name.last].text)) continue;
    out.push(name);
  }
  return out;
}

/** The entity id of a Latin name: spellings that differ only in case (Ryanair, RyanAir, RYANAIR) are one organization. */
export const latinEntity = (name: string): string => `org:${slug(name.toLowerCase())}`;

/** Boeing 737, Boeing-737-800, Airbus A320, Sputnik V, BNT162b2, COVID-19: a model, not a maker. */
function productLike(tokens: Token[], name: LatinName): boolean {
  const lastWord = tokens[name.last];
  if (name.first === name.last && (lastWord.text.length < 2 || ROMAN.test(lastWord.text))) return true;
  if (name.last > name.first && lastWord.kind === 'word' && (ROMAN.test(lastWord.text) || lastWord.text.length === 1)) return true;
  if (tokens.slice(name.first, name.last + 1).some((t) => t.kind === 'word' && /\d/.test(t.text))) return true;
  return modelNumberAfter(tokens, name.last);
}

/** Is tokens[last] followed by a model number (Boeing 737, Boeing-737-800, Airbus A320)? Then the name is a product's. */
export function modelNumberAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  if (next.kind === 'number' && /^\d{3}$/.test(next.text)) return true;
  if (next.kind === 'word' && /^\p{Lu}{1,2}\d{2,}/u.test(next.text) ) return true;
  return next.text === '-' && next.start === tokens[last].end && /^\d/.test(tokens[last + 2]?.text ?? '') && tokens[last + 2].start === next.end;
}

/** Token indices of sentences written in a Latin-script language (quoted English), where capitals are no evidence. */
function englishSentences(article: Article): Set<number> {
  const { tokens, sentences } = article;
  const out = new Set<number>();
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t].end <= s.start) t++;
    let k = t;
    let latinLower = 0;
    let cyrillic = 0;
    for (; k < tokens.length && tokens[k].start < s.end; k++) {
      const tok = tokens[k];
      if (tok.kind !== 'word') continue;
      if (isLatin(tok) && !CAPITALIZED.test(tok.text) && !LEGAL_TAIL.test(tok.text) && !CONNECTOR.test(tok.text)) latinLower++;
      else if (tok.text.charCodeAt(0) >= 0x400 && tok.text.charCodeAt(0) < 0x530) cyrillic++;
    }
    if (latinLower >= 2 && latinLower >= cyrillic) for (let j = t; j < k; j++) out.add(j);
    t = k;
  }
  return out;
}
