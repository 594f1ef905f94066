// The date grammar: finds date expressions in a run of tokens and says what they
// denote, before any reference date is known. Spans follow the gold convention:
// the date's own words only — `во [вторник]`, `с [ноября]`, `вечером [6 января]`,
// `[7 января 2026 года]` — with the preposition and the part of the day left out.
// One left-to-right pass; every rule looks at most a few tokens around.

import {
  AMBIGUOUS_BARE_MONTHS,
  BEFORE_BARE_MONTH,
  BEFORE_WEEKDAY,
  DASHES,
  DAY_BEFORE,
  DAY_LIST_JOINERS,
  LAST_NIGHT_ADJECTIVES,
  LAST_YEAR_WORDS,
  MONTHS,
  NIGHT_NOUNS,
  PARTS_OF_DAY,
  PERIOD_ADJECTIVES,
  PERIOD_NOUNS,
  RANGE_CLOSERS,
  RANGE_OPENERS,
  RELATIVE_DAYS,
  WEEKDAYS_ALONE,
  WEEKDAYS_ANY,
  WEEKDAY_MODIFIERS,
  YEAR_ABBREVIATIONS,
  YEAR_WORDS,
  type PartOfDay,
  type PeriodUnit,
} from './lexicon';
import { type DateToken, isUpper } from './tokens';
import { indexStartingAt } from '../util/spans';

export interface DayMonth {
  day: number;
  month: number;
  /** Said in the text. */
  year?: number;
  /** `прошлого года`, `наступного року`: the year relative to the reference date's. */
  yearOffset?: number;
}

export type RawDate = { start: number; end: number; partOfDay?: PartOfDay } & (
  | {
      kind: 'day';
      date: DayMonth;
      /** The last day of a range (`6–7 января`, `с 6 по 7 января`). */
      last?: DayMonth;
      /** A weekday said beside the date (`в среду, 7 января`), 0 = Sunday. */
      weekday?: number;
      /** Written as numbers (`07.01.2026`, `2026-01-07`). */
      numeric?: boolean;
    }
  | { kind: 'month'; month: number; year?: number; yearOffset?: number }
  | { kind: 'year'; year: number; lastYear?: number }
  | { kind: 'relative'; offset: number }
  | { kind: 'period'; unit: PeriodUnit; offset: number }
  | { kind: 'weekday'; weekday: number; direction: -1 | 0 | 1 }
);

const YEAR_RANGE_WORDS = new Set([...'годы годах годов годами роки роках років роками'.split(' '), ...YEAR_WORDS]);
const ORDINAL_SUFFIXES = new Set(['го', 'е', 'м', 'ого']);
const NIGHT_WORDS = new Set(['ночь', 'ніч']);
const IN = new Set(['в', 'во', 'у']);

function num(t: DateToken | undefined, maxDigits: number, min: number, max: number): number | undefined {
  if (!t || t.kind !== 'number' || t.text.length > maxDigits) return undefined;
  const n = Number(t.text);
  return n >= min && n <= max ? n : undefined;
}

