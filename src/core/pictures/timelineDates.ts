// The Timeline's dates as its reader writes them, in the editor's language (which the extension sends the page):
// «июн. 2018 г.», "Jun 18, 2018", «18–24 июн. 2018 г.». Messages keep ISO keys and days; only what the page shows
// is formatted, by Intl.DateTimeFormat (in every browser the editor runs in, and in Node for the tests).
import type { TimelineZoom } from './timeline';

export interface TimelineDateFormat {
  /** An axis label, short: a month and its year, or a day (a week is labelled by its Monday). */
  axis(zoom: TimelineZoom, start: string): string;
  /** A bucket as a sentence names it: a month in full, a week from its first to its last day, or a day. */
  bucket(zoom: TimelineZoom, start: string, end: string): string;
  /** The days from start to end (ISO); one day when they are the same. */
  range(start: string, end: string): string;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const SHORT_MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };
const LONG_MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** A formatter for the language; the runtime's own language when the tag is malformed (Intl refuses it). */
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Days are calendar days, not instants: formatted in UTC, as they are made (below), they never shift by a zone.
  const utc = { ...options, timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, utc);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return new Intl.DateTimeFormat(undefined, utc);
  }
}

const utcDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The formats for a language tag (vscode.env.language: en, ru, uk, zh-cn…). */
export function timelineDates(locale: string | undefined): TimelineDateFormat {
  const [day, shortMonth, longMonth] = [DAY, SHORT_MONTH, LONG_MONTH].map((options) => formatter(locale, options));
  const range = (start: string, end: string): string => (start === end ? day.format(utcDay(start)) : day.formatRange(utcDay(start), utcDay(end)));
  return {
    axis: (zoom, start) => (zoom === 'month' ? shortMonth : day).format(utcDay(start)),
    bucket: (zoom, start, end) => (zoom === 'month' ? longMonth.format(utcDay(start)) : range(start, end)),
    range,
  };
}
