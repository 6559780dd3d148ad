/**
 * Calendar dates with a precision. Invariants: all times are UTC milliseconds;
 * no function here reads the local time zone; years 0–99 and negative years
 * (astronomical numbering, 0 = 1 BCE) are exact.
 */

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: Precision;
}

const DATE_PATTERN = /^(-?\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/** UTC ms of a calendar day. `Date.UTC` maps years 0–99 to 1900–1999, so set those apart. */
export function utcMs(year: number, monthIndex = 0, day = 1): number {
  // Any other year means itself to Date.UTC, which allocates nothing: this runs per date.
  if (year >= 100 || year <= -1) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Years every month of which a Date can hold (it spans -271821 to 275760). */
const SAFE_YEARS = 270_000;

export function daysInMonth(year: number, month: number): number {
  // The Gregorian rule directly, rather than a Date per call: every day-precise date of a
  // dataset asks. Outside those years and months, as a Date counts (or NaN past its range).
  const usual = Number.isInteger(year) && Math.abs(year) <= SAFE_YEARS && Number.isInteger(month);
  if (usual && month >= 1 && month <= 12) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  }
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/**
 * The date a string names, or why it names none. One pass serves both `dateProblem` and
 * `parseDate`: loading checks and reads every date of every event.
 */
function readDate(text: unknown): CalendarDate | string {
  if (typeof text !== 'string') return 'is not a date string';
  const match = DATE_PATTERN.exec(text);
  if (!match) return 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `has no month ${match[2]}`;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last)
    return `does not exist (month ${match[2]} of ${year} has ${last} days)`;
  return { year, month, day, precision: 'day' };
}

/** Why a date string is not a valid calendar date, or null when it is. */
export function dateProblem(text: unknown): string | null {
  const date = readDate(text);
  return typeof date === 'string' ? date : null;
}

/** Parses "1965", "1965-09" or "1965-09-05"; null when the string is not a real date. */
export function parseDate(text: unknown): CalendarDate | null {
  const date = readDate(text);
  return typeof date === 'string' ? null : date;
}

/** First millisecond of the period the date names. */
export function startMs(date: CalendarDate): number {
  return utcMs(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First millisecond after the period the date names (the period is [startMs, endMs)). */
export function endMs(date: CalendarDate): number {
  if (date.precision === 'year') return utcMs(date.year + 1, 0, 1);
  if (date.precision === 'month') return utcMs(date.year, date.month!, 1);
  return startMs(date) + DAY_MS;
}

/** The calendar date containing a UTC instant, cut to a precision. */
export function dateAt(ms: number, precision: Precision): CalendarDate {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (precision === 'year') return { year, precision };
  const month = date.getUTCMonth() + 1;
  if (precision === 'month') return { year, month, precision };
  return { year, month, day: date.getUTCDate(), precision };
}

/** Back to the string form (years padded to four digits: "800" comes back as "0800"). */
export function dateToString(date: CalendarDate): string {
  const sign = date.year < 0 ? '-' : '';
  const year = sign + String(Math.abs(date.year)).padStart(4, '0');
  if (date.precision === 'year') return year;
  const month = `${year}-${String(date.month).padStart(2, '0')}`;
  if (date.precision === 'month') return month;
  return `${month}-${String(date.day).padStart(2, '0')}`;
}

/** Precision ordering: a day is finer than a month, a month than a year. */
export const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
