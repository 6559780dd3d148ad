/**
 * What an interface language needs besides its name: its messages, the month names
 * (a date-fns locale, or English as data) and, where its readers expect more than a date-fns pattern, its own
 * way of writing a date range (Persian: the Solar Hijri date beside the Gregorian).
 * English is built in; the other languages are fetched when first chosen, so a reader
 * downloads only the strings of the languages they read.
 */
import { ENGLISH_MONTHS, type MonthNames } from '../time/month-names';
import { en, type Catalogue } from './en';
import type { Language } from './locale';
import { registerCatalogue } from './translate';

export interface LanguagePack {
  catalogue: Catalogue;
  dateLocale: MonthNames;
  /** Replaces `formatDateRange` for this language. Never throws. */
  formatRange?: (start: string, end?: string, circa?: boolean) => string;
}

const ENGLISH: LanguagePack = { catalogue: en, dateLocale: ENGLISH_MONTHS };

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<LanguagePack>>> = {
  sq: async () => (await import('./sq-pack')).pack,
  fa: async () => (await import('./fa-pack')).pack,
};

const packs = new Map<Language, LanguagePack>([['en', ENGLISH]]);
const loading = new Map<Language, Promise<LanguagePack>>();

/** Makes a language available at once, without fetching it. */
export function registerLanguage(lang: Language, pack: LanguagePack): void {
  packs.set(lang, pack);
  registerCatalogue(lang, pack.catalogue);
}

/** A language's pack if it has been loaded (English always has), else undefined. */
export function languagePack(lang: Language): LanguagePack | undefined {
  return packs.get(lang);
}

/** Fetches a language once, however many timelines ask; a failed fetch may be retried. */
export function loadLanguage(lang: Language): Promise<LanguagePack> {
  const loaded = packs.get(lang);
  if (loaded) return Promise.resolve(loaded);
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang as Exclude<Language, 'en'>]().then(
      (pack) => {
        registerLanguage(lang, pack);
        return pack;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
