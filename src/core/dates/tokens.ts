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

const TOKEN = /[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*|[0-9]+|[^\s\p{L}\p{M}0-9]/gu;

export function tokenizeRange(text: string, start: number, end: number): DateToken[] {
  const tokens: DateToken[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const first = t.charCodeAt(0);
    const kind = first >= 0x30 && first <= 0x39 ? 'number' : /[\p{L}\p{M}]/u.test(t[0]) ? 'word' : 'punct';
    tokens.push({ start: start + m.index, end: start + m.index + t.length, text: t, w: kind === 'word' ? foldWord(t) : t, kind });
  }
  return tokens;
}

export function isUpper(token: DateToken | undefined): boolean {
  return !!token && token.kind === 'word' && token.text[0] !== token.text[0].toLowerCase();
}
