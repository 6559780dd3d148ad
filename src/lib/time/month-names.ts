/**
 * Month names from a date-fns locale's own data (`localize.month`), as date-fns's
 * `format` writes them for the LLLL, MMMM and LLL tokens. Dates here only ever need a
 * month's name beside numbers we write ourselves, so `format`, with its parser and its
 * formatter for every other token, stays out of the page (about 3 KB gzipped).
 */
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';

/** Standalone ("September 1965", LLLL/LLL) or inside a date ("5 September 1965", MMMM). */
export type MonthContext = 'standalone' | 'formatting';

/** The name of `month` (1–12): wide ("September") or abbreviated ("Sep"). English (en-GB) by default. */
export function monthName(
  month: number,
  width: 'wide' | 'abbreviated',
  context: MonthContext,
  locale: Locale = enGB,
): string {
  return locale.localize.month((month - 1) as Parameters<Locale['localize']['month']>[0], {
    width,
    context,
  });
}
