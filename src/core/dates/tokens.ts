// The date grammar's own small tokenizer: words (with inner apostrophes and hyphens
// kept apart), digit runs and single punctuation marks, with UTF-16 offsets.

import { foldWord } from './lexicon';

export interface DateToken {
  start: number;
  end: number;
  text: string;
  /** Folded for look-up (lowercase, ё → е, one apostrophe). */
  w: string;
  kind: 'word' | 'number' | 'punct';
}

// The groups tell the kind, so no second test runs per token.
const TOKEN = /([\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*)|([0-9]+)|[^\s\p{L}\p{M}0-9]/gu;

export function tokenizeRange(text: string, start: number, end: number): DateToken[] {
  const tokens: DateToken[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const t = m[0];
    if (m.index + t.length > end) break;
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct';
    tokens.push({ start: m.index, end: m.index + t.length, text: t, w: kind === 'word' ? foldWord(t) : t, kind });
  }
  return tokens;
}

export function isUpper(token: DateToken | undefined): boolean {
  return !!token && token.kind === 'word' && token.text[0] !== token.text[0].toLowerCase();
}
