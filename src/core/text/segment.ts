// Paragraphs, sentences and tokens of Russian and Ukrainian news text. Every span is
// a pair of UTF-16 offsets into the text the editor shows (end exclusive), so results
// can be mapped to editor ranges without any translation. All passes are linear.

import type { Span, Token } from '../types';
import {
  AFTER_NUMBER_FINAL,
  FINAL_ABBREVIATIONS,
  MULTI_LETTER_INITIALS,
  PREFIX_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from './abbreviations';

/** Characters that separate lines; VS Code breaks lines at \n, \r\n and \r. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Whitespace plus invisible format characters. Scraped news often carries
 * left-to-right marks (U+200E) and zero-width spaces at line edges; they must not
 * become part of a paragraph's or sentence's visible extent.
 */
function isBlank(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0xa0) ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x205f && code <= 0x2064) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Narrows [start, end) to its non-blank part; undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}

/**
 * Paragraphs of text[from, to): each non-blank line, trimmed. News files put one
 * paragraph per line as often as they separate paragraphs by blank lines, so a
 * single line break already ends a paragraph.
 */
export function splitParagraphs(text: string, from = 0, to = text.length): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isLineBreak(text.charCodeAt(i))) continue;
    const span = trimSpan(text, lineStart, i);
    if (span) paragraphs.push(span);
    lineStart = i + 1;
  }
  return paragraphs;
}

// ---------------------------------------------------------------------------
// Sentences

/** Final punctuation: . ! ? … */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}
/**
 * What may follow a sentence's final punctuation and still belong to it: closing
 * brackets (`(см. выше.)`) and quote characters, even unmatched ones.
 */
const CLOSERS = ')]}»”“"›';
const DASHES = '—–-';
/** Quotes that can open a sentence. */
const OPENING_QUOTES = '«„“"‹';
/** Beyond this nesting the text is not prose (or is adversarial); extra quotes are ignored. */
const MAX_QUOTE_DEPTH = 8;

const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const CYRILLIC_UPPER = /[\u0400-\u042f\u0490]/u;
const CYRILLIC_LOWER = /[\u0430-\u045f\u0491]/u;
const DIGIT = /\p{Nd}/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
/** Longer words are not abbreviations; the bound keeps the backward look-up constant-time. */
const MAX_ABBREVIATION_LENGTH = 12;

const QUOTE_OPEN = 1;
const QUOTE_CLOSE = 2;

/**
 * Marks the quote characters of text[start, end) that form matched pairs:
 * QUOTE_OPEN at an opening quote, QUOTE_CLOSE at its partner. Unmatched quotes stay
 * 0, so a stray or unbalanced quote never swallows the rest of a paragraph.
 */
function matchQuotes(text: string, start: number, end: number, pairs?: Span[]): Uint8Array {
  const marks = new Uint8Array(end - start);
  const stack: { char: string; at: number }[] = [];
  const close = (at: number, opensWith: string): void => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (!opensWith.includes(stack[k].char)) continue;
      marks[stack[k].at - start] = QUOTE_OPEN;
      marks[at - start] = QUOTE_CLOSE;
      pairs?.push({ start: stack[k].at, end: at + 1 });
      stack.length = k;
      return;
    }
  };
  const open = (at: number, char: string): void => {
    if (stack.length < MAX_QUOTE_DEPTH) stack.push({ char, at });
  };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Most characters are not quotes: " « » and “ ” „ ‹ › (U+201C–U+203A).
    if (code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x203a)) continue;
    const ch = text[i];
    switch (ch) {
      case '«':
      case '„':
      case '‹':
        open(i, ch);
        break;
      case '»':
        close(i, '«');
        break;
      case '›':
        close(i, '‹');
        break;
      case '”':
        close(i, '„“');
        break;
      case '“':
        // Russian „…“ closes with “; English “…” opens with it.
        if (stack.length > 0 && stack[stack.length - 1].char === '„') close(i, '„');
        else open(i, ch);
        break;
      case '"': {
        // The ASCII quote is both opener and closer; its neighbours tell which.
        const before = i > start ? text.charCodeAt(i - 1) : 0x20;
        const after = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
        const openSide = isBlank(before) || '([{«„“—–-/'.includes(String.fromCharCode(before));
        const closeSide = isBlank(after) || '.,;:!?…)]}»—–'.includes(String.fromCharCode(after));
        const hasOpen = stack.some((q) => q.char === '"');
        if (openSide && !closeSide) open(i, ch);
        else if (closeSide && !openSide) close(i, '"');
        else if (!openSide || (isBlank(before) && isBlank(after))) {
          // Glued to words on both sides, or spaced on both as pre-tokenized text writes it (`" Биолек "`).
          if (hasOpen) close(i, '"');
          else open(i, ch);
        }
        break;
      }
    }
  }
  return marks;
}

