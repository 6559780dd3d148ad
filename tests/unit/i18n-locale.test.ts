import { format, type Locale } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { describe, expect, it } from 'vitest';
import { registerAllLanguages } from '../../src/lib/i18n/catalogues';
import {
  SUPPORTED,
  dateFnsLocale,
  dateWords,
  directionOf,
  intlTag,
  isLanguage,
  languageOfTag,
  numberFormat,
  numeralsOf,
  pickLanguage,
  type Language,
} from '../../src/lib/i18n/locale';
import { createTranslate } from '../../src/lib/i18n/translate';
import { formatDateRange } from '../../src/lib/time/format';

describe('SUPPORTED and isLanguage', () => {
  it('lists English, Albanian and Persian', () => {
    expect(SUPPORTED).toEqual(['en', 'sq', 'fa']);
  });

  it.each([
    ['en', true],
    ['sq', true],
    ['fa', true],
    ['fa-IR', false],
    ['EN', false],
    ['de', false],
    ['', false],
    [undefined, false],
    [7, false],
  ])('isLanguage(%j) is %s', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });
});

describe('languageOfTag', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['sq', 'sq'],
    ['sq-AL', 'sq'],
    ['sq-XK', 'sq'],
    ['sq_MK', 'sq'],
    ['als', 'sq'],
    ['fa', 'fa'],
    ['fa-IR', 'fa'],
    ['fa-AF', 'fa'],
    ['prs', 'fa'],
    ['prs-AF', 'fa'],
    ['pes', 'fa'],
    ['  fa  ', 'fa'],
    ['de-DE', null],
    ['ar', null],
    ['tg', null],
    ['faa', null],
    ['*', null],
    ['', null],
    ['constructor', null],
    ['toString', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (tag, expected) => {
    expect(languageOfTag(tag)).toBe(expected);
  });
});

describe('directionOf', () => {
  it.each([
    ['en', 'ltr'],
    ['sq', 'ltr'],
    ['fa', 'rtl'],
    ['fa-AF', 'rtl'],
    ['xx', 'ltr'],
  ])('%s is %s', (lang, dir) => {
    expect(directionOf(lang)).toBe(dir);
  });
});

describe('pickLanguage', () => {
  it.each<[string | null | undefined, string[], Language]>([
    // An explicit, supported request wins over the browser.
    ['fa', ['en-US', 'sq'], 'fa'],
    ['sq', ['fa-IR'], 'sq'],
    ['en', ['fa-IR'], 'en'],
    ['FA', [], 'fa'],
    ['fa-IR', ['en'], 'fa'],
    // An unsupported or missing request falls through to the browser languages.
    ['de', ['fa-IR', 'en'], 'fa'],
    ['', ['sq-AL'], 'sq'],
    [null, ['sq-AL', 'en'], 'sq'],
    [undefined, ['de-DE', 'prs-AF', 'en'], 'fa'],
    [undefined, ['fa-AF'], 'fa'],
    [undefined, ['de', 'fr', 'en-GB', 'fa'], 'en'],
    // Nothing usable: English.
    [undefined, [], 'en'],
    [null, ['de', 'ar-IQ'], 'en'],
    ['xx', ['yy'], 'en'],
  ])('requested %j, browser %j → %s', (requested, browser, expected) => {
    expect(pickLanguage(requested, browser)).toBe(expected);
  });
});

describe('intlTag and numberFormat', () => {
  it('maps each language to the tag Intl formats with', () => {
    expect(SUPPORTED.map(intlTag)).toEqual(['en-GB', 'sq-AL', 'fa-IR']);
  });

  it('writes Persian digits and separators for Persian only', () => {
    expect(numberFormat('en').format(1234567.5)).toBe('1,234,567.5');
    expect(numberFormat('fa').format(1234567.5)).toBe('۱٬۲۳۴٬۵۶۷٫۵');
    expect(numberFormat('fa').format(42)).toBe('۴۲');
    expect(numberFormat('sq').format(1234.5)).toMatch(/^1\s?234,5$/);
  });

  it('reuses the plain format and honours options', () => {
    expect(numberFormat('fa')).toBe(numberFormat('fa'));
    expect(numberFormat('fa', { useGrouping: false }).format(1401)).toBe('۱۴۰۱');
    expect(numberFormat('en', { style: 'percent' }).format(0.25)).toBe('25%');
  });
});

describe('numeralsOf', () => {
  it('writes a label’s digits as the language’s number format does', () => {
    expect(numeralsOf(numberFormat('fa'))('1965')).toBe('۱۹۶۵');
    expect(numeralsOf(numberFormat('fa'))('44 BCE, 2–9 May 2012')).toBe('۴۴ BCE, ۲–۹ May ۲۰۱۲');
  });

  it('leaves labels as they are where the digits are ASCII', () => {
    for (const language of ['en', 'sq'] as const) {
      const same = numeralsOf(numberFormat(language));
      expect(same('1234567890 BCE')).toBe('1234567890 BCE');
    }
  });
});

describe('dateFnsLocale', () => {
  registerAllLanguages();
  const day = new UTCDate(Date.UTC(2022, 8, 7));
  const june = new UTCDate(Date.UTC(1981, 5, 20));

  it('gives British English month names, day first in a date', () => {
    expect(dateFnsLocale('en').code).toBe('en-GB');
    expect(formatDateRange('2022-09-07', undefined, { locale: dateFnsLocale('en') })).toBe(
      '7 September 2022',
    );
  });

  it('writes Albanian month and weekday names in lower case', () => {
    // Albanian and Persian are whole date-fns locales, so `format` can check them.
    const locale = dateFnsLocale('sq') as Locale;
    expect(locale.code).toBe('sq');
    expect(format(day, 'd MMMM yyyy', { locale })).toBe('7 shtator 2022');
    expect(format(day, 'LLLL', { locale })).toBe('shtator');
    expect(format(day, 'MMM', { locale })).toBe('sht');
    expect(format(day, 'EEEE', { locale })).toBe('mërkurë');
  });

  it('uses the standard Persian names of the Gregorian months', () => {
    const locale = dateFnsLocale('fa') as Locale;
    expect(locale.code).toBe('fa-IR');
    expect(format(june, 'd MMMM', { locale })).toBe('20 ژوئن');
    expect(format(june, 'MMM', { locale })).toBe('ژوئن');
    const cldr = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m += 1) {
      const date = new UTCDate(Date.UTC(2000, m, 1));
      expect(format(date, 'LLLL', { locale })).toBe(cldr.format(date));
    }
  });

  it('works with formatDateRange for every language', () => {
    expect(formatDateRange('2012-09-21', '2012-10-03', { locale: dateFnsLocale('sq') })).toBe(
      '21 shtator – 3 tetor 2012',
    );
    expect(formatDateRange('1981-07', undefined, { locale: dateFnsLocale('fa') })).toBe(
      'ژوئیه 1981',
    );
  });
});

describe('dateWords', () => {
  it('reads the circa and BCE words from a catalogue', () => {
    registerAllLanguages();
    expect(dateWords(createTranslate('en'))).toEqual({ circa: 'c.', bce: 'BCE' });
    expect(dateWords(createTranslate('sq'))).toEqual({ circa: 'rreth', bce: 'p.e.s.' });
    expect(dateWords(createTranslate('fa'))).toEqual({ circa: 'حدود', bce: 'پ.م.' });
  });
});
