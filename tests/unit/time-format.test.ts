import { describe, expect, it } from 'vitest';
import { de, fr } from 'date-fns/locale';
import type { CalendarDate } from '../../src/lib/data/dates';
import { formatCalendarDate, formatDateRange } from '../../src/lib/time/format';

describe('formatCalendarDate', () => {
  it.each([
    { date: { year: 1965, precision: 'year' }, text: '1965' },
    { date: { year: 1965, month: 9, precision: 'month' }, text: 'September 1965' },
    { date: { year: 1965, month: 9, day: 5, precision: 'day' }, text: '5 September 1965' },
    // The first and last day of a month are where a local-time slip would show.
    { date: { year: 2000, month: 1, day: 1, precision: 'day' }, text: '1 January 2000' },
    { date: { year: 1999, month: 12, day: 31, precision: 'day' }, text: '31 December 1999' },
    { date: { year: 50, month: 3, day: 15, precision: 'day' }, text: '15 March 50' },
    { date: { year: 0, precision: 'year' }, text: '1 BCE' },
    { date: { year: -43, month: 3, day: 15, precision: 'day' }, text: '15 March 44 BCE' },
  ] as { date: CalendarDate; text: string }[])('writes $text', ({ date, text }) => {
    expect(formatCalendarDate(date)).toBe(text);
  });

  it.each([
    {
      locale: fr,
      date: { year: 1965, month: 9, day: 5, precision: 'day' },
      text: '5 septembre 1965',
    },
    { locale: de, date: { year: 1965, month: 9, precision: 'month' }, text: 'September 1965' },
    { locale: fr, date: { year: 1965, month: 2, precision: 'month' }, text: 'février 1965' },
  ] as { locale: typeof fr; date: CalendarDate; text: string }[])(
    'writes $text in $locale.code',
    ({ locale, date, text }) => {
      expect(formatCalendarDate(date, locale)).toBe(text);
    },
  );
});

describe('formatDateRange', () => {
  it.each([
    { start: '1986', end: undefined, circa: true, text: 'c. 1986' },
    { start: '1965-09', end: undefined, circa: false, text: 'September 1965' },
    { start: '1965-09-05', end: '1965-09-05', circa: false, text: '5 September 1965' },
    { start: '2012-09-21', end: '2012-09-28', circa: false, text: '21–28 September 2012' },
    { start: '2012-09-28', end: '2012-10-03', circa: false, text: '28 September – 3 October 2012' },
    {
      start: '2011-12-28',
      end: '2012-01-03',
      circa: false,
      text: '28 December 2011 – 3 January 2012',
    },
    { start: '2001-03', end: '2008-06', circa: false, text: 'March 2001 – June 2008' },
    { start: '2008-03', end: '2008-06', circa: false, text: 'March–June 2008' },
    { start: '1997', end: '2012', circa: false, text: '1997–2012' },
    { start: '1997', end: '2012', circa: true, text: 'c. 1997–2012' },
    { start: '1997', end: '2012-09', circa: false, text: '1997 – September 2012' },
    { start: '1997-09-05', end: '2012', circa: false, text: '5 September 1997 – 2012' },
    { start: '-0049', end: '-0043', circa: false, text: '50–44 BCE' },
    { start: '-0043', end: '0014', circa: false, text: '44 BCE – 14' },
    { start: '0050', end: '0070', circa: false, text: '50–70' },
  ])('writes $start to $end (circa: $circa) as "$text"', ({ start, end, circa, text }) => {
    expect(formatDateRange(start, end, { circa })).toBe(text);
  });

  it.each([
    { start: 'soon', end: undefined, text: 'soon' },
    { start: '2012-13', end: undefined, text: '2012-13' },
    { start: '2012', end: 'later', text: '2012–later' },
    { start: '2001-02-29', end: '2002', text: '2001-02-29–2002' },
  ])(
    'returns invalid input "$start" / "$end" as it came, without throwing',
    ({ start, end, text }) => {
      expect(formatDateRange(start, end)).toBe(text);
    },
  );

  it('takes its words from the options', () => {
    const words = { circa: 'rreth', bce: 'p.e.s.' };
    expect(formatDateRange('-0043', undefined, { circa: true, words })).toBe('rreth 44 p.e.s.');
  });

  it('shares month and year in other locales too', () => {
    expect(formatDateRange('2012-09-21', '2012-09-28', { locale: fr })).toBe(
      '21–28 septembre 2012',
    );
    expect(formatDateRange('2012-09-28', '2012-10-03', { locale: fr })).toBe(
      '28 septembre – 3 octobre 2012',
    );
  });

  it('quotes a year word containing an apostrophe safely', () => {
    expect(
      formatDateRange('-0043-03', undefined, { words: { circa: 'c.', bce: "av. J.-C.'" } }),
    ).toBe("March 44 av. J.-C.'");
  });
});
