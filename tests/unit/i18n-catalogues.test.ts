import { describe, expect, it } from 'vitest';
import { CATALOGUES, registerAllLanguages } from '../../src/lib/i18n/catalogues';
import { en, type MessageKey, type PluralForms } from '../../src/lib/i18n/en';
import { fa } from '../../src/lib/i18n/fa';
import { SUPPORTED } from '../../src/lib/i18n/locale';
import { sq } from '../../src/lib/i18n/sq';
import { createTranslate } from '../../src/lib/i18n/translate';

const ENGLISH_KEYS = Object.keys(en).sort();
const TRANSLATIONS = [
  ['sq', sq],
  ['fa', fa],
] as const;

/** Every form of an entry: the string itself, or each plural form. */
function forms(entry: string | PluralForms): string[] {
  return typeof entry === 'string'
    ? [entry]
    : Object.values(entry).filter((v): v is string => typeof v === 'string');
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
}

/** The placeholders of an English entry: all its forms together. */
function englishPlaceholders(key: MessageKey): Set<string> {
  return new Set(forms(en[key]).flatMap((form) => [...placeholders(form)]));
}

describe('catalogues', () => {
  it('lists a catalogue for every supported language', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...SUPPORTED].sort());
    expect(CATALOGUES.en).toBe(en);
  });

  describe.each(TRANSLATIONS)('%s', (lang, catalogue) => {
    it('has exactly the English keys', () => {
      const keys = Object.keys(catalogue).sort();
      expect(keys.filter((k) => !(k in en))).toEqual([]);
      expect(ENGLISH_KEYS.filter((k) => !(k in catalogue))).toEqual([]);
      expect(keys).toEqual(ENGLISH_KEYS);
    });

    it('keeps every English placeholder in every form, and adds none', () => {
      for (const key of ENGLISH_KEYS as MessageKey[]) {
        const expected = [...englishPlaceholders(key)].sort();
        for (const form of forms(catalogue[key])) {
          expect([...placeholders(form)].sort(), `${lang} ${key}: ${form}`).toEqual(expected);
        }
      }
    });

    it('is plural exactly where English is, with every category the language needs', () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      expect(categories).toContain('other');
      for (const key of ENGLISH_KEYS as MessageKey[]) {
        const entry = catalogue[key];
        expect(typeof entry, `${lang} ${key}`).toBe(typeof en[key]);
        if (typeof entry === 'string') continue;
        for (const category of categories) {
          expect(entry[category], `${lang} ${key} needs "${category}"`).toBeTypeOf('string');
        }
        for (const category of Object.keys(entry)) {
          expect(categories, `${lang} ${key} has an unused "${category}"`).toContain(category);
        }
      }
    });

    it('has no empty, untrimmed or untranslated message', () => {
      // Same as English on purpose: the language names and the file formats.
      const sameAsEnglish = new Set([
        'filters.option',
        'lang.en',
        'lang.sq',
        'lang.fa',
        'export.csv',
        'export.json',
      ]);
      for (const key of ENGLISH_KEYS as MessageKey[]) {
        for (const form of forms(catalogue[key])) {
          expect(form.trim(), `${lang} ${key}`).toBe(form);
          expect(form.length, `${lang} ${key}`).toBeGreaterThan(0);
        }
        if (typeof en[key] === 'string' && !sameAsEnglish.has(key)) {
          expect(catalogue[key], `${lang} ${key} is still English`).not.toBe(en[key]);
        }
      }
    });

    it('names each language in that language, the same in every catalogue', () => {
      expect(catalogue['lang.en']).toBe('English');
      expect(catalogue['lang.sq']).toBe('Shqip');
      expect(catalogue['lang.fa']).toBe('فارسی');
      expect(catalogue['lang.label']).not.toBe(en['lang.label']);
    });
  });

  it('gives the date words each language uses', () => {
    expect([en['date.circa'], en['date.bce']]).toEqual(['c.', 'BCE']);
    expect([sq['date.circa'], sq['date.bce']]).toEqual(['rreth', 'p.e.s.']);
    expect([fa['date.circa'], fa['date.bce']]).toEqual(['حدود', 'پ.م.']);
  });

  describe('Persian text', () => {
    const all = (ENGLISH_KEYS as MessageKey[]).flatMap((key) =>
      forms(fa[key]).map((form) => [key, form] as const),
    );

    it('uses Persian punctuation, never the Latin comma, semicolon or question mark', () => {
      for (const [key, form] of all) expect(form, key).not.toMatch(/[,;?]/);
      expect(fa['panel.accountsIntro']).toContain('؛');
      expect(fa['chip.text']).toBe('متن: «{value}»');
    });

    it('writes no digits: numbers come from Intl at run time', () => {
      for (const [key, form] of all)
        expect(form, key).not.toMatch(/[0-9\u0660-\u0669\u06f0-\u06f9]/);
    });

    it('uses the Persian kaf and yeh, not the Arabic letters', () => {
      for (const [key, form] of all) expect(form, key).not.toMatch(/[\u0643\u064a]/);
    });

    it('keeps Latin letters only for file formats, HTML terms and the language names', () => {
      const allowed = /^(CSV|JSON|iframe|English|Shqip)$/;
      for (const [key, form] of all) {
        const text = form.replace(/\{\w+\}/g, '');
        for (const word of text.match(/[A-Za-z]+/g) ?? []) expect(word, key).toMatch(allowed);
      }
    });
  });
});

describe('registerAllLanguages', () => {
  it('makes Albanian and Persian available, and is safe to call twice', () => {
    registerAllLanguages();
    registerAllLanguages();
    const sqT = createTranslate('sq');
    const faT = createTranslate('fa');
    expect(sqT('error.retry')).toBe('Provo përsëri');
    expect(faT('error.retry')).toBe('تلاش دوباره');
    expect(createTranslate('en')('error.retry')).toBe('Try again');
  });

  it('fills placeholders with each language’s digits and plural forms', () => {
    registerAllLanguages();
    const sqT = createTranslate('sq');
    const faT = createTranslate('fa');
    expect(sqT('app.events', { count: 1 })).toBe('1 ngjarje');
    expect(sqT('notice.rejected', { count: 1 })).toContain('u la jashtë');
    expect(sqT('notice.rejected', { count: 3 })).toContain('u lanë jashtë');
    expect(sqT('filters.matching', { count: 2, total: 9 })).toBe('2 nga 9 ngjarje përputhen');
    expect(faT('app.events', { count: 1200 })).toBe('۱٬۲۰۰ رویداد');
    expect(faT('panel.position', { index: 3, count: 12 })).toBe('رویداد ۳ از ۱۲');
    expect(faT('filters.remove', { label: 'آلبانی' })).toBe('حذف فیلتر: آلبانی');
  });
});
