import { describe, expect, it } from 'vitest';
import { parseDate, utcMs } from '../../src/lib/data/dates';
import {
  PERSIAN_DATE_WORDS,
  faIRStandard,
  formatBilingualDate,
  formatPersianDate,
  formatPersianRange,
  toPersianDigits,
  toSolarHijri,
} from '../../src/lib/time/persian';
import { formatDateRange } from '../../src/lib/time/format';

// Every expected value below was first computed in Node 20 with
// Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: 'UTC' }). The suite runs with
// TZ=Pacific/Honolulu (UTC−10), so a formatter that used local time would show the
// previous day for every date here.

const date = (text: string) => {
  const parsed = parseDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};

describe('toSolarHijri', () => {
  it.each([
    ['2022-03-20', 1400, 12, 29, 'اسفند'],
    ['2022-03-21', 1401, 1, 1, 'فروردین'],
    ['1979-02-11', 1357, 11, 22, 'بهمن'],
    ['1981-06-20', 1360, 3, 30, 'خرداد'],
    ['1965-09-06', 1344, 6, 15, 'شهریور'],
    ['2025-03-20', 1403, 12, 30, 'اسفند'],
  ])('%s is %i-%i-%i (%s)', (text, year, month, day, monthName) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    expect(toSolarHijri(utcMs(y, m - 1, d))).toEqual({ year, month, day, monthName });
  });

  it('moves one day at a time through 1965–2026, with the Solar Hijri month lengths', () => {
    let previous = toSolarHijri(utcMs(1964, 11, 31));
    for (let ms = utcMs(1965, 0, 1); ms < utcMs(2027, 0, 1); ms += 86_400_000) {
      const today = toSolarHijri(ms);
      if (today.day === 1) {
        // Farvardin–Shahrivar have 31 days, Mehr–Bahman 30, Esfand 29 or 30 (leap).
        const length = previous.month <= 6 ? [31] : previous.month <= 11 ? [30] : [29, 30];
        expect(length).toContain(previous.day);
        const rollsOver = previous.month === 12;
        expect(today.month).toBe(rollsOver ? 1 : previous.month + 1);
        expect(today.year).toBe(rollsOver ? previous.year + 1 : previous.year);
      } else {
        expect(today).toMatchObject({
          year: previous.year,
          month: previous.month,
          day: previous.day + 1,
        });
      }
      previous = today;
    }
  });
});

