// Things dated by a span (a DATE mention, an event), found by a day, month or year without looking at every one:
// a hover on a date asks which events and mentions concern its day, and the corpus has hundreds of thousands.
import { fromDayNumber, isoDayNumber } from '../dates/calendar';
import { ListMap } from '../util/listMap';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A month or a year: queries for these find what starts in them. */
const ISO_MONTH_OR_YEAR = /^\d{4}(-\d{2})?$/;
/** A span of more days is not listed under each of them but looked at on every day's query (there are few). */
const MAX_LISTED_DAYS = 400;

/**
 * Whether something dated [start, end] concerns `value`: for a day, the span covers the day (only spans given
 * to the day count); for a month or year, the span starts in it.
 */
export function coversDate(start: string, end: string | undefined, value: string): boolean {
  if (ISO_DAY.test(value)) return ISO_DAY.test(start) && start <= value && value <= (end && ISO_DAY.test(end) ? end : start);
  return start.startsWith(value);
}

interface Dated<T> {
  item: T;
  start: string;
  end: string | undefined;
}

export class DateCover<T> {
  private readonly dated: Dated<T>[] = [];
  /** Numbers into `dated` under each real day a span covers. */
  private readonly byDay = new ListMap<string, number>();
  /** Numbers into `dated` under the year and month a span starts in. */
  private readonly byStart = new ListMap<string, number>();
  /** Spans given to days that are not listed by day (too long, or not real calendar days). */
  private readonly unlisted: number[] = [];

  add(item: T, start: string, end: string | undefined): void {
    const n = this.dated.push({ item, start, end }) - 1;
    for (const length of [4, 7]) if (start.length >= length) this.byStart.add(start.slice(0, length), n);
    if (!ISO_DAY.test(start)) return;
    const first = isoDayNumber(start);
    const last = isoDayNumber(end && ISO_DAY.test(end) ? end : start);
    if (first === undefined || last === undefined || last - first > MAX_LISTED_DAYS) this.unlisted.push(n);
    else for (let day = first; day <= last; day++) this.byDay.add(fromDayNumber(day), n);
  }

  /**
   * The values (years, months and days) that the most things concern, at least `atLeast` each, the most first, at
   * most `limit`: those whose queries cost the most. A day counts the spans listed under it.
   */
  busiest(limit: number, atLeast: number): string[] {
    return [...this.byStart, ...this.byDay]
      .filter(([, numbers]) => numbers.length >= atLeast)
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, limit)
      .map(([value]) => value);
  }

  /** What concerns `value` (see coversDate), in the order added. */
  covering(value: string): T[] {
    let numbers: readonly number[];
    if (ISO_DAY.test(value) && isoDayNumber(value) !== undefined) {
      const listed = this.byDay.get(value) ?? [];
      const more = this.unlisted.filter((n) => this.covers(n, value));
      numbers = more.length === 0 ? listed : [...listed, ...more].sort((a, b) => a - b);
    } else if (ISO_MONTH_OR_YEAR.test(value)) {
      numbers = this.byStart.get(value) ?? [];
    } else {
      return this.dated.filter((d) => coversDate(d.start, d.end, value)).map((d) => d.item);
    }
    return numbers.map((n) => this.dated[n].item);
  }

  private covers(n: number, value: string): boolean {
    const { start, end } = this.dated[n];
    return coversDate(start, end, value);
  }
}
