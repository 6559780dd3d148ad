import { describe, expect, it } from 'vitest';
import { dateFnsLocale } from '../../src/lib/i18n/locale';
import { languagePack, loadLanguage } from '../../src/lib/i18n/packs';
import { createTranslate } from '../../src/lib/i18n/translate';

// Runs in order: nothing but English is loaded when this file starts.
describe('language packs', () => {
  it('have English built in, and another language only once it is loaded', async () => {
    expect(languagePack('en')?.dateLocale.code).toBe('en-GB');
    expect(languagePack('sq')).toBeUndefined();
    expect(dateFnsLocale('sq').code).toBe('en-GB');
    expect(createTranslate('sq')('error.retry')).toBe('Try again');
    const pack = await loadLanguage('sq');
    expect(languagePack('sq')).toBe(pack);
    expect(dateFnsLocale('sq').code).toBe('sq');
    expect(createTranslate('sq')('error.retry')).toBe('Provo përsëri');
  });

  it('fetch a language once, however many ask', async () => {
    const [first, second] = await Promise.all([loadLanguage('fa'), loadLanguage('fa')]);
    expect(first).toBe(second);
    expect(await loadLanguage('fa')).toBe(first);
    expect(first.formatRange?.('2022-09-07')).toBe('۱۶ شهریور ۱۴۰۱ (۷ سپتامبر ۲۰۲۲)');
  });
});
