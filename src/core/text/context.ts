// Where a span sits in its text, for people: line and column, and a
// keyword-in-context line (a few words either side) for lists of mentions.
import type { Span } from '../types';

export interface Position {
  /** 0-based, like the editor's. */
  line: number;
  character: number;
}

/** Where each line of a text starts: for many positions in one text, found once. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line holding an offset, by binary search over the text's line starts. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** positionAt for a text whose line starts are known. */
export function positionIn(lineStarts: readonly number[], offset: number): Position {
  const line = lineAt(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

export interface Kwic {
  left: string;
  match: string;
  right: string;
}

/** The span with up to `words` words either side, never crossing a line break. */
export function keywordInContext(text: string, span: Span, words = 6): Kwic {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEndAt = text.indexOf('\n', span.end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const leftWords = text.slice(lineStart, span.start).split(/\s+/).filter(Boolean);
  const rightWords = text.slice(span.end, lineEnd).split(/\s+/).filter(Boolean);
  const left = leftWords.slice(-words).join(' ');
  const right = rightWords.slice(0, words).join(' ');
  const leftSpace = /\s$/.test(text.slice(lineStart, span.start)) ? ' ' : '';
  const rightSpace = /^\s/.test(text.slice(span.end, lineEnd)) ? ' ' : '';
  return {
    left: (leftWords.length > words ? '… ' : '') + left + (left ? leftSpace : ''),
    match: text.slice(span.start, span.end),
    right: (right ? rightSpace : '') + right + (rightWords.length > words ? ' …' : ''),
  };
}