const touching = (a: DateToken | undefined, b: DateToken | undefined): boolean => !!a && !!b && a.end === b.start;
const isWord = (t: DateToken | undefined, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean =>
  !!t && t.kind === 'word' && set.has(t.w);

/** A 4-digit year 1900–2100. */
const yearAt = (t: DateToken | undefined): number | undefined =>
  t && t.text.length === 4 ? num(t, 4, 1900, 2100) : undefined;

/**
 * Past-tense verb forms the `накануне` rule must not read as genitive nouns.
 * `накануне сообщили` is "the day before they reported".
 */
const PAST_VERB = /(?:[аеиоуыяю]л[аио]?(?:сь|ся)?|[аеиоуяі]в(?:ся)?)$/;
const GENITIVE_LOWER = /(?:[аяыиіїую]|ов|ев|ей|ів|ого|его|ой|ої|их|ых)$/;
const GENITIVE_CAPITAL = /(?:ого|его|ої|ой)$|^(?:рождества|пасхи|різдва|великодня|нового)$/;

/** `накануне встречи` (a preposition) rather than `накануне он заявил` (the day before). */
function isPrepositionalDayBefore(next: DateToken | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  if (PARTS_OF_DAY.has(next.w) || PAST_VERB.test(next.w)) return false;
  return isUpper(next) ? GENITIVE_CAPITAL.test(next.w) : GENITIVE_LOWER.test(next.w);
}

/** Index after a year word following tokens[i - 1] (`года`, `г.`), or i when there is none. */
function afterYearWord(tokens: DateToken[], i: number, words: ReadonlySet<string> = YEAR_WORDS): number {
  const t = tokens[i];
  if (!isWord(t, words)) return i;
  if (YEAR_ABBREVIATIONS.has(t.w)) {
    // `2020 г.`, or `2020 г .` as pre-tokenized text writes it.
    if (tokens[i + 1]?.text === '.' && (touching(t, tokens[i + 1]) || tokens[i + 1].start === t.end + 1)) return i + 2;
    // `2026 г` without a dot only when no word letter follows it directly.
    return i + 1;
  }
  return i + 1;
}

/** `прошлого года`, `цього року` at i: the year offset. */
function relativeYearAt(tokens: DateToken[], i: number): number | undefined {
  if (!isWord(tokens[i], PERIOD_ADJECTIVES) || !isWord(tokens[i + 1], PERIOD_NOUNS)) return undefined;
  return PERIOD_NOUNS.get(tokens[i + 1].w) === 'year' ? PERIOD_ADJECTIVES.get(tokens[i].w) : undefined;
}

/** A part of the day one word before tokens[i] (`вечером 6 января`), or `в ночь на`. */
function partBefore(tokens: DateToken[], i: number): PartOfDay | undefined {
  const prev = tokens[i - 1];
  if (isWord(prev, PARTS_OF_DAY)) return PARTS_OF_DAY.get(prev.w);
  if (prev?.text === ',' && isWord(tokens[i - 2], PARTS_OF_DAY) && isWord(tokens[i - 3], WEEKDAYS_ANY)) return PARTS_OF_DAY.get(tokens[i - 2].w);
  if (prev?.w === 'на' && isWord(tokens[i - 2], NIGHT_WORDS)) return 'night';
  return undefined;
}

const partAfter = (tokens: DateToken[], i: number): PartOfDay | undefined =>
  isWord(tokens[i], PARTS_OF_DAY) ? PARTS_OF_DAY.get(tokens[i].w) : undefined;

/** A day number 1–31 at i, with an optional `-го` ending; returns the index after it. */
function dayAt(tokens: DateToken[], i: number): { day: number; next: number } | undefined {
  const day = num(tokens[i], 2, 1, 31);
  if (day === undefined) return undefined;
  // Not part of a larger number (`1.5`, `12,7`, `3-4%`).
  const prev = tokens[i - 1];
  if (touching(prev, tokens[i]) && (prev.text === '.' || prev.text === ',' || prev.kind === 'number')) return undefined;
  let next = i + 1;
  if (touching(tokens[i], tokens[next]) && tokens[next].text === '-' && touching(tokens[next], tokens[next + 1]) && isWord(tokens[next + 1], ORDINAL_SUFFIXES)) {
    next += 2;
  }
  return { day, next };
}

/** `2026-01-07` at i. */
function isoAt(tokens: DateToken[], i: number): RawDate | undefined {
  const [y, d1, m, d2, d] = tokens.slice(i, i + 5);
  const year = yearAt(y);
  if (year === undefined || y.text.length !== 4) return undefined;
  if (!(touching(y, d1) && touching(d1, m) && touching(m, d2) && touching(d2, d))) return undefined;
  if (d1.text !== '-' || d2.text !== '-' || m.text.length !== 2 || d.text.length !== 2) return undefined;
  const month = num(m, 2, 1, 12);
  const day = num(d, 2, 1, 31);
  if (month === undefined || day === undefined) return undefined;
  if (touching(d, tokens[i + 5]) && tokens[i + 5].kind !== 'punct') return undefined;
  return { kind: 'day', start: y.start, end: d.end, date: { day, month, year }, numeric: true };
}

/** `07.01.2026`, `7.1.26` at i, with an optional year word. */
function dottedAt(tokens: DateToken[], i: number): { date: RawDate; next: number } | undefined {
  const [d, p1, m, p2, y] = tokens.slice(i, i + 5);
  const day = num(d, 2, 1, 31);
  const month = num(m, 2, 1, 12);
  if (day === undefined || month === undefined || !y || y.kind !== 'number') return undefined;
  if (!(touching(d, p1) && touching(p1, m) && touching(m, p2) && touching(p2, y))) return undefined;
  if (p1.text !== '.' || p2.text !== '.' || p1.text !== p2.text) return undefined;
  const prev = tokens[i - 1];
  if (touching(prev, d) && (prev.kind === 'number' || prev.text === '.')) return undefined;
  const after = tokens[i + 5];
  if (touching(y, after) && (after.kind !== 'punct' || (after.text === '.' && tokens[i + 6]?.kind === 'number'))) return undefined;
  let year: number;
  if (y.text.length === 4) year = Number(y.text);
  else if (y.text.length === 2) year = 2000 + Number(y.text);
  else return undefined;
  const next = afterYearWord(tokens, i + 5);
  return { date: { kind: 'day', start: d.start, end: tokens[next - 1].end, date: { day, month, year }, numeric: true }, next };
}

/** A weekday said just before tokens[i] (`в среду, 7 января`, `Среда, 7 января`). */
function weekdayBefore(tokens: DateToken[], i: number): number | undefined {
  let j = i - 1;
  if (tokens[j]?.text === ',') j--;
  if (isWord(tokens[j], PARTS_OF_DAY)) j--;
  return isWord(tokens[j], WEEKDAYS_ANY) ? WEEKDAYS_ANY.get(tokens[j].w) : undefined;
}

/** A weekday said just after (`7 января, в среду`); returns it and the index after it. */
function weekdayAfter(tokens: DateToken[], i: number): { weekday: number; next: number } | undefined {
  let j = i;
  if (tokens[j]?.text === '(' || tokens[j]?.text === ',') j++;
  if (isWord(tokens[j], IN)) j++;
  if (!isWord(tokens[j], WEEKDAYS_ANY)) return undefined;
  const weekday = WEEKDAYS_ANY.get(tokens[j].w) as number;
  return { weekday, next: j + 1 };
}

/** Day-month expressions from a day number at i: one date, a range, or a list of days. */
function dayMonthAt(tokens: DateToken[], i: number): { dates: RawDate[]; next: number } | undefined {
  const first = dayAt(tokens, i);
  if (!first) return undefined;
  const days: { day: number; start: number; end: number }[] = [{ day: first.day, start: tokens[i].start, end: tokens[first.next - 1].end }];
  let j = first.next;
  let range = false;
  for (;;) {
    const t = tokens[j];
    if (!t) break;
    const isDash = DASHES.has(t.text);
    const isCloser = days.length === 1 && isWord(t, RANGE_CLOSERS) && isWord(tokens[i - 1], RANGE_OPENERS);
    const isJoiner = !range && (DAY_LIST_JOINERS.has(t.w) || DAY_LIST_JOINERS.has(t.text));
    if (!isDash && !isCloser && !isJoiner) break;
    if ((isDash || isCloser) && days.length > 1) break;
    const d = dayAt(tokens, j + 1);
    if (!d) break;
    days.push({ day: d.day, start: tokens[j + 1].start, end: tokens[d.next - 1].end });
    j = d.next;
    if (isDash || isCloser) {
      range = true;
      break;
    }
  }
  const monthToken = tokens[j];
  if (!isWord(monthToken, MONTHS)) return undefined;
  const month = MONTHS.get(monthToken.w) as number;
  let next = j + 1;
  let end = monthToken.end;
  const year = yearAt(tokens[next]);
  if (year !== undefined && !touching(tokens[next], tokens[next + 1])) {
    next = afterYearWord(tokens, next + 1);
    end = tokens[next - 1].end;
  } else if (year !== undefined && touching(tokens[next], tokens[next + 1]) && tokens[next + 1].kind === 'punct') {
    next = afterYearWord(tokens, next + 1);
    end = tokens[next - 1].end;
  }
  const yearOffset = year === undefined ? relativeYearAt(tokens, next) : undefined;
  if (yearOffset !== undefined) {
    end = tokens[next + 1].end;
    next += 2;
  }
  const yearOf = year !== undefined ? { year } : yearOffset !== undefined ? { yearOffset } : {};
  const before = partBefore(tokens, i);
  const after = partAfter(tokens, next);
  const saidBefore = weekdayBefore(tokens, i);
  const saidAfter = weekdayAfter(tokens, next);

  if (range) {
    const date: RawDate = {
      kind: 'day',
      start: days[0].start,
      end,
      date: { day: days[0].day, month, ...yearOf },
      last: { day: days[1].day, month, ...yearOf },
    };
    if (saidBefore !== undefined) date.weekday = saidBefore;
    const part = before ?? after;
    if (part) date.partOfDay = part;
    return { dates: [date], next: after ? next + 1 : next };
  }
  const dates: RawDate[] = days.map((d, k) => {
    const last = k === days.length - 1;
    const date: RawDate = { kind: 'day', start: d.start, end: last ? end : d.end, date: { day: d.day, month, ...yearOf } };
    if (k === 0 && saidBefore !== undefined) date.weekday = saidBefore;
    if (last && days.length === 1 && saidBefore === undefined && saidAfter) date.weekday = saidAfter.weekday;
    if (k === 0 && before) date.partOfDay = before;
    if (last && after) date.partOfDay = after;
    return date;
  });
  let consumed = after ? next + 1 : next;
  if (saidAfter && days.length === 1 && saidBefore === undefined) consumed = saidAfter.next;
  return { dates, next: consumed };
}

/** `декабре 2025 года`, `с ноября`, `у грудні`: a month without a day. */
function monthAt(tokens: DateToken[], i: number): { date: RawDate; next: number } | undefined {
  const t = tokens[i];
  if (!isWord(t, MONTHS)) return undefined;
  const month = MONTHS.get(t.w) as number;
  const year = yearAt(tokens[i + 1]);
  if (year !== undefined) {
    const next = afterYearWord(tokens, i + 2);
    return { date: { kind: 'month', start: t.start, end: tokens[next - 1].end, month, year }, next };
  }
  const yearOffset = relativeYearAt(tokens, i + 1);
  if (yearOffset !== undefined) {
    return { date: { kind: 'month', start: t.start, end: tokens[i + 2].end, month, yearOffset }, next: i + 3 };
  }
  if (AMBIGUOUS_BARE_MONTHS.has(t.w) || !isWord(tokens[i - 1], BEFORE_BARE_MONTH)) return undefined;
  // A capitalized month after a preposition is a name (`с Мартой` aside, `у Серпня`); keep sentence starts.
  if (isUpper(t) && tokens[i - 1] && !isUpper(tokens[i - 1])) return undefined;
  return { date: { kind: 'month', start: t.start, end: t.end, month }, next: i + 1 };
}

/** `2025 году`, `2024–2025 годах`: a year needs its word. */
function yearRangeAt(tokens: DateToken[], i: number): { date: RawDate; next: number } | undefined {
  const year = yearAt(tokens[i]);
  if (year === undefined) return undefined;
  const prev = tokens[i - 1];
  if (touching(prev, tokens[i]) && (prev.kind === 'number' || prev.text === '.' || prev.text === ',')) return undefined;
  if (DASHES.has(tokens[i + 1]?.text ?? '')) {
    const lastYear = yearAt(tokens[i + 2]);
    if (lastYear !== undefined && lastYear > year) {
      const next = afterYearWord(tokens, i + 3, YEAR_RANGE_WORDS);
      if (next > i + 3) return { date: { kind: 'year', start: tokens[i].start, end: tokens[next - 1].end, year, lastYear }, next };
    }
  }
  const next = afterYearWord(tokens, i + 1);
  if (next === i + 1) return undefined;
  // `2026 г` must be `г` alone, not the first letter of a word: the tokenizer keeps words whole, so it is.
  return { date: { kind: 'year', start: tokens[i].start, end: tokens[next - 1].end, year }, next };
}

/** `во вторник`, `в прошлую пятницу`, `до понеділка`. */
function weekdayAt(tokens: DateToken[], i: number): { date: RawDate; next: number } | undefined {
  let j = i;
  let direction: -1 | 0 | 1 = 0;
  if (isWord(tokens[j], WEEKDAY_MODIFIERS) && isWord(tokens[j + 1], WEEKDAYS_ALONE)) {
    direction = WEEKDAY_MODIFIERS.get(tokens[j].w) as -1 | 0 | 1;
    j++;
  } else if (!isWord(tokens[j], WEEKDAYS_ALONE)) return undefined;
  if (!isWord(tokens[i - 1], BEFORE_WEEKDAY)) return undefined;
  // `в среду, 7 января`: the date carries the weekday.
  let k = j + 1;
  if (isWord(tokens[k], PARTS_OF_DAY)) k++;
  if (tokens[k]?.text === ',') k++;
  if (dayAt(tokens, k) && isWord(tokens[(dayAt(tokens, k) as { next: number }).next], MONTHS)) return undefined;
  const date: RawDate = { kind: 'weekday', start: tokens[i].start, end: tokens[j].end, weekday: WEEKDAYS_ALONE.get(tokens[j].w) as number, direction };
  const before = tokens[i - 1]?.w === 'на' && isWord(tokens[i - 2], NIGHT_WORDS) ? 'night' : partBefore(tokens, i - 1);
  const after = partAfter(tokens, j + 1);
  if (before ?? after) date.partOfDay = before ?? after;
  return { date, next: after ? j + 2 : j + 1 };
}

/** `сегодня`, `вчора ввечері`, `накануне`, `минувшей ночью`. */
function relativeAt(tokens: DateToken[], i: number): { date: RawDate; next: number } | undefined {
  const t = tokens[i];
  if (t.kind !== 'word') return undefined;
  if (LAST_NIGHT_ADJECTIVES.has(t.w) && isWord(tokens[i + 1], NIGHT_NOUNS)) {
    return { date: { kind: 'relative', start: t.start, end: tokens[i + 1].end, offset: 0, partOfDay: 'night' }, next: i + 2 };
  }
  // Most words are no day word at all: they need none of the tests below.
  if (!RELATIVE_DAYS.has(t.w) && !DAY_BEFORE.has(t.w)) return undefined;
  // A title, not a date: «Россия сегодня», издание "Сегодня".
  const closer = tokens[i + 1];
  // Pre-tokenized text spaces the closing quote out: « Россия сегодня ».
  const closes = (touching(t, closer) && /^[»"”“']$/.test(closer.text)) || (closer?.start === t.end + 1 && (/^[»”]$/.test(closer.text) || (closer.text === '"' && tokens[i - 1]?.text === '"')));
  if (closes && (isUpper(t) || isUpper(tokens[i - 1]))) return undefined;
  let offset = RELATIVE_DAYS.get(t.w);
  if (offset === undefined && DAY_BEFORE.has(t.w) && !isPrepositionalDayBefore(tokens[i + 1])) offset = -1;
  if (offset === undefined) return undefined;
  const date: RawDate = { kind: 'relative', start: t.start, end: t.end, offset };
  const part = partAfter(tokens, i + 1) ?? partBefore(tokens, i);
  if (part) date.partOfDay = part;
  return { date, next: partAfter(tokens, i + 1) ? i + 2 : i + 1 };
}

/** `прошлой неделе`, `минулого тижня`, `этом году`, `торік`. */
function periodAt(tokens: DateToken[], i: number): { date: RawDate; next: number } | undefined {
  const t = tokens[i];
  if (isWord(t, LAST_YEAR_WORDS)) return { date: { kind: 'period', start: t.start, end: t.end, unit: 'year', offset: -1 }, next: i + 1 };
  if (!isWord(t, PERIOD_ADJECTIVES) || !isWord(tokens[i + 1], PERIOD_NOUNS)) return undefined;
  const unit = PERIOD_NOUNS.get(tokens[i + 1].w) as PeriodUnit;
  return { date: { kind: 'period', start: t.start, end: tokens[i + 1].end, unit, offset: PERIOD_ADJECTIVES.get(t.w) as number }, next: i + 2 };
}

/** Every word the word matchers below start at: most words are none, and one look-up spares their eight. */
const STARTS_A_DATE: ReadonlySet<string> = new Set([
  ...WEEKDAY_MODIFIERS.keys(),
  ...WEEKDAYS_ALONE.keys(),
  ...LAST_NIGHT_ADJECTIVES,
  ...RELATIVE_DAYS.keys(),
  ...DAY_BEFORE,
  ...LAST_YEAR_WORDS,
  ...PERIOD_ADJECTIVES.keys(),
  ...MONTHS.keys(),
]);

/** Every date expression among the tokens (one paragraph or line), in order. */
export function scanDates(tokens: DateToken[]): RawDate[] {
  const found: RawDate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'number') {
      const iso = isoAt(tokens, i);
      if (iso) {
        found.push(iso);
        i += 5;
        continue;
      }
      const dotted = dottedAt(tokens, i);
      if (dotted) {
        found.push(dotted.date);
        i = dotted.next;
        continue;
      }
      const dayMonth = dayMonthAt(tokens, i);
      if (dayMonth) {
        found.push(...dayMonth.dates);
        i = dayMonth.next;
        continue;
      }
      const year = yearRangeAt(tokens, i);
      if (year) {
        found.push(year.date);
        i = year.next;
        continue;
      }
      // Skip the rest of a number run (`1 000 000`, `12.5`).
      i++;
      continue;
    }
    if (t.kind === 'word' && STARTS_A_DATE.has(t.w)) {
      const match = weekdayAt(tokens, i) ?? relativeAt(tokens, i) ?? periodAt(tokens, i) ?? monthAt(tokens, i);
      if (match) {
        found.push(match.date);
        i = match.next;
        continue;
      }
    }
    i++;
  }
  borrowYears(tokens, found);
  return found;
}

/**
 * `с 21 сентября по 13 октября 2006 года`, `30 декабря и 2 января 2021 года`: a date
 * without a year takes the year of the date that closes its range or list (a December
 * day before a January one of the next year takes the year before).
 */
function borrowYears(tokens: DateToken[], found: RawDate[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k];
    const b = found[k + 1];
    if (a.kind !== 'day' || b.kind !== 'day' || a.date.year !== undefined || a.date.yearOffset !== undefined) continue;
    const year = b.date.year;
    if (year === undefined || b.numeric) continue;
    const from = indexStartingAt(tokens, b.start);
    if (from === undefined) continue;
    const between = tokens.slice(from - 2, from).filter((t) => t.start >= a.end);
    if (!between.length || !between.every((t) => RANGE_CLOSERS.has(t.w) || DASHES.has(t.text) || DAY_LIST_JOINERS.has(t.w) || DAY_LIST_JOINERS.has(t.text))) continue;
    a.date = { ...a.date, year: a.date.month > b.date.month ? year - 1 : year };
    if (a.last) a.last = { ...a.last, year: a.date.year };
  }
}
