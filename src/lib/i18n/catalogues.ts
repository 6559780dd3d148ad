/**
 * Registers the non-English catalogues with the translator. Kept apart from
 * `translate.ts` so a bundle that only ever shows English can leave the Albanian
 * and Persian strings out by not calling this.
 */
import type { Catalogue } from './en';
import { en } from './en';
import { fa } from './fa';
import type { Language } from './locale';
import { sq } from './sq';
import { registerCatalogue } from './translate';

/** Every catalogue by language, English included. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = Object.freeze({ en, sq, fa });

let registered = false;

/** Makes `createTranslate('sq')` and `createTranslate('fa')` work; calling it again does nothing. */
export function registerAllCatalogues(): void {
  if (registered) return;
  registerCatalogue('sq', sq);
  registerCatalogue('fa', fa);
  registered = true;
}
