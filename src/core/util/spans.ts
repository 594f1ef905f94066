// Searches over spans sorted by start, shared by the stages that settle overlaps (extract/overlaps.ts), the
// model stage that fills only the gaps the rules leave (model/stage.ts), and those that find a token by its start.
import type { Span } from '../types';

/** Index of the first span starting at or after `end`, by binary search over spans sorted by start. */
export function firstStartingFrom(spans: readonly Span[], end: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span starting exactly at `start` in spans sorted by start (tokens), or undefined: no map of every token needed. */
export function indexStartingAt(spans: readonly Span[], start: number): number | undefined {
  const k = firstStartingFrom(spans, start);
  return spans[k]?.start === start ? k : undefined;
}

/** The stretches of text the spans cover, sorted and disjoint (a person may sit inside an organization's name). */
export function disjointUnion(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Does a span overlap any span of a sorted, disjoint list? Only the last one starting before its end can. */
export function overlapsDisjoint(sorted: readonly Span[], span: Span): boolean {
  const k = firstStartingFrom(sorted, span.end);
  return k > 0 && sorted[k - 1].end > span.start;
}
