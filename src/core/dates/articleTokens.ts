// The date grammar's tokens of a stretch of an article, derived from the tokens the article was parsed into
// instead of a second tokenization of its text (which every article then kept in memory). The two tokenizers cut
// a few things differently: the article keeps `Нью-Йорк`, `G7`, `бо\u00adльшой` and `...` whole and skips format
// characters, where the date grammar reads `Нью` `-` `Йорк`, `G` `7`, `.` `.` `.` (tokens.ts). Those tokens,
// rare in prose, are read again by the date tokenizer; every other article token is a date token as it stands.

import type { Article, Span, Token } from '../types';
import { foldedTokens } from '../text/fold';
import { firstStartingFrom } from '../util/spans';
import { APOSTROPHES, classAt, DIGIT, type DateToken, LETTER, tokenizeRange } from './tokens';

/**
 * The date tokens starting in text[span.start, span.end), exactly those tokenizeRange would give over the whole
 * text. Text the article has no tokens for (the header's `date …` part, format characters) is tokenized here.
 */
export function dateTokensIn(article: Article, span: Span): DateToken[] {
  const { text, tokens } = article;
  const out: DateToken[] = [];
  const keep = (t: DateToken): void => {
    if (t.start >= span.start && t.start < span.end) out.push(t);
  };
  const tokenizeGap = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) !== 0x20) {
        tokenizeRange(text, from, to).forEach(keep);
        return;
      }
    }
  };
  let k = firstStartingFrom(tokens, span.start);
  if (k > 0 && tokens[k - 1].end > span.start) k--;
  // Start where no date word runs on from the token before.
  while (k > 0 && joined(text, tokens[k - 1], tokens[k])) k--;
  let folded: readonly string[] | undefined;
  let at = span.start;
  while (k < tokens.length && tokens[k].start < span.end) {
    let last = k;
    while (last + 1 < tokens.length && joined(text, tokens[last], tokens[last + 1])) last++;
    const from = tokens[k].start;
    if (at < from) tokenizeGap(at, from);
    const kind = last === k ? sameKind(tokens[k]) : undefined;
    if (kind) {
      const t = tokens[k];
      let w = t.text;
      if (kind === 'word') w = (folded ??= foldedTokens(tokens))[k];
      keep({ start: t.start, end: t.end, text: t.text, w, kind });
    } else {
      tokenizeRange(text, from, tokens[last].end).forEach(keep);
    }
    at = tokens[last].end;
    k = last + 1;
  }
  if (at < span.end) tokenizeGap(at, span.end);
  return out;
}

/**
 * Whether a date token may run on from token a into the touching token b: letters, apostrophes or digits on
 * both sides of the seam (`п` + `` ` `` + `ять` is one date word; a lone combining mark is an article symbol but a
 * date letter). Errs towards yes: joined tokens are only read again.
 */
function joined(text: string, a: Token, b: Token): boolean {
  if (a.end !== b.start) return false;
  const before = a.end - 1;
  return joins(text, before > a.start && isLowSurrogate(text.charCodeAt(before)) ? before - 1 : before) && joins(text, b.start);
}

function joins(text: string, i: number): boolean {
  const cls = classAt(text, i);
  return cls === LETTER || cls === DIGIT || APOSTROPHES.includes(text[i]);
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * The date token's kind when the article token is one date token as it stands: a word of letters and inner
 * apostrophes only (the article's word needs a letter after an apostrophe, as the date word does), a run of ASCII
 * digits, or one punctuation mark or symbol that is no letter. Undefined otherwise (and for any surrogate pair,
 * which the date tokenizer classifies itself).
 */
function sameKind(t: Token): DateToken['kind'] | undefined {
  const s = t.text;
  if (t.kind === 'word') {
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      // Below U+0660 (the first digit past ASCII) an article word holds only letters, marks, the ASCII apostrophe and
      // the three characters tested here; Latin and Cyrillic words never need the class table.
      if (code < 0x660) {
        if ((code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0xad) return undefined;
      } else if (isSurrogate(code) || (classAt(s, i) !== LETTER && !APOSTROPHES.includes(s[i]))) return undefined;
    }
    return 'word';
  }
  if (t.kind === 'number') {
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code < 0x30 || code > 0x39) return undefined;
    }
    return 'number';
  }
  return s.length === 1 && !isSurrogate(s.charCodeAt(0)) && classAt(s, 0) !== LETTER ? 'punct' : undefined;
}