/** The matched quotation marks of a paragraph, each pair as the span from its opening mark to past its closing one. */
export function quotationsIn(text: string, paragraph: Span): Span[] {
  const pairs: Span[] = [];
  matchQuotes(text, paragraph.start, paragraph.end, pairs);
  return pairs;
}

/** Is the word at `wordStart` preceded by a number: `2020 г`, `2020г`, `XIX в`, `1990-х гг`? */
function followsNumber(text: string, from: number, wordStart: number): boolean {
  let i = wordStart;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  let j = i;
  while (j > from && i - j <= MAX_ABBREVIATION_LENGTH && LETTER.test(text[j - 1])) j--;
  if (j < i) {
    // A Roman numeral, or a case ending hyphenated to a number (1990-х).
    return ROMAN_NUMERAL.test(text.slice(j, i)) || (j - 2 >= from && text[j - 1] === '-' && DIGIT.test(text[j - 2]));
  }
  return i > from && DIGIT.test(text[i - 1]);
}

type DotKind = 'never' | 'maybe' | 'plain';

/**
 * What a single dot at `dot` means given the word before it: `never` a sentence end
 * (initials, prefix abbreviations), `maybe` (a final abbreviation: an end if a
 * sentence start follows) or `plain` (an ordinary word or number).
 */
function classifyDot(text: string, from: number, dot: number): DotKind {
  // Pre-tokenized text puts a space before the dot (`г . Москва`, `В . Зеленський`): the word before it counts.
  const spaced = dot - 2 >= from && text[dot - 1] === ' ' && LETTER.test(text[dot - 2]);
  if (spaced) dot--;
  let start = dot;
  while (start > from && dot - start <= MAX_ABBREVIATION_LENGTH) {
    const ch = text[start - 1];
    if (LETTER.test(ch)) start--;
    else if ((ch === '.' || ch === '-') && start - 2 >= from && LETTER.test(text[start - 2])) start--;
    else break;
  }
  if (start === dot || dot - start > MAX_ABBREVIATION_LENGTH) return 'plain';
  // A case ending hyphenated to a number (`в 2021-м.`, `1990-х.`) is not an abbreviation.
  if (start - 2 >= from && text[start - 1] === '-' && DIGIT.test(text[start - 2])) return 'plain';
  const word = text.slice(start, dot);
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || MULTI_LETTER_INITIALS.has(word)) return 'never';
  let lower = word.toLowerCase();
  // `т. е.`, `и. о.` written with a space: read the two letters as one abbreviation.
  if (word.length === 1 && start - 3 >= from && text[start - 1] === ' ' && text[start - 2] === '.') {
    const firstAt = start - (spaced && text[start - 3] === ' ' ? 4 : 3);
    const first = text[firstAt];
    if (firstAt >= from && LETTER.test(first) && (firstAt === from || !LETTER.test(text[firstAt - 1]))) {
      const joined = `${first.toLowerCase()}.${lower}`;
      if (PREFIX_ABBREVIATIONS.has(joined) || FINAL_ABBREVIATIONS.has(joined)) lower = joined;
    }
  }
  if (AFTER_NUMBER_FINAL.has(lower)) return followsNumber(text, from, start) ? 'maybe' : 'never';
  if (PREFIX_ABBREVIATIONS.has(lower)) return 'never';
  if (FINAL_ABBREVIATIONS.has(lower)) return 'maybe';
  return 'plain';
}

/** Does a sentence start at `at`: a capital, a digit, an opening quote, or a dash leading direct speech? */
function startsSentence(text: string, at: number, end: number, afterQuote: boolean): boolean {
  const ch = text[at];
  if (UPPERCASE.test(ch) || DIGIT.test(ch)) return true;
  if (OPENING_QUOTES.includes(ch)) {
    // `« Становится …` in pre-tokenized text: one space may follow the quote.
    const next = text[at + 1] === ' ' ? at + 2 : at + 1;
    return next < end && !isBlank(text.charCodeAt(next));
  }
  if (DASHES.includes(ch)) {
    // `«Готовы!» — заявил он` continues the sentence: after a quote a dash introduces the author.
    if (afterQuote) return false;
    let next = at + 1;
    while (next < end && isBlank(text.charCodeAt(next))) next++;
    if (next === at + 1 || next >= end) return false;
    const c = text[next];
    return UPPERCASE.test(c) || DIGIT.test(c) || OPENING_QUOTES.includes(c);
  }
  return false;
}

