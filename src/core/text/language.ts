// Russian or Ukrainian? Each word votes: letters only one of the languages has
// (uk і ї є ґ, ru ы э ъ ё), an apostrophe inside a Cyrillic word (uk п'ять, where
// Russian writes ъ), and frequent function words. Function words carry the decision
// for short texts that happen to lack the telltale letters (`Це було так, як ми
// говорили`). One pass over the text; ties go to Russian.

import type { Lang, Span } from '../types';

// Words frequent in one language and rare or absent in the other. Words common to
// both (не, на, для) would only add equal votes and are left out.
const UK = 1;
const RU = 2;

const UK_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'що', 'це', 'від', 'який', 'яка', 'які', 'та', 'і', 'й', 'у', 'як', 'до', 'після', 'про',
  'його', 'її', 'також', 'було', 'був', 'була', 'з', 'із', 'зі', 'але', 'щоб', 'вже', 'ще',
  'він', 'вона', 'вони', 'ми', 'ця', 'цей', 'ці', 'коли',
]);

const RU_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'что', 'это', 'от', 'который', 'которая', 'которые', 'и', 'в', 'как', 'после', 'о', 'его',
  'её', 'ее', 'также', 'было', 'был', 'была', 'с', 'со', 'из', 'но', 'чтобы', 'ещё', 'еще',
  'он', 'она', 'они', 'мы', 'эта', 'этот', 'эти', 'когда',
]);

/** Per Cyrillic code point (U+0400–U+052F): UK for і ї є ґ, RU for ы э ъ ё, either case. */
const LETTER_VOTE = new Uint8Array(0x130);
for (const letter of 'іїєґІЇЄҐ') LETTER_VOTE[letter.charCodeAt(0) - 0x400] = UK;
for (const letter of 'ыэъёЫЭЪЁ') LETTER_VOTE[letter.charCodeAt(0) - 0x400] = RU;
/** No function word is longer; longer words are not lowercased or looked up. */
const MAX_FUNCTION_WORD = 8;

const isCyrillic = (code: number): boolean => code >= 0x400 && code <= 0x52f;

const LETTER_BASE = 49;
const letterDigit = (lower: number): number => (lower >= 0x430 && lower <= 0x45f ? lower - 0x42f : -1);
/** toLowerCase of a Cyrillic code (U+0400–U+052F) as far as the letters of function words go: А–Я and Ѐ–Џ. */
const lowerCyrillic = (code: number): number => (code >= 0x410 && code <= 0x42f ? code + 0x20 : code >= 0x400 && code <= 0x40f ? code + 0x50 : code);

/**
 * A word of lowercase letters а–я, ѐ–џ (U+0430–U+045F, where every function word is written) as a number, its
 * letters as digits 1–48 in base 49: one number per word, exact for up to MAX_FUNCTION_WORD letters (49⁸ < 2⁵³).
 * The scan computes it as it reads a word, instead of copying the word out and lowercasing it.
 */
function functionWordNumber(word: string): number {
  let n = 0;
  for (let k = 0; k < word.length; k++) {
    const digit = letterDigit(word.charCodeAt(k));
    if (digit < 0) throw new Error(`function word ${word} has a letter outside а–я, ѐ–џ`);
    n = n * LETTER_BASE + digit;
  }
  return n;
}

/** UK and RU votes of each function word, by its number. */
const FUNCTION_WORD_VOTES = new Map<number, number>();
for (const [words, vote] of [[UK_FUNCTION_WORDS, UK], [RU_FUNCTION_WORDS, RU]] as const) {
  for (const word of words) {
    const n = functionWordNumber(word);
    FUNCTION_WORD_VOTES.set(n, (FUNCTION_WORD_VOTES.get(n) ?? 0) | vote);
  }
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2bc;

/**
 * The article's language, from votes over the given stretches of the text (its prose; all of it by default), read
 * in place rather than copied out and joined; 'ru' on a tie.
 */
export function detectLanguage(text: string, spans: readonly Span[] = [{ start: 0, end: text.length }]): Lang {
  const votes = { uk: 0, ru: 0 };
  for (const { start, end } of spans) addVotes(text, start, end, votes);
  return votes.uk > votes.ru ? 'uk' : 'ru';
}

/** Adds the votes of the words of text[from, to). */
function addVotes(text: string, from: number, to: number, votes: { uk: number; ru: number }): void {
  let i = from;
  // A hand-written scan: this runs over every article and a regex per word was the
  // most expensive step of parsing.
  while (i < to) {
    if (!isCyrillic(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hasUk = false;
    let hasRu = false;
    // The lowercased word's number (functionWordNumber) while it may still be a function word, else -1.
    let number = 0;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (isCyrillic(code)) {
        const vote = LETTER_VOTE[code - 0x400];
        if (vote === UK) hasUk = true;
        else if (vote === RU) hasRu = true;
        if (number >= 0) {
          const digit = i - start < MAX_FUNCTION_WORD ? letterDigit(lowerCyrillic(code)) : -1;
          number = digit < 0 ? -1 : number * LETTER_BASE + digit;
        }
        i++;
      } else if (isApostrophe(code) && i + 1 < to && isCyrillic(text.charCodeAt(i + 1))) {
        hasUk = true;
        number = -1;
        i++;
      } else {
        break;
      }
    }
    if (hasUk) votes.uk++;
    if (hasRu) votes.ru++;
    const functionWord = number > 0 ? (FUNCTION_WORD_VOTES.get(number) ?? 0) : 0;
    if (functionWord & UK) votes.uk++;
    if (functionWord & RU) votes.ru++;
  }
}
