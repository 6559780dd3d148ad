/**
 * Albanian, fetched when a reader first chooses it: the messages, and date-fns' Albanian
 * with month and weekday names in lower case, as Albanian writes them ("7 shtator 2022").
 */
import type { Locale } from 'date-fns';
import { sq as sqDateFns } from 'date-fns/locale/sq';
import type { LanguagePack } from './packs';
import { sq } from './sq';

function lowerCase(text: string): string {
  return text.toLocaleLowerCase('sq');
}

/** date-fns' Albanian capitalises month and weekday names. */
const sqLowerCase: Locale = {
  ...sqDateFns,
  localize: {
    ...sqDateFns.localize,
    month: (month, options) => lowerCase(sqDateFns.localize.month(month, options)),
    day: (day, options) => lowerCase(sqDateFns.localize.day(day, options)),
  },
};

export const pack: LanguagePack = { catalogue: sq, dateLocale: sqLowerCase };
