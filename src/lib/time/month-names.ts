/**
 * Month names, as date-fns's `format` writes them for the LLLL, MMMM and LLL tokens.
 * Dates here only ever need a month's name beside numbers we write ourselves, so
 * `format`, with its parser and its formatter for every other token, stays out of the
 * page (about 3 KB gzipped).
 *
 * A language gives its names as the one part of a date-fns locale we use,
 * `localize.month`: a whole date-fns `Locale` fits. English, the built-in language, gives
 * them as data, because importing date-fns's en-GB would bring its date parser too
 * (about 2.5 KB gzipped); a unit test holds the data equal to en-GB's.
 */
import type { Locale } from 'date-fns';

/** Standalone ("September 1965", LLLL/LLL) or inside a date ("5 September 1965", MMMM). */
export type MonthContext = 'standalone' | 'formatting';

/** The part of a date-fns locale that names months; any date-fns `Locale` is one. */
export interface MonthNames {
  readonly code?: string;
  readonly localize: Pick<Locale['localize'], 'month'>;
}

const WIDE = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** British English: the same names standing alone and inside a date. */
export const ENGLISH_MONTHS: MonthNames = {
  code: 'en-GB',
  localize: {
    month: (month, options) => {
      const name = WIDE[month];
      if (options?.width === 'narrow') return name.charAt(0);
      return options?.width === 'abbreviated' ? name.slice(0, 3) : name;
    },
  },
};

/** The name of `month` (1–12): wide ("September") or abbreviated ("Sep"). English by default. */
export function monthName(
  month: number,
  width: 'wide' | 'abbreviated',
  context: MonthContext,
  locale: MonthNames = ENGLISH_MONTHS,
): string {
  return locale.localize.month((month - 1) as Parameters<Locale['localize']['month']>[0], {
    width,
    context,
  });
}
