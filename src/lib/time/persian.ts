/**
 * Solar Hijri (Iranian, "ه‍.ش.") dates at the precision the data gives, for Persian
 * readers, plus the bilingual label "۱۶ شهریور ۱۴۰۱ (۷ سپتامبر ۲۰۲۲)".
 *
 * Invariants: instants are UTC ms and every Intl formatter here has timeZone 'UTC',
 * so the reader's time zone never moves a day. A Gregorian period is shown as the
 * Solar Hijri period that covers it: a Gregorian month overlaps two Solar Hijri months
 * ("شهریور–مهر ۱۳۴۴") and a Gregorian year two Solar Hijri years ("۱۳۴۳–۱۳۴۴").
 * Before 1 Farvardin 1 (21 March 622) the Solar Hijri calendar has no year numbers a
 * reader would know, so those dates are written in the Gregorian calendar only.
 * The range functions never throw: input that does not parse comes back as it was.
 */
import type { Locale } from 'date-fns';
import { faIR } from 'date-fns/locale/fa-IR';
import { dateToString, endMs, parseDate, startMs } from '../data/dates';
import type { CalendarDate, Precision } from '../data/dates';
import { formatCalendarDate, formatDateRange } from './format';
import type { DateWords } from './words';

const DAY_MS = 86_400_000;

/**
 * Gregorian month names as Iranian Persian writes them (CLDR, and the Persian press):
 * date-fns' fa-IR has colloquial loan forms ("جون", "جولای", "آپریل") and truncated
 * abbreviations ("ژانـ"); Persian does not abbreviate month names.
 */
const GREGORIAN_MONTHS_FA = [
  'ژانویه',
  'فوریه',
  'مارس',
  'آوریل',
  'مه',
  'ژوئن',
  'ژوئیه',
  'اوت',
  'سپتامبر',
  'اکتبر',
  'نوامبر',
  'دسامبر',
] as const;

/** date-fns' fa-IR with the standard Gregorian month names above (narrow forms kept). */
export const faIRStandard: Locale = {
  ...faIR,
  localize: {
    ...faIR.localize,
    month: (month, options) =>
      options?.width === 'narrow'
        ? faIR.localize.month(month, options)
        : (GREGORIAN_MONTHS_FA[month] ?? faIR.localize.month(month, options)),
  },
};

/** The Persian catalogue's date words, for code that formats dates without a catalogue. */
export const PERSIAN_DATE_WORDS: Readonly<DateWords> = Object.freeze({
  circa: 'حدود',
  bce: 'پ.م.',
});

/** A day of the Solar Hijri calendar: month 1 is Farvardin, 12 is Esfand. */
export interface SolarHijriDay {
  year: number;
  month: number;
  day: number;
  /** The month's Persian name ("شهریور"). */
  monthName: string;
}

interface Formatters {
  numeric: Intl.DateTimeFormat;
  monthName: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
}

let formatters: Formatters | null = null;
/** Persian month names by month number, filled in as months are met. */
const monthNames = new Map<number, string>();

/** Built on first use, so importing this module costs nothing. */
function getFormatters(): Formatters {
  formatters ??= {
    numeric: new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }),
    monthName: new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'UTC', month: 'long' }),
    number: new Intl.NumberFormat('fa-IR', { useGrouping: false }),
  };
  return formatters;
}

/** Western (and Arabic-Indic) digits to Persian digits; everything else is kept. */
export function toPersianDigits(text: string): string {
  return text.replace(/[0-9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const value = code >= 0x0660 ? code - 0x0660 : code - 0x30;
    return String.fromCharCode(0x06f0 + value);
  });
}

/** The Solar Hijri day containing a UTC instant. Throws a RangeError for an invalid instant. */
export function toSolarHijri(ms: number): SolarHijriDay {
  const { numeric, monthName } = getFormatters();
  const instant = new Date(ms);
  const parts = numeric.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => {
    const value = parts.find((p) => p.type === type)?.value ?? '';
    return Number(value.replace(/\u2212/g, '-').replace(/[^\d-]/g, ''));
  };
  const month = part('month');
  let name = monthNames.get(month);
  if (name === undefined) {
    name = monthName.format(instant);
    monthNames.set(month, name);
  }
  return { year: part('year'), month, day: part('day'), monthName: name };
}

function num(value: number): string {
  return getFormatters().number.format(value);
}

function dayLabel(d: SolarHijriDay): string {
  return `${num(d.day)} ${d.monthName} ${num(d.year)}`;
}

function monthLabel(d: SolarHijriDay): string {
  return `${d.monthName} ${num(d.year)}`;
}

function labelAt(d: SolarHijriDay, precision: Precision): string {
  if (precision === 'day') return dayLabel(d);
  if (precision === 'month') return monthLabel(d);
  return num(d.year);
}

/** En dash, closed up between single words, spaced otherwise (as in `formatDateRange`). */
function joinRange(from: string, to: string): string {
  return /\s/.test(from) || /\s/.test(to) ? `${from} – ${to}` : `${from}–${to}`;
}

/** First and last Solar Hijri day of the period a Gregorian date names. */
function periodOf(date: CalendarDate): [SolarHijriDay, SolarHijriDay] {
  return [toSolarHijri(startMs(date)), toSolarHijri(endMs(date) - DAY_MS)];
}

