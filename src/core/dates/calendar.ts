// Calendar arithmetic on ISO date strings (YYYY-MM-DD), in UTC so no time zone can shift a day.

const DAY_MS = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Parses YYYY-MM-DD (a real calendar day); undefined otherwise. */
export function parseIsoDay(iso: string | undefined): Ymd | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

/** Days since 1970-01-01. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isoDayNumber(iso: string): number | undefined {
  const ymd = parseIsoDay(iso);
  return ymd && dayNumber(ymd.year, ymd.month, ymd.day);
}

export function addDays(iso: string, days: number): string | undefined {
  const n = isoDayNumber(iso);
  return n === undefined ? undefined : fromDayNumber(n + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

/** The year that puts day.month nearest to the reference day (28 декабря in 2026-01-03 → 2025). */
export function nearestYear(month: number, day: number, reference: Ymd): number | undefined {
  const ref = dayNumber(reference.year, reference.month, reference.day);
  let best: number | undefined;
  let bestDistance = Infinity;
  for (const year of [reference.year, reference.year - 1, reference.year + 1]) {
    if (!isCalendarDate(year, month, day)) continue;
    const distance = Math.abs(dayNumber(year, month, day) - ref);
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

/** The year that puts the month nearest to the reference month (`с ноября` in January → last year). */
export function nearestYearOfMonth(month: number, reference: Ymd): number {
  const ref = reference.year * 12 + reference.month - 1;
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year, reference.year - 1, reference.year + 1]) {
    const distance = Math.abs(year * 12 + month - 1 - ref);
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

/** The given weekday nearest to the reference (ties go to the past); -1 strictly before, +1 strictly after. */
export function nearestWeekday(target: number, reference: Ymd, direction: -1 | 0 | 1): string {
  const ref = dayNumber(reference.year, reference.month, reference.day);
  const refWeekday = weekday(reference.year, reference.month, reference.day);
  const forward = (target - refWeekday + 7) % 7; // 0..6
  const backward = forward === 0 ? 0 : forward - 7; // -6..0
  let offset: number;
  if (direction === -1) offset = backward === 0 ? -7 : backward;
  else if (direction === 1) offset = forward === 0 ? 7 : forward;
  else offset = forward <= -backward ? forward : backward;
  return fromDayNumber(ref + offset);
}

/** Monday of the ISO week holding the day. */
export function mondayOf(reference: Ymd): number {
  const n = dayNumber(reference.year, reference.month, reference.day);
  return n - ((weekday(reference.year, reference.month, reference.day) + 6) % 7);
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + month - 1 + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
