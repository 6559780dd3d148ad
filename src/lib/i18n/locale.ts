/**
 * Which interface language to use and the locale objects that go with it. Pure:
 * whatever the browser says (navigator.languages, ?lang=) is passed in as values.
 *
 * Invariants: every function accepts any string and answers with one of SUPPORTED;
 * English dates are en-GB (day before month); Albanian month and day names are lower
 * case, as Albanian spelling wants; Persian numbers use Persian digits.
 */
import type { MonthNames } from '../time/month-names';
import type { DateWords } from '../time/words';
import { languagePack } from './packs';
import { DEFAULT_LANGUAGE, type Language } from './language';
import type { Translate } from './translate';

export {
  DEFAULT_LANGUAGE,
  directionOf,
  isLanguage,
  languageOfTag,
  pickLanguage,
  SUPPORTED,
  type Direction,
  type Language,
} from './language';

/** The BCP 47 tag each language is formatted with by Intl. */
const INTL_TAGS: Readonly<Record<Language, string>> = Object.freeze({
  en: 'en-GB',
  sq: 'sq-AL',
  fa: 'fa-IR',
});

/** The BCP 47 tag to hand to Intl for a language. */
export function intlTag(lang: Language): string {
  return INTL_TAGS[lang];
}

/**
 * A language's month names: English (en-GB's, as data), Albanian
 * with lower-case month names, fa-IR with the standard Persian Gregorian month names.
 * English until the language has been loaded (see `packs.ts`).
 */
export function dateFnsLocale(lang: Language): MonthNames {
  return (languagePack(lang) ?? languagePack(DEFAULT_LANGUAGE)!).dateLocale;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A number format for a language; Persian gets Persian digits and separators (fa-IR). */
export function numberFormat(
  lang: Language,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const tag = INTL_TAGS[lang] ?? INTL_TAGS.en;
  if (options) return new Intl.NumberFormat(tag, options);
  let cached = numberFormats.get(lang);
  if (!cached) {
    cached = new Intl.NumberFormat(tag);
    numberFormats.set(lang, cached);
  }
  return cached;
}

/**
 * Writes a label's ASCII digits in the language's own (Persian ۰–۹), as its number
 * format does; returns the label as it is where those are the same digits.
 */
export function numeralsOf(numbers: Intl.NumberFormat): (text: string) => string {
  const digits = Array.from({ length: 10 }, (_, digit) => numbers.format(digit));
  if (digits.every((digit, i) => digit === String(i))) return (text) => text;
  return (text) => text.replace(/[0-9]/g, (digit) => digits[Number(digit)]!);
}

/** The words date labels need ("c.", "BCE"), read from a language's catalogue. */
export function dateWords(t: Translate): DateWords {
  return { circa: t('date.circa'), bce: t('date.bce') };
}
