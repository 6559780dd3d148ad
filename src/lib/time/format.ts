/**
 * Human-readable calendar dates and date ranges, at the precision the data gives.
 *
 * Invariants: dates are calendar fields (year, month, day), never instants, so no time
 * zone can shift a day; month names come from the date-fns locale (`monthName`), years
 * from our own `formatYear` (date-fns pads years, "0050", and drops the era of negative
 * years). Day-month-year order (en-GB) is used for English and, by the same patterns,
 * for other locales.
 */
import { parseDate } from '../data/dates';
import type { CalendarDate } from '../data/dates';
import { monthName, type MonthNames } from './month-names';
import { DEFAULT_DATE_WORDS, formatYear } from './words';
import type { DateWords } from './words';

export interface DateRangeOptions {
  circa?: boolean;
  locale?: MonthNames;
  words?: DateWords;
}

/** The month alone, as a heading ("September"). */
const standalone = (date: CalendarDate, locale: MonthNames | undefined) =>
  monthName(date.month ?? 1, 'wide', 'standalone', locale);
/** The day and its month ("5 September"). */
const dayMonth = (date: CalendarDate, locale: MonthNames | undefined) =>
  `${date.day ?? 1} ${monthName(date.month ?? 1, 'wide', 'formatting', locale)}`;

/** "1965", "September 1965", "5 September 1965", "44 BCE". */
export function formatCalendarDate(
  date: CalendarDate,
  locale?: MonthNames,
  words: DateWords = DEFAULT_DATE_WORDS,
): string {
  const year = formatYear(date.year, words.bce);
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${standalone(date, locale)} ${year}`;
  return `${dayMonth(date, locale)} ${year}`;
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
  locale: MonthNames | undefined,
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
    return `${joinRange(standalone(a, locale), standalone(b, locale))} ${year}`;
  }
  // Day precision within one year.
  if (a.month === b.month) {
    const month = monthName(b.month ?? 1, 'wide', 'formatting', locale);
    return `${joinRange(String(a.day ?? 1), String(b.day ?? 1))} ${month} ${year}`;
  }
  return `${joinRange(dayMonth(a, locale), dayMonth(b, locale))} ${year}`;
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
