/**
 * The few words date labels need, kept in one place so that a message catalogue
 * can replace them later. Invariant: years are astronomical (0 = 1 BCE, -43 = 44 BCE).
 */

export interface DateWords {
  /** Prefix for approximate dates ("c. 1986"). */
  circa: string;
  /** Suffix for years before year 1 ("44 BCE"). */
  bce: string;
}

export const DEFAULT_DATE_WORDS: Readonly<DateWords> = Object.freeze({ circa: 'c.', bce: 'BCE' });

/** True when the historical (era) year number of an astronomical year carries the BCE word. */
export function isBce(year: number): boolean {
  return year <= 0;
}

/** The unsigned era number a reader sees: year -43 is "44" (BCE), year 0 is "1" (BCE). */
export function eraYearNumber(year: number): number {
  return isBce(year) ? 1 - year : year;
}

/** "1970", "50" (no zero padding), "44 BCE". */
export function formatYear(year: number, bceWord: string = DEFAULT_DATE_WORDS.bce): string {
  return isBce(year) ? `${eraYearNumber(year)} ${bceWord}` : String(year);
}