/**
 * Sentences of one paragraph, trimmed. A sentence ends at . ! ? … (or a run such as
 * ?! or ...), plus any closing quotes and brackets, when a sentence start follows
 * after a space. Not inside a quotation (`«Мы готовы. Мы ждём», — сказал он.` is one
 * sentence) unless the quotation closes right after the punctuation; not after
 * initials (В. Зеленский, А.Б. Петров, Дж. Байден) or abbreviations (г. Москва, т.е.).
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const { start: from, end: to } = paragraph;
  const marks = matchQuotes(text, from, to);
  const sentences: Span[] = [];
  let sentenceStart = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const mark = marks[i - from];
    if (mark === QUOTE_OPEN) depth++;
    if (mark === QUOTE_CLOSE) depth--;
    if (mark !== 0 || !isTerminal(text.charCodeAt(i))) continue;

    let runEnd = i + 1;
    while (runEnd < to && isTerminal(text.charCodeAt(runEnd))) runEnd++;
    let after = runEnd;
    let closedQuote = false;
    while (after < to) {
      // Pre-tokenized text spaces the closers out too: `готовы . »`, `( см . выше . )`.
      if (text[after] === ' ' && after + 1 < to && (marks[after + 1 - from] === QUOTE_CLOSE || ')]}'.includes(text[after + 1]))) after++;
      const closer = marks[after - from];
      if (closer === QUOTE_CLOSE) {
        depth--;
        closedQuote = true;
      } else if (closer === QUOTE_OPEN || !CLOSERS.includes(text[after])) {
        break;
      }
      after++;
    }
    const ends = depth === 0 && isSentenceEnd(text, from, to, i, runEnd, after, closedQuote);
    i = after - 1;
    if (!ends) continue;
    const span = trimSpan(text, sentenceStart, after);
    if (span) sentences.push(span);
    sentenceStart = after;
  }
  const last = trimSpan(text, sentenceStart, to);
  if (last) sentences.push(last);
  return sentences;
}

function isSentenceEnd(
  text: string,
  from: number,
  to: number,
  runStart: number,
  runEnd: number,
  after: number,
  closedQuote: boolean,
): boolean {
  let next = after;
  while (next < to && isBlank(text.charCodeAt(next))) next++;
  if (next >= to) return false;
  const singleDot = runEnd - runStart === 1 && text[runStart] === '.';
  const dotKind: DotKind = singleDot ? classifyDot(text, from, runStart) : 'plain';
  if (dotKind === 'never') return next > after && startsWithOpener(text, next, to);
  if (next === after) {
    // Scraped text sometimes loses the space: `доступен?В начале`, `оружия.Киев`. Accept
    // only a lowercase word followed by a capitalized Cyrillic word, never `Сиб.фм` or
    // `т.е.Москва`.
    const previous = runStart > from ? text[runStart - 1] : '';
    return (
      !closedQuote &&
      dotKind === 'plain' &&
      LOWERCASE.test(previous) &&
      runStart - 2 >= from &&
      LOWERCASE.test(text[runStart - 2]) &&
      CYRILLIC_UPPER.test(text[next]) &&
      next + 1 < to &&
      (CYRILLIC_LOWER.test(text[next + 1]) || text[next + 1] === ' ')
    );
  }
  return startsSentence(text, next, to, closedQuote);
}

/** Is the word at `at` a sentence opener that is never a name (Но, Это, Однако)? */
function startsWithOpener(text: string, at: number, to: number): boolean {
  let end = at;
  while (end < to && end - at <= MAX_ABBREVIATION_LENGTH && LETTER.test(text[end])) end++;
  // `В.П. Аваева` (or `В . П . Аваева`, pre-tokenized) is an initial, not the preposition В.
  if (end === at || end >= to || text[end] === '.' || (text[end] === ' ' && text[end + 1] === '.')) return false;
  return SENTENCE_OPENERS.has(text.slice(at, end));
}

// ---------------------------------------------------------------------------
// Tokens

