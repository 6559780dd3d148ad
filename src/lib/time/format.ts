/**
 * Human-readable calendar dates and date ranges, at the precision the data gives.
 *
 * Invariants: all instants are UTC ms, formatted through `UTCDate` so the local time zone
 * never shifts a day; years come from our own `formatYear` (quoted into date-fns patterns)
 * because date-fns pads years ("0050") and drops the era of negative years. Day-month-year
 * order (en-GB) is used for English and, by the same patterns, for other locales.
 */
import { format } from 'date-fns';
import type { Locale } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { parseDate, startMs } from '../data/dates';
import type { CalendarDate } from '../data/dates';
import { DEFAULT_DATE_WORDS, formatYear } from './words';
import type { DateWords } from './words';

export interface DateRangeOptions {
  circa?: boolean;
  locale?: Locale;
  words?: DateWords;
}

/** A date-fns literal: text in single quotes, quotes doubled. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function formatWith(date: CalendarDate, pattern: string, locale: Locale | undefined): string {
  return format(new UTCDate(startMs(date)), pattern, locale ? { locale } : undefined);
}

/** "1965", "September 1965", "5 September 1965", "44 BCE". */
export function formatCalendarDate(
  date: CalendarDate,
  locale?: Locale,
  words: DateWords = DEFAULT_DATE_WORDS,
): string {
  const year = formatYear(date.year, words.bce);
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return formatWith(date, `LLLL ${literal(year)}`, locale);
  return formatWith(date, `d MMMM ${literal(year)}`, locale);
}

/** En dash, closed up between single words ("1997–2012"), spaced otherwise ("March 2001 – June 2008"). */
function joinRange(from: string, to: string): string {
  return /\s/.test(from) || /\s/.test(to) ? `${from} – ${to}` : `${from}–${to}`;
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The range without "c.": shares the year (and month) between both ends where they agree. */
function formatRangeBody(
  a: CalendarDate,
  b: CalendarDate,
  locale: Locale | undefined,
  words: DateWords,
): string {
  const full = (date: CalendarDate) => formatCalendarDate(date, locale, words);
  if (a.precision !== b.precision || a.year !== b.year) {
    // Two BCE years read better with one era word: "50–44 BCE".
    if (a.precision === 'year' && b.precision === 'year' && a.year <= 0 && b.year <= 0) {
      return `${joinRange(String(1 - a.year), String(1 - b.year))} ${words.bce}`;
    }
    return joinRange(full(a), full(b));
  }
  const year = formatYear(a.year, words.bce);
  if (a.precision === 'month') {
    return `${joinRange(formatWith(a, 'LLLL', locale), formatWith(b, 'LLLL', locale))} ${year}`;
  }
  // Day precision within one year.
  if (a.month === b.month) {
    return `${joinRange(formatWith(a, 'd', locale), formatWith(b, 'd', locale))} ${formatWith(b, `MMMM ${literal(year)}`, locale)}`;
  }
  return `${joinRange(formatWith(a, 'd MMMM', locale), formatWith(b, 'd MMMM', locale))} ${year}`;
}

/**
 * "c. 1986", "21–28 September 2012", "28 September – 3 October 2012", "1997 – September 2012".
 * Dates that do not parse come back as the raw strings joined by an en dash; never throws.
 */
export function formatDateRange(
  start: string,
  end?: string,
  options: DateRangeOptions = {},
): string {
  const raw = end === undefined ? String(start) : `${String(start)}–${String(end)}`;
  const words = options.words ?? DEFAULT_DATE_WORDS;
  const from = parseDate(start);
  const to = end === undefined ? from : parseDate(end);
  if (!from || !to) return raw;
  try {
    const body = sameDate(from, to)
      ? formatCalendarDate(from, options.locale, words)
      : formatRangeBody(from, to, options.locale, words);
    return options.circa ? `${words.circa} ${body}` : body;
  } catch {
    return raw;
  }
}
