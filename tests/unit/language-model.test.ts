import { describe, expect, it, vi } from 'vitest';
import { LanguageModel } from '../../src/lib/state/language.svelte';

const model = () => new LanguageModel(() => null);

// Runs in order: nothing but English is loaded when this file starts.
describe('LanguageModel', () => {
  it('starts in English, ready', () => {
    const text = model();
    expect([text.language, text.requested, text.ready]).toEqual(['en', 'en', true]);
    expect(text.t('error.retry')).toBe('Try again');
    expect(text.numerals('1965–2012')).toBe('1965–2012');
  });

  it('starts in a language still to be loaded: not ready until it has arrived', async () => {
    const text = model();
    text.start('fa');
    expect([text.language, text.ready]).toEqual(['fa', false]);
    await vi.waitFor(() => expect(text.ready).toBe(true));
    expect(text.language).toBe('fa');
    expect(text.dir).toBe('rtl');
    expect(text.t('error.retry')).toBe('تلاش دوباره');
    expect(text.formatRange('2022-09-07')).toBe('۱۶ شهریور ۱۴۰۱ (۷ سپتامبر ۲۰۲۲)');
    // Labels made of numbers take the language's digits too.
    expect(text.numerals('1965–2012')).toBe('۱۹۶۵–۲۰۱۲');
    const range = `${Date.UTC(2013, 0, 1)}/${Date.UTC(2015, 0, 1)}`;
    expect(text.chipLabel('range', range)).toBe('۲۰۱۳ – ۲۰۱۴');
  });

  it('switches once a language has loaded, keeping the old one meanwhile; the last choice wins', async () => {
    const text = model();
    const albanian = text.request('sq');
    expect([text.requested, text.language]).toEqual(['sq', 'en']);
    expect(text.t('error.retry')).toBe('Try again');
    // Persian has loaded already: chosen now, it is shown at once and wins.
    text.language = 'fa';
    expect([text.requested, text.language]).toEqual(['fa', 'fa']);
    await albanian;
    expect([text.requested, text.language]).toEqual(['fa', 'fa']);
    await text.request('sq');
    expect([text.requested, text.language]).toEqual(['sq', 'sq']);
    expect(text.t('error.retry')).toBe('Provo përsëri');
    expect(text.formatRange('2022-09-07')).toBe('7 shtator 2022');
  });

  it('takes anything else for English', () => {
    const text = model();
    text.start('de');
    expect([text.language, text.ready]).toEqual(['en', true]);
  });
});