describe('formatPersianDate', () => {
  it.each([
    ['2022-09-07', '۱۶ شهریور ۱۴۰۱', 'Albania cuts ties with Iran: 16 Shahrivar 1401'],
    ['2022-03-21', '۱ فروردین ۱۴۰۱', 'Nowruz 1401: 1 Farvardin'],
    ['2022-03-20', '۲۹ اسفند ۱۴۰۰', 'the day before, last day of the common year 1400'],
    ['2024-03-20', '۱ فروردین ۱۴۰۳', 'Nowruz 1403 falls on 20 March'],
    ['2025-03-20', '۳۰ اسفند ۱۴۰۳', '1403 is a leap year: 30 Esfand'],
    ['2025-03-21', '۱ فروردین ۱۴۰۴', 'Nowruz 1404'],
    ['1979-02-11', '۲۲ بهمن ۱۳۵۷', 'the revolution: 22 Bahman 1357'],
    ['1981-06-20', '۳۰ خرداد ۱۳۶۰', '30 Khordad 1360'],
    ['2023-06-20', '۳۰ خرداد ۱۴۰۲', '30 Khordad 1402'],
    ['1965-09-06', '۱۵ شهریور ۱۳۴۴', 'the MEK’s founding: 15 Shahrivar 1344'],
  ])('day: %s → %s (%s)', (text, expected) => {
    expect(formatPersianDate(date(text))).toBe(expected);
  });

  it.each([
    ['1965-09', 'شهریور–مهر ۱۳۴۴', '1 Sept = 10 Shahrivar, 30 Sept = 8 Mehr 1344'],
    ['1988-07', 'تیر–مرداد ۱۳۶۷', '1 July = 10 Tir, 31 July = 9 Mordad 1367'],
    ['1965-12', 'آذر–دی ۱۳۴۴', 'December ends in Dey of the same year'],
    [
      '1966-01',
      'دی–بهمن ۱۳۴۴',
      '1 Jan 1966 = 11 Dey 1344, the Solar Hijri year that began in March 1965',
    ],
    ['2022-03', 'اسفند ۱۴۰۰–فروردین ۱۴۰۱', 'March straddles Nowruz and two years'],
  ])('month: %s → %s (%s)', (text, expected) => {
    expect(formatPersianDate(date(text))).toBe(expected);
  });

  it.each([
    ['1965', '۱۳۴۳–۱۳۴۴', '1 Jan = 11 Dey 1343, 31 Dec = 10 Dey 1344'],
    ['1988', '۱۳۶۶–۱۳۶۷', '1 Jan = 11 Dey 1366, 31 Dec = 10 Dey 1367'],
    ['1979', '۱۳۵۷–۱۳۵۸', 'the revolution’s year'],
  ])('year: %s → %s (%s)', (text, expected) => {
    expect(formatPersianDate(date(text))).toBe(expected);
  });

  it('agrees with Intl’s own Solar Hijri day format on every day of 1965–2026', () => {
    const intl = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    for (let ms = utcMs(1965, 0, 1); ms < utcMs(2027, 0, 1); ms += 86_400_000 * 7) {
      const day = new Date(ms);
      const calendarDate = {
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
        precision: 'day' as const,
      };
      expect(formatPersianDate(calendarDate)).toBe(intl.format(day));
    }
  });

  it('writes dates before 1 Farvardin 1 (21 March 622) in the Gregorian calendar', () => {
    expect(formatPersianDate(date('0622-03-21'))).toBe('۱ فروردین ۱');
    expect(formatPersianDate(date('0622-03-20'))).toBe('۲۰ مارس ۶۲۲');
    expect(formatPersianDate(date('-0043'))).toBe('۴۴ پ.م.');
    expect(formatPersianDate(date('0050'))).toBe('۵۰');
  });

  it('returns the string form for a year outside JavaScript’s dates', () => {
    expect(formatPersianDate(date('999999'))).toBe('999999');
  });
});

describe('formatPersianRange', () => {
  it.each<[string, string | undefined, boolean | undefined, string]>([
    ['2022-09-07', undefined, undefined, '۱۶ شهریور ۱۴۰۱'],
    ['2022-09-07', '2022-09-07', undefined, '۱۶ شهریور ۱۴۰۱'],
    ['1986', undefined, true, 'حدود ۱۳۶۴–۱۳۶۵'],
    ['1965-09', undefined, true, 'حدود شهریور–مهر ۱۳۴۴'],
    // Days in one Solar Hijri month share month and year.
    ['1965-09-05', '1965-09-10', undefined, '۱۴–۱۹ شهریور ۱۳۴۴'],
    // Days across a Solar Hijri month share the year.
    ['1981-06-20', '1981-06-26', true, 'حدود ۳۰ خرداد – ۵ تیر ۱۳۶۰'],
    ['1979-01-16', '1979-02-11', undefined, '۲۶ دی – ۲۲ بهمن ۱۳۵۷'],
    // Across Nowruz nothing is shared.
    ['2022-03-19', '2022-03-22', undefined, '۲۸ اسفند ۱۴۰۰ – ۲ فروردین ۱۴۰۱'],
    // Month ranges: from the month where the start begins to the one where the end ends.
    ['1988-07', '1988-09', undefined, 'تیر–مهر ۱۳۶۷'],
    ['1965-09', '1966-03', undefined, 'شهریور ۱۳۴۴ – فروردین ۱۳۴۵'],
    // Years: from the year holding 1 January to the one holding 31 December.
    ['1997', '2012', undefined, '۱۳۷۵–۱۳۹۱'],
    // Mixed precisions keep each end's own precision.
    ['1997', '2012-09', undefined, '۱۳۷۵ – مهر ۱۳۹۱'],
    ['1965-09-06', '1972', undefined, '۱۵ شهریور ۱۳۴۴ – ۱۳۵۱'],
    // Before the Solar Hijri epoch: Gregorian, Persian words and digits.
    ['-0049', '-0043', true, 'حدود ۵۰–۴۴ پ.م.'],
    ['0600', '0700', undefined, '۶۰۰–۷۰۰'],
  ])('%s to %s, circa %s → %s', (start, end, circa, expected) => {
    expect(formatPersianRange(start, end, circa)).toBe(expected);
  });

  it.each<[string, string | undefined, string]>([
    ['nope', undefined, 'nope'],
    ['1965-02-30', undefined, '1965-02-30'],
    ['1965-13', '1966', '1965-13–1966'],
    ['x', '1966', 'x–1966'],
    ['1965', 'y', '1965–y'],
    ['999999', undefined, '999999'],
  ])('gives invalid input back as it was: %j, %j', (start, end, expected) => {
    expect(() => formatPersianRange(start, end, true)).not.toThrow();
    expect(formatPersianRange(start, end)).toBe(expected);
  });

  it('never throws, whatever it is given', () => {
    const junk: unknown[] = [undefined, null, 42, {}, [], '', '   ', '2022-09-07T00:00'];
    for (const value of junk) {
      expect(() => formatPersianRange(value as string)).not.toThrow();
      expect(() => formatPersianRange('2022', value as string)).not.toThrow();
      expect(() => formatBilingualDate(value as string, undefined, true)).not.toThrow();
    }
  });
});