function beforeEpoch(...days: SolarHijriDay[]): boolean {
  return days.some((d) => !(d.year >= 1));
}

/** The Gregorian label in Persian words and digits ("۷ سپتامبر ۲۰۲۲", "۴۴ پ.م."). */
function gregorianInPersian(start: string, end?: string): string {
  return toPersianDigits(
    formatDateRange(start, end, { locale: faIRStandard, words: PERSIAN_DATE_WORDS }),
  );
}

/** One date's Solar Hijri label, or null before the Solar Hijri epoch. */
function singleBody(date: CalendarDate): string | null {
  const [first, last] = periodOf(date);
  if (beforeEpoch(first, last)) return null;
  if (date.precision === 'day') return dayLabel(first);
  if (date.precision === 'year') {
    return first.year === last.year ? num(first.year) : `${num(first.year)}–${num(last.year)}`;
  }
  // A Gregorian month: the one or two Solar Hijri months it overlaps, closed up.
  if (first.year !== last.year) return `${monthLabel(first)}–${monthLabel(last)}`;
  if (first.month === last.month) return monthLabel(first);
  return `${first.monthName}–${last.monthName} ${num(first.year)}`;
}

/**
 * From the Solar Hijri day (month, year) where `a` begins to the one where `b` ends,
 * each end at its own precision, sharing the year (and month) where both ends agree.
 */
function rangeBody(a: CalendarDate, b: CalendarDate): string | null {
  const lo = toSolarHijri(startMs(a));
  const hi = toSolarHijri(endMs(b) - DAY_MS);
  if (beforeEpoch(lo, hi)) return null;
  if (a.precision !== b.precision || lo.year !== hi.year) {
    return joinRange(labelAt(lo, a.precision), labelAt(hi, b.precision));
  }
  if (a.precision === 'year') return num(lo.year);
  const year = num(lo.year);
  if (a.precision === 'month') {
    if (lo.month === hi.month) return monthLabel(lo);
    return `${joinRange(lo.monthName, hi.monthName)} ${year}`;
  }
  if (lo.month === hi.month) {
    if (lo.day === hi.day) return dayLabel(lo);
    return `${joinRange(num(lo.day), num(hi.day))} ${hi.monthName} ${year}`;
  }
  return `${joinRange(`${num(lo.day)} ${lo.monthName}`, `${num(hi.day)} ${hi.monthName}`)} ${year}`;
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * "۱۶ شهریور ۱۴۰۱" (day), "شهریور–مهر ۱۳۴۴" (a Gregorian month), "۱۳۴۳–۱۳۴۴" (a
 * Gregorian year). Dates before 622 are written in the Gregorian calendar ("۴۴ پ.م.");
 * a date outside JavaScript's range comes back in its string form.
 */
export function formatPersianDate(date: CalendarDate): string {
  try {
    return (
      singleBody(date) ??
      toPersianDigits(formatCalendarDate(date, faIRStandard, PERSIAN_DATE_WORDS))
    );
  } catch {
    return dateToString(date);
  }
}

type Parsed = { from: CalendarDate; to: CalendarDate; single: boolean };

function parseRange(start: string, end: string | undefined): Parsed | null {
  const from = parseDate(start);
  const to = end === undefined ? from : parseDate(end);
  if (!from || !to) return null;
  return { from, to, single: end === undefined || sameDate(from, to) };
}

function rawRange(start: string, end: string | undefined): string {
  return end === undefined ? String(start) : `${String(start)}–${String(end)}`;
}

function withCirca(body: string, circa: boolean | undefined): string {
  return circa ? `${PERSIAN_DATE_WORDS.circa} ${body}` : body;
}

/** The Solar Hijri label of a parsed range, or null before the epoch. */
function solarHijriBody({ from, to, single }: Parsed): string | null {
  return single ? singleBody(from) : rangeBody(from, to);
}

/**
 * Like `formatDateRange`, in the Solar Hijri calendar: "حدود ۱۳۶۴–۱۳۶۵",
 * "۳۰ خرداد – ۵ تیر ۱۳۶۰", "شهریور ۱۳۴۴ – فروردین ۱۳۴۵". Never throws; input that
 * does not parse comes back as the raw strings joined by an en dash.
 */
export function formatPersianRange(start: string, end?: string, circa?: boolean): string {
  const raw = rawRange(start, end);
  try {
    const parsed = parseRange(start, end);
    if (!parsed) return raw;
    const body = solarHijriBody(parsed) ?? gregorianInPersian(start, end);
    return withCirca(body, circa);
  } catch {
    return raw;
  }
}

/**
 * What Persian readers see: the Solar Hijri date, then the Gregorian one in parentheses,
 * both with Persian digits: "۱۶ شهریور ۱۴۰۱ (۷ سپتامبر ۲۰۲۲)". "حدود" comes once, in
 * front. Before the Solar Hijri epoch only the Gregorian date is given. Never throws.
 */
export function formatBilingualDate(start: string, end?: string, circa?: boolean): string {
  const raw = rawRange(start, end);
  try {
    const parsed = parseRange(start, end);
    if (!parsed) return raw;
    const gregorian = gregorianInPersian(start, end);
    const solar = solarHijriBody(parsed);
    return withCirca(solar === null ? gregorian : `${solar} (${gregorian})`, circa);
  } catch {
    return raw;
  }
}
