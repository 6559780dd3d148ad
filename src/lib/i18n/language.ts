/**
 * Which interface language a page asks for, and its direction: nothing but strings, so
 * a page's entry can decide before the catalogues and date locales have loaded.
 */
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