describe('formatBilingualDate', () => {
  it.each<[string, string | undefined, boolean | undefined, string]>([
    ['2022-09-07', undefined, undefined, '۱۶ شهریور ۱۴۰۱ (۷ سپتامبر ۲۰۲۲)'],
    ['1981-06-20', undefined, undefined, '۳۰ خرداد ۱۳۶۰ (۲۰ ژوئن ۱۹۸۱)'],
    ['1965-09', undefined, undefined, 'شهریور–مهر ۱۳۴۴ (سپتامبر ۱۹۶۵)'],
    ['1988', undefined, undefined, '۱۳۶۶–۱۳۶۷ (۱۹۸۸)'],
    ['1986', undefined, true, 'حدود ۱۳۶۴–۱۳۶۵ (۱۹۸۶)'],
    ['2003-06-17', '2003-07-02', undefined, '۲۷ خرداد – ۱۱ تیر ۱۳۸۲ (۱۷ ژوئن – ۲ ژوئیه ۲۰۰۳)'],
    ['1997', '2012-09', undefined, '۱۳۷۵ – مهر ۱۳۹۱ (۱۹۹۷ – سپتامبر ۲۰۱۲)'],
    ['-0043', undefined, true, 'حدود ۴۴ پ.م.'],
    ['nope', undefined, true, 'nope'],
  ])('%s to %s, circa %s → %s', (start, end, circa, expected) => {
    expect(formatBilingualDate(start, end, circa)).toBe(expected);
  });

  it('writes no Latin digit in a valid date', () => {
    for (const text of ['2022-09-07', '1965-09', '1988', '2012-09-21']) {
      expect(formatBilingualDate(text, undefined, true)).not.toMatch(/[0-9]/);
    }
  });
});

describe('helpers', () => {
  it('toPersianDigits converts Western and Arabic-Indic digits only', () => {
    expect(toPersianDigits('7 September 2022, ٣')).toBe('۷ September ۲۰۲۲, ۳');
    expect(toPersianDigits('۱۴۰۱')).toBe('۱۴۰۱');
  });

  it('PERSIAN_DATE_WORDS are the Persian catalogue’s words', () => {
    expect(PERSIAN_DATE_WORDS).toEqual({ circa: 'حدود', bce: 'پ.م.' });
  });

  it('faIRStandard gives formatDateRange the standard Persian month names', () => {
    expect(formatDateRange('1981-06-20', undefined, { locale: faIRStandard })).toBe('20 ژوئن 1981');
    expect(formatDateRange('2012-04', '2012-08', { locale: faIRStandard })).toBe('آوریل–اوت 2012');
  });
});
