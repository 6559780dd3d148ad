import { describe, expect, it } from 'vitest';
import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { UTCDate } from '@date-fns/utc';
import { ENGLISH_MONTHS, monthName } from '../../src/lib/time/month-names';
import { faIRStandard } from '../../src/lib/time/persian';
import { pack as albanian } from '../../src/lib/i18n/sq-pack';
import { dayStamp } from '../../src/lib/data/export';

// date-fns's own `format` is the reference: the names must be exactly what it writes.
describe('monthName', () => {
  const locales = [
    ['default (en-GB)', undefined],
    ['en-GB', enGB],
    // Albanian is a whole date-fns locale, so `format` can check it.
    ['Albanian, lower case', albanian.dateLocale as Locale],
    ['Persian, standard Gregorian names', faIRStandard],
  ] as const;
  const tokens = [
    ['LLLL', 'wide', 'standalone'],
    ['MMMM', 'wide', 'formatting'],
    ['LLL', 'abbreviated', 'standalone'],
  ] as const;

  it.each(locales)('writes every month as date-fns format does, in %s', (_, locale) => {
    for (let month = 1; month <= 12; month++) {
      const date = new UTCDate(Date.UTC(2012, month - 1, 15));
      for (const [token, width, context] of tokens)
        expect(monthName(month, width, context, locale)).toBe(
          format(date, token, locale ? { locale } : { locale: enGB }),
        );
    }
  });

  it('holds the built-in English names equal to date-fns en-GB in every width and context', () => {
    for (let index = 0; index < 12; index++)
      for (const width of ['wide', 'abbreviated', 'narrow'] as const)
        for (const context of ['standalone', 'formatting'] as const) {
          const month = index as Parameters<typeof enGB.localize.month>[0];
          expect(ENGLISH_MONTHS.localize.month(month, { width, context })).toBe(
            enGB.localize.month(month, { width, context }),
          );
        }
    expect(ENGLISH_MONTHS.code).toBe(enGB.code);
  });

  it('gives English by default, and Albanian in lower case', () => {
    expect(monthName(9, 'wide', 'standalone')).toBe('September');
    expect(monthName(9, 'abbreviated', 'standalone')).toBe('Sep');
    expect(monthName(9, 'wide', 'formatting', albanian.dateLocale)).toBe('shtator');
  });
});

describe('dayStamp', () => {
  it('is the reader’s own calendar day, as yyyy-MM-dd', () => {
    // Local time: late on 31 December in the reader's zone is still that day.
    expect(dayStamp(new Date(2025, 11, 31, 23, 30))).toBe('2025-12-31');
    expect(dayStamp(new Date(2026, 0, 2, 0, 5))).toBe('2026-01-02');
  });
});
