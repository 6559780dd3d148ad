/**
 * Every language at once, for tests and tools that cannot wait for one to be fetched.
 * The page never imports this: it loads a language when it is chosen (`packs.ts`).
 */
import type { Catalogue } from './en';
import { en } from './en';
import { fa } from './fa';
import { pack as faPack } from './fa-pack';
import type { Language } from './locale';
import { registerLanguage } from './packs';
import { sq } from './sq';
import { pack as sqPack } from './sq-pack';

/** Every catalogue by language, English included. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = Object.freeze({ en, sq, fa });

/** Makes every language available without fetching; calling it again does nothing more. */
export function registerAllLanguages(): void {
  registerLanguage('sq', sqPack);
  registerLanguage('fa', faPack);
}
