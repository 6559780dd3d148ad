import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dateAt,
  dateProblem,
  dateToString,
  daysInMonth,
  endMs,
  parseDate,
  startMs,
  utcMs,
} from '../../src/lib/data/dates';

describe('parseDate', () => {
  it.each([
    ['1965', { year: 1965, precision: 'year' }],
    ['1965-09', { year: 1965, month: 9, precision: 'month' }],
    ['1965-09-05', { year: 1965, month: 9, day: 5, precision: 'day' }],
    ['0800', { year: 800, precision: 'year' }],
    ['800', { year: 800, precision: 'year' }],
    ['0044-03-15', { year: 44, month: 3, day: 15, precision: 'day' }],
    ['-0043-03-15', { year: -43, month: 3, day: 15, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
  ])('reads %s with its precision', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each([
    ['2023-02-30', 'does not exist (month 02 of 2023 has 28 days)'],
    ['1900-02-29', 'does not exist (month 02 of 1900 has 28 days)'],
    ['2022-13', 'has no month 13'],
    ['2022-00-10', 'has no month 00'],
    ['2022-09-00', 'does not exist (month 09 of 2022 has 30 days)'],
    ['22-9-7', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2022-09-07T00:00', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ['', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('rejects %s: it %s', (text, problem) => {
    expect(dateProblem(text)).toBe(problem);
    expect(parseDate(text)).toBeNull();
  });

  it.each([[null], [42], [{}], [undefined]])('rejects a non-string (%s)', (value) => {
    expect(dateProblem(value)).toBe('is not a date string');
  });
});

describe('startMs and endMs', () => {
  it.each([
    ['1965', '1965-01-01T00:00:00.000Z', '1966-01-01T00:00:00.000Z'],
    ['1965-09', '1965-09-01T00:00:00.000Z', '1965-10-01T00:00:00.000Z'],
    ['1965-12', '1965-12-01T00:00:00.000Z', '1966-01-01T00:00:00.000Z'],
    ['2022-09-07', '2022-09-07T00:00:00.000Z', '2022-09-08T00:00:00.000Z'],
    ['0050-06-01', '0050-06-01T00:00:00.000Z', '0050-06-02T00:00:00.000Z'],
    ['-0043-03-15', '-000043-03-15T00:00:00.000Z', '-000043-03-16T00:00:00.000Z'],
  ])('%s covers [%s, %s) in UTC, whatever the local zone', (text, start, end) => {
    const date = parseDate(text)!;
    expect(new Date(startMs(date)).toISOString()).toBe(start);
    expect(new Date(endMs(date)).toISOString()).toBe(end);
  });

  it('does not map years 0–99 to the 1900s as Date.UTC does', () => {
    expect(new Date(utcMs(44, 2, 15)).getUTCFullYear()).toBe(44);
  });
});

describe('dateAt and dateToString', () => {
  it.each(['1965', '1965-09', '1965-09-05', '0044-03-15', '-0043-03-15', '2024-02-29'])(
    'round-trips %s through its start instant',
    (text) => {
      const date = parseDate(text)!;
      expect(dateToString(dateAt(startMs(date), date.precision))).toBe(text);
    },
  );

  it('cuts an instant to the requested precision', () => {
    const ms = Date.UTC(2012, 8, 28, 23, 59);
    expect(dateToString(dateAt(ms, 'year'))).toBe('2012');
    expect(dateToString(dateAt(ms, 'month'))).toBe('2012-09');
    expect(dateToString(dateAt(ms, 'day'))).toBe('2012-09-28');
  });

  it('runs in a zone far from UTC, so local-time slips would show', () => {
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
  });
});

describe('utcMs and daysInMonth agree with a Date set field by field', () => {
  // What both computed before their shortcuts: a Date whose year is set apart.
  const reference = (year: number, monthIndex: number, day: number) => {
    const date = new Date(0);
    date.setUTCFullYear(year, monthIndex, day);
    return date.getTime();
  };
  const referenceDays = (year: number, month: number) =>
    new Date(reference(year, month, 0)).getUTCDate();

  it.each([
    [-271821, 3, 20],
    [-271821, 3, 19],
    [-100, 1, 29],
    [-1, 11, 31],
    [0, 1, 29],
    [99, 11, 31],
    [100, 0, 1],
    [1900, 1, 29],
    [2024, 13, -40],
    [275760, 8, 13],
    [275760, 8, 14],
  ])('utcMs(%i, %i, %i)', (year, monthIndex, day) => {
    expect(utcMs(year, monthIndex, day)).toBe(reference(year, monthIndex, day));
  });

  it('utcMs for any year, month and day, fractions included', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -300_000, max: 300_000 }), fc.double({ min: -2, max: 120 })),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: -400, max: 400 }),
        (year, monthIndex, day) =>
          Object.is(utcMs(year, monthIndex, day), reference(year, monthIndex, day)),
      ),
    );
  });

  it('daysInMonth for any year and month, out of range ones included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -300_000, max: 300_000 }),
          fc.constantFrom(-271_821, 275_760, 0, -100, 100, 400, -400),
        ),
        fc.oneof(fc.integer({ min: -3, max: 15 }), fc.double({ min: 0, max: 13 })),
        (year, month) => Object.is(daysInMonth(year, month), referenceDays(year, month)),
      ),
    );
  });
});
