/**
 * Looking up and filling in messages. Pure: the language is a parameter, never
 * read from the browser here.
 */
import { en, type Catalogue, type MessageKey, type PluralForms } from './en';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues: Record<string, Catalogue> = { en };

export function registerCatalogue(language: string, catalogue: Catalogue): void {
  catalogues[language] = catalogue;
}

function fill(template: string, params: Params, numbers: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** A translate function for one language, falling back to English for a missing key. */
export function createTranslate(language: string): Translate {
  const catalogue = catalogues[language] ?? en;
  const plurals = new Intl.PluralRules(language);
  // One formatter per language: making one per message costs more than the message.
  const numbers = new Intl.NumberFormat(language);
  return (key, params = {}) => {
    const entry = catalogue[key] ?? en[key];
    if (typeof entry === 'string') return fill(entry, params, numbers);
    const count = typeof params.count === 'number' ? params.count : 0;
    const forms = entry as PluralForms;
    return fill(forms[plurals.select(count)] ?? forms.other, params, numbers);
  };
}
