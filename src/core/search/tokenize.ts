// Words of a text for search: letters, digits, apostrophes and hyphens inside a
// word (Нью-Йорк, м'ясо), each with its exact span, and the folded form every
// comparison uses (lowercase, ё → е, apostrophes dropped).
import type { Span } from '../types';

export interface Word extends Span {
  /** Lowercase, ё → е, apostrophes removed. */
  folded: string;
  /** The surface starts with an uppercase letter. */
  capitalized: boolean;
}

const WORD = /[\p{L}\p{N}'’ʼ-]+/gu;
const APOSTROPHES = /['’ʼ]/g;
const UPPER = /\p{Lu}/u;

const isEdge = (c: string): boolean => c === '-' || c === "'" || c === '’' || c === 'ʼ';

export function fold(word: string): string {
  const lower = word.toLowerCase();
  return /[ё'’ʼ]/.test(lower) ? lower.replace(/ё/g, 'е').replace(APOSTROPHES, '') : lower;
}

/** Every word of text[from, to), hyphens and apostrophes at its edges trimmed. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = from;
  for (let match = re.exec(text); match && match.index < to; match = re.exec(text)) {
    let start = match.index;
    let end = Math.min(start + match[0].length, to);
    while (start < end && isEdge(text[start])) start++;
    while (end > start && isEdge(text[end - 1])) end--;
    if (start === end) continue;
    const surface = text.slice(start, end);
    out.push({ start, end, folded: fold(surface), capitalized: UPPER.test(surface[0]) });
  }
  return out;
}
