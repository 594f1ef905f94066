// Pre-tokenized text, as some NER corpora write it (`Києві , заявив « Укренерго » .`): a space before and after
// every punctuation mark. Tests give extraction a normal text and its spaced copy and expect the same results;
// test/fixtures/spaced.mjs rewrites a whole gold file this way to measure it.

const PUNCT = /[.,:;!?«»"„“”()[\]—–…]/u;
const DIGIT = /\p{N}/u;
const WORD = /[\p{L}\p{N}]/u;

export interface Spaced {
  text: string;
  /** `at[i]` is the new offset of old offset i (i = 0..text.length). */
  at: number[];
}

/**
 * The spaced copy of `text`. Punctuation between two digits (`3.5`, `1,2`), a dot inside a word (`Lenta.ru`,
 * `т.е`), apostrophes and hyphens stay as they are: tokenizers keep numbers, site names and `п'ять`, `Нью-Йорк`.
 */
export function spaceOut(text: string): Spaced {
  const at: number[] = new Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const inNumber = /[.,:]/.test(ch) && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '');
    const inWord = ch === '.' && WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '');
    const punct = PUNCT.test(ch) && !inNumber && !inWord;
    if (punct && out.length > 0 && !/\s$/u.test(out)) out += ' ';
    at[i] = out.length;
    out += ch;
    if (punct && i + 1 < text.length && !/\s/u.test(text[i + 1])) out += ' ';
  }
  at[text.length] = out.length;
  return { text: out, at };
}

/** A span of the normal text in the spaced one: it keeps its first and last characters. */
export function spacedSpan(spaced: Spaced, start: number, end: number): { start: number; end: number } {
  return { start: spaced.at[start], end: spaced.at[end - 1] + 1 };
}
