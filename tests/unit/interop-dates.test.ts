import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateToString, daysInMonth } from '../../src/lib/data/dates';
import { oursYearToTl, readTlDate, tlYearToOurs, toTlDate } from '../../src/lib/interop/tl-date';

describe('readTlDate', () => {
  it.each([
    [{ year: 1965 }, '1965'],
    [{ year: '1965' }, '1965'],
    [{ year: 1965, month: 9 }, '1965-09'],
    [{ year: '1965', month: '09', day: '5' }, '1965-09-05'],
    [{ year: 1965, month: 9, day: 5, hour: 14, minute: 30 }, '1965-09-05'],
    [{ year: ' 800 ', month: '', day: '' }, '0800'],
    [{ year: '+2001' }, '2001'],
    // TimelineJS shows -44 as "44 BCE"; that year is -43 in astronomical numbering.
    [{ year: -44, month: 3, day: 15 }, '-0043-03-15'],
    [{ year: '-753', month: '4', day: '21' }, '-0752-04-21'],
    [{ year: -1 }, '0000'],
    [{ year: 2024, month: 2, day: 29 }, '2024-02-29'],
  ])('%j is %j', (input, expected) => {
    const read = readTlDate(input);
    expect(read.date).toBe(expected);
    expect(read.notes).toEqual([]);
  });

  it.each([
    [{ year: '-27', day: '16' }, '-0026', /without a month/],
    [{ year: 79, month: 13 }, '0079', /not 1 to 12/],
    [{ year: 79, month: 'Aug' }, '0079', /not 1 to 12/],
    [{ year: 2023, month: 2, day: 30 }, '2023-02', /does not exist/],
    [{ year: 0 }, '0000', /year 0/],
  ])('%j keeps %j with a note', (input, expected, note) => {
    const read = readTlDate(input);
    expect(read.date).toBe(expected);
    expect(read.notes.join(' ')).toMatch(note);
  });

  it.each([
    [undefined, /not a date object/],
    ['1965', /not a date object/],
    [{ month: 3 }, /no year/],
    [{ year: '' }, /no year/],
    [{ year: '44 BC' }, /not a whole number/],
    [{ year: 1965.5 }, /not a whole number/],
    [{ year: true }, /not a whole number/],
    [{ year: -4_500_000_000 }, /beyond/],
    // Six digits fit our strings, but the last of these years ends past JavaScript's dates.
    [{ year: 275760 }, /outside the years the timeline can draw/],
    [{ year: 500000 }, /outside the years the timeline can draw/],
    [{ year: -300000 }, /outside the years the timeline can draw/],
  ])('%j is unusable', (input, problem) => {
    const read = readTlDate(input);
    expect(read.date).toBeNull();
    expect(read.problem).toMatch(problem);
  });
});

describe('year numbering', () => {
  it.each([
    [2024, 2024],
    [1, 1],
    [-1, 0],
    [-44, -43],
    [-753, -752],
  ])('TimelineJS %i is our %i', (tl, ours) => {
    expect(tlYearToOurs(tl)).toBe(ours);
    expect(oursYearToTl(ours)).toBe(tl);
  });

  it('round-trips every date of ours through a TimelineJS date', () => {
    const date = fc
      .record({
        year: fc.integer({ min: -99_999, max: 99_999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        precision: fc.constantFrom('year', 'month', 'day' as const),
      })
      .map((d) => dateToString({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));
    fc.assert(
      fc.property(date, (text) => {
        const tl = toTlDate(text);
        expect(tl.year).not.toBe(0);
        expect(readTlDate(JSON.parse(JSON.stringify(tl))).date).toBe(text);
      }),
    );
  });

  it('exports BCE years in TimelineJS numbering, as numbers', () => {
    expect(toTlDate('-0043-03-15')).toEqual({ year: -44, month: 3, day: 15 });
    expect(toTlDate('0000')).toEqual({ year: -1 });
    expect(toTlDate('1965-09')).toEqual({ year: 1965, month: 9 });
  });
});
