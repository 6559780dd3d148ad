/**
 * Which interface language to use and the locale objects that go with it. Pure:
 * whatever the browser says (navigator.languages, ?lang=) is passed in as values.
 *
 * Invariants: every function accepts any string and answers with one of SUPPORTED;
 * English dates are en-GB (day before month); Albanian month and day names are lower
 * case, as Albanian spelling wants; Persian numbers use Persian digits.
 */
import type { Locale } from 'date-fns';
import type { DateWords } from '../time/words';
import { languagePack } from './packs';
import type { Translate } from './translate';

export const SUPPORTED = ['en', 'sq', 'fa'] as const;
export type Language = (typeof SUPPORTED)[number];
export type Direction = 'ltr' | 'rtl';

export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * Primary language subtags we answer for. Besides the ISO 639-1 codes: Dari (prs) and
 * Iranian Persian (pes) read Persian; Tosk (als) and Gheg (aln) read standard Albanian.
 */
const PRIMARY_SUBTAGS: Readonly<Record<string, Language>> = Object.freeze({
  en: 'en',
  sq: 'sq',
  als: 'sq',
  aln: 'sq',
  fa: 'fa',
  prs: 'fa',
  pes: 'fa',
});

/** The BCP 47 tag each language is formatted with by Intl. */
const INTL_TAGS: Readonly<Record<Language, string>> = Object.freeze({
  en: 'en-GB',
  sq: 'sq-AL',
  fa: 'fa-IR',
});

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED as readonly string[]).includes(value);
}

/** The supported language a BCP 47 tag asks for ("fa-IR" → "fa", "sq_AL" → "sq"), or null. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  return Object.hasOwn(PRIMARY_SUBTAGS, primary) ? (PRIMARY_SUBTAGS[primary] ?? null) : null;
}

/** Writing direction of a language (or of any tag: "fa-AF" is right to left). */
export function directionOf(lang: string): Direction {
  return languageOfTag(lang) === 'fa' ? 'rtl' : 'ltr';
}

/**
 * The interface language: an explicit, supported `requested` value (from the URL or the
 * embedding page) wins; otherwise the first browser language whose primary subtag is
 * supported; otherwise English.
 */
export function pickLanguage(
  requested: string | null | undefined,
  browserLanguages: readonly string[],
): Language {
  const explicit = languageOfTag(requested);
  if (explicit) return explicit;
  for (const tag of browserLanguages) {
    const lang = languageOfTag(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}

/** The BCP 47 tag to hand to Intl for a language. */
export function intlTag(lang: Language): string {
  return INTL_TAGS[lang];
}

/**
 * The date-fns locale for a language: en-GB for English so the day comes first, Albanian
 * with lower-case month names, fa-IR with the standard Persian Gregorian month names.
 * English until the language has been loaded (see `packs.ts`).
 */
export function dateFnsLocale(lang: Language): Locale {
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

/** The words date labels need ("c.", "BCE"), read from a language's catalogue. */
export function dateWords(t: Translate): DateWords {
  return { circa: t('date.circa'), bce: t('date.bce') };
}
