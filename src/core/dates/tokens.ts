// The date grammar's tokens: words (with inner apostrophes, hyphens kept apart), digit runs and single punctuation
// marks, with UTF-16 offsets. An article's are derived from its own tokens (articleTokens.ts); this tokenizer reads
// only what those cut differently, and defines what the derivation must give.

import { foldWord } from './lexicon';

export interface DateToken {
  start: number;
  end: number;
  text: string;
  /** Folded for look-up (lowercase, ё → е, one apostrophe). */
  w: string;
  kind: 'word' | 'number' | 'punct';
}

/**
 * Tokens of text[start, end): a word is a run of letters and marks (\p{L}\p{M}) that an apostrophe (' ’ ʼ `)
 * may join to the next run; a number is a run of ASCII digits; any other character but whitespace is one punctuation
 * token. Read character by character with a class table (a Unicode regular expression's match per token cost more
 * than the date grammar itself).
 */
export function tokenizeRange(text: string, start: number, end: number): DateToken[] {
  const tokens: DateToken[] = [];
  let i = start;
  while (i < end) {
    const cls = classAt(text, i);
    const from = i;
    i += width(text, i);
    if (cls === SPACE) continue;
    let kind: DateToken['kind'] = 'punct';
    if (cls === LETTER) {
      kind = 'word';
      for (;;) {
        while (i < text.length && classAt(text, i) === LETTER) i += width(text, i);
        if (!(i + 1 < text.length && APOSTROPHES.includes(text[i]) && classAt(text, i + 1) === LETTER)) break;
        i++;
      }
    } else if (cls === DIGIT) {
      kind = 'number';
      while (i < text.length && classAt(text, i) === DIGIT) i++;
    }
    if (i > end) break;
    const t = text.slice(from, i);
    tokens.push({ start: from, end: i, text: t, w: kind === 'word' ? foldWord(t) : t, kind });
  }
  return tokens;
}

/** Apostrophes that join two runs of letters into one word. */
export const APOSTROPHES = "'’ʼ`";
export const LETTER = 1;
export const DIGIT = 2;
const SPACE = 3;
const OTHER = 4;

/** The class of one character (a code point): letter or mark, ASCII digit, whitespace, anything else. */
function classOf(ch: string): number {
  if (/^[\p{L}\p{M}]$/u.test(ch)) return LETTER;
  if (/^[0-9]$/.test(ch)) return DIGIT;
  return /^\s$/u.test(ch) ? SPACE : OTHER;
}

/** Classes of the first code points (Latin, Cyrillic, punctuation, dashes and quotes), computed once. */
const TABLE_SIZE = 0x2200;
let table: Uint8Array | undefined;

/** The class of the code point at i: LETTER, DIGIT, or another. */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < TABLE_SIZE) {
    if (!table) {
      table = new Uint8Array(TABLE_SIZE);
      for (let k = 0; k < TABLE_SIZE; k++) table[k] = classOf(String.fromCharCode(k));
    }
    return table[c];
  }
  return classOf(String.fromCodePoint(text.codePointAt(i)!));
}

/** UTF-16 units of the code point at i: 2 for a surrogate pair, else 1. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

export function isUpper(token: DateToken | undefined): boolean {
  return !!token && token.kind === 'word' && token.text[0] !== token.text[0].toLowerCase();
}
