// Russian or Ukrainian? Each word votes: letters only one of the languages has
// (uk і ї є ґ, ru ы э ъ ё), an apostrophe inside a Cyrillic word (uk п'ять, where
// Russian writes ъ), and frequent function words. Function words carry the decision
// for short texts that happen to lack the telltale letters (`Це було так, як ми
// говорили`). One pass over the text; ties go to Russian.

import type { Lang, Span } from '../types';

// Words frequent in one language and rare or absent in the other. Words common to
// both (не, на, для) would only add equal votes and are left out.
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

const UK = 1;
const RU = 2;
/** Per Cyrillic code point (U+0400–U+052F): UK for і ї є ґ, RU for ы э ъ ё, either case. */
const LETTER_VOTE = new Uint8Array(0x130);
for (const letter of 'іїєґІЇЄҐ') LETTER_VOTE[letter.charCodeAt(0) - 0x400] = UK;
for (const letter of 'ыэъёЫЭЪЁ') LETTER_VOTE[letter.charCodeAt(0) - 0x400] = RU;
/** No function word is longer; longer words are not lowercased or looked up. */
const MAX_FUNCTION_WORD = 8;

const isCyrillic = (code: number): boolean => code >= 0x400 && code <= 0x52f;
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
    while (i < to) {
      const code = text.charCodeAt(i);
      if (isCyrillic(code)) {
        const vote = LETTER_VOTE[code - 0x400];
        if (vote === UK) hasUk = true;
        else if (vote === RU) hasRu = true;
        i++;
      } else if (isApostrophe(code) && i + 1 < to && isCyrillic(text.charCodeAt(i + 1))) {
        hasUk = true;
        i++;
      } else {
        break;
      }
    }
    if (hasUk) votes.uk++;
    if (hasRu) votes.ru++;
    if (i - start <= MAX_FUNCTION_WORD) {
      const word = text.slice(start, i).toLowerCase();
      if (UK_FUNCTION_WORDS.has(word)) votes.uk++;
      if (RU_FUNCTION_WORDS.has(word)) votes.ru++;
    }
  }
}