// Words: letters (any script) with inner apostrophes (п'ять, зобов’язання, ʼ) and
// inner hyphens (Нью-Йорк, Ланглад-де); digits may follow letters (BNT162b2, G7).
// Numbers are bare digit runs so 07.01.2026 and 6–7 stay decomposable. A run of
// final punctuation (..., ?!) is one token; other punctuation is one character each.
const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{Nd}\u00ad]*(?:['’ʼ\-‐‑]\p{L}[\p{L}\p{M}\p{Nd}\u00ad]*)*)|(\p{Nd}+)|([.!?…]+)|(\p{P})|([^\s\p{Cc}\p{Cf}\p{Z}])/gu;

/** Punctuation by Unicode category that reads as a symbol. */
const SYMBOL_PUNCTUATION = '%‰‱#&*@§¶†‡′″';

/** Tokens of text[span.start, span.end): words, numbers, punctuation and symbols, appended to `tokens`. */
export function tokenize(text: string, span: Span, tokens: Token[] = []): Token[] {
  // Read character by character where the characters are plain (Latin and Cyrillic letters, ASCII digits, spaces,
  // sentence marks: nearly all of an article), which is what TOKEN gives there; anywhere else TOKEN itself reads
  // the next token, on the span cut out once. This runs over every article twice (in the engine and on an
  // extraction thread), and a match array per token was most of the cost.
  const { start: from, end: to } = span;
  let slice: string | undefined;
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    let end = -1;
    let kind: Token['kind'] = 'word';
    if (isPlainSpace(c)) {
      p++;
      continue;
    } else if (isPlainLetter(c)) {
      end = plainWordEnd(text, p + 1, to);
    } else if (c >= 0x30 && c <= 0x39) {
      let k = p + 1;
      while (k < to && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
      // A digit run ends before anything that is no digit: a plain letter or space, or a mark endsPlainly knows.
      end = k === to || isPlainLetter(text.charCodeAt(k)) || endsPlainly(text.charCodeAt(k)) ? k : -1;
      kind = 'number';
    } else if (isSentenceMark(c)) {
      let k = p + 1;
      while (k < to && isSentenceMark(text.charCodeAt(k))) k++;
      end = k;
      kind = 'punct';
    }
    if (end >= 0) {
      tokens.push({ start: p, end, text: text.slice(p, end), kind });
      p = end;
      continue;
    }
    slice ??= text.slice(from, to);
    TOKEN.lastIndex = p - from;
    const match = TOKEN.exec(slice);
    if (match === null) break;
    tokens.push(tokenOf(match, from));
    p = from + TOKEN.lastIndex;
  }
  return tokens;
}

/** The token TOKEN matched in text cut out at `offset`. */
function tokenOf(match: RegExpExecArray, offset: number): Token {
  const start = offset + match.index;
  const value = match[0];
  let kind: Token['kind'];
  if (match[1] !== undefined) kind = 'word';
  else if (match[2] !== undefined) kind = 'number';
  else if (match[3] !== undefined) kind = 'punct';
  else if (match[4] !== undefined) kind = SYMBOL_PUNCTUATION.includes(value) ? 'symbol' : 'punct';
  else kind = 'symbol';
  return { start, end: start + value.length, text: value, kind };
}

/** A–Z, a–z, and the Cyrillic letters of Russian and Ukrainian (U+0400–U+045F, Ґ ґ): all \p{L}. */
const isPlainLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x45f) || c === 0x490 || c === 0x491;
/** ASCII white space and the no-break space: \s, which no token takes. */
const isPlainSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
/** . ! ? …: the marks TOKEN takes as one run. */
const isSentenceMark = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** The joiners inside a word (TOKEN's ['’ʼ\-‐‑]) that are no letter themselves (ʼ is one). */
const isPlainJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;

/**
 * Is a character after a word or number certainly no letter, mark or digit (so it ends the token, as in TOKEN)?
 * ASCII other than letters and digits, and the quotes, dashes and spaces Russian and Ukrainian text puts there.
 */
function endsPlainly(c: number): boolean {
  if (c < 0x80) return !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39));
  return c === 0xa0 || c === 0xab || c === 0xbb || c === 0x2013 || c === 0x2014 || c === 0x2026 || (c >= 0x201c && c <= 0x201e);
}

/**
 * Where the word from a plain letter ends (`k` is just after that letter), read as TOKEN reads it, or -1 where a
 * character is not plain enough to say (TOKEN then reads the word).
 */
function plainWordEnd(text: string, k: number, to: number): number {
  while (k < to) {
    const c = text.charCodeAt(k);
    if (isPlainLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0xad) {
      k++;
      continue;
    }
    if (isPlainJoiner(c)) {
      // A joiner continues the word only before a letter.
      if (k + 1 >= to) return k;
      const next = text.charCodeAt(k + 1);
      if (isPlainLetter(next)) {
        k += 2;
        continue;
      }
      if (next === 0x2bc || !(isPlainSpace(next) || endsPlainly(next) || isPlainJoiner(next))) return -1;
      return k;
    }
    if (isPlainSpace(c) || endsPlainly(c)) return k;
    return -1;
  }
  return k;
}

/**
 * Does the punctuation mark `mark` belong to the word before it (`им.`, `связи,`, `Inc.`)? Glued to it, or after
 * one space, as pre-tokenized text writes every mark (`им . Гамалеи`, `связи , информационных`).
 */
export function attachedMark(text: string, word: Span, mark: Span): boolean {
  return mark.start === word.end || (mark.start === word.end + 1 && text.charCodeAt(word.end) === 0x20);
}

/**
 * A stretch of text for display on one line: whitespace runs become one space, and the spaces pre-tokenized text
 * puts inside brackets and «» and before , . ; : ! ? go (`« Слуга народу » ,` → `«Слуга народу»,`).
 */
export function displayText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([«(\[„]) /g, '$1')
    .replace(/ ([»)\].,;:!?…])/g, '$1')
    .trim();
}
