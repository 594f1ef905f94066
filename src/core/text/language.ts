// Russian or Ukrainian? Each word votes: letters only one of the languages has
// (uk і ї є ґ, ru ы э ъ ё), an apostrophe inside a Cyrillic word (uk п'ять, where
// Russian writes ъ), and frequent function words. Function words carry the decision
// for short texts that happen to lack the telltale letters (`Це було так, як ми
// говорили`). One pass over the text; ties go to Russian.

import type { Lang } from '../types';

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

const UK_LETTERS = /[іїєґІЇЄҐ]/;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/;
const CYRILLIC_APOSTROPHE = /[\u0400-\u04ff]['’ʼ][\u0400-\u04ff]/;
const WORD = /\p{L}+(?:['’ʼ]\p{L}+)*/gu;

/** The article's language, from votes over the whole text; 'ru' on a tie. */
export function detectLanguage(text: string): Lang {
  let uk = 0;
  let ru = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (UK_LETTERS.test(word) || CYRILLIC_APOSTROPHE.test(word)) uk++;
    if (RU_LETTERS.test(word)) ru++;
    if (UK_FUNCTION_WORDS.has(word)) uk++;
    if (RU_FUNCTION_WORDS.has(word)) ru++;
  }
  return uk > ru ? 'uk' : 'ru';
}
