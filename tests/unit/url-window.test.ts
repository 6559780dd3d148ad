import { describe, expect, it } from 'vitest';
import { parseDate, startMs, utcMs, type Precision } from '../../src/lib/data/dates';
import { paramsToWindow, precisionForSpan, windowToParams } from '../../src/lib/url/window';

const at = (date: string): number => startMs(parseDate(date)!);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('paramsToWindow', () => {
  it.each<[string | undefined, string | undefined, [number, number] | null]>([
    [undefined, undefined, null],
    ['2013', '2014', [at('2013'), at('2015')]],
    ['2013', '2013', [at('2013'), at('2014')]],
    ['2013-06', '2013-06', [at('2013-06'), at('2013-07')]],
    ['2013-12', '2013-12', [at('2013-12'), at('2014-01')]],
    ['2013-06-20', '2013-06-20', [at('2013-06-20'), at('2013-06-21')]],
    ['2012-02', '2012-02-29', [at('2012-02'), at('2012-03')]],
    ['2013-06', '2013', [at('2013-06'), at('2014')]],
    ['-0043-03-15', '0044', [utcMs(-43, 2, 15), utcMs(45, 0, 1)]],
    ['2013', undefined, [at('2013'), Infinity]],
    [undefined, '2013', [-Infinity, at('2014')]],
    ['2023-02-30', '2013', [-Infinity, at('2014')]],
    ['nonsense', 'nonsense', null],
    ['', '', null],
    ['2014', '2013', null],
  ])('from %j, to %j', (from, to, expected) => {
    expect(paramsToWindow(from, to)).toEqual(expected);
  });
});

describe('precisionForSpan', () => {
  it.each<[string, number, Precision]>([
    ['a day', DAY, 'day'],
    ['two months', 61 * DAY, 'day'],
    ['three months and a bit', 95 * DAY, 'month'],
    ['four years', 4 * 365 * DAY, 'month'],
    ['five years and a week', (5 * 365 + 8) * DAY, 'year'],
    ['a millennium', 365_250 * DAY, 'year'],
  ])('%s → %s', (_case, span, expected) => {
    expect(precisionForSpan(span)).toBe(expected);
  });
});

describe('windowToParams', () => {
  it.each<[string, [number, number], Precision | undefined, { from: string; to: string }]>([
    [
      'a decade on year boundaries',
      [at('2000'), at('2010')],
      undefined,
      { from: '2000', to: '2009' },
    ],
    [
      'a decade, ends rounded to the nearest year',
      [at('2000-03'), at('2010-08')],
      undefined,
      { from: '2000', to: '2010' },
    ],
    ['six years', [at('2000'), at('2006')], undefined, { from: '2000', to: '2005' }],
    [
      'four and a half years: months',
      [at('2000'), at('2004-07')],
      undefined,
      { from: '2000-01', to: '2004-06' },
    ],
    [
      'eight months, nearest months',
      [at('2013-06-10'), at('2014-02-20')],
      undefined,
      { from: '2013-06', to: '2014-02' },
    ],
    ['four months', [at('2013-01'), at('2013-05')], undefined, { from: '2013-01', to: '2013-04' }],
    [
      'ten weeks: days',
      [at('2013-01-01'), at('2013-03-15')],
      undefined,
      { from: '2013-01-01', to: '2013-03-14' },
    ],
    [
      'a week',
      [at('2013-06-20'), at('2013-06-27')],
      undefined,
      { from: '2013-06-20', to: '2013-06-26' },
    ],
    [
      'a week, ends rounded to the nearest day',
      [at('2013-06-20') - 5 * HOUR, at('2013-06-27') + 11 * HOUR],
      undefined,
      { from: '2013-06-20', to: '2013-06-26' },
    ],
    [
      'two hours still make a whole day',
      [at('2013-06-20') + HOUR, at('2013-06-20') + 3 * HOUR],
      undefined,
      { from: '2013-06-20', to: '2013-06-20' },
    ],
    [
      'an instant makes a whole day',
      [at('2013-06-20'), at('2013-06-20')],
      undefined,
      { from: '2013-06-20', to: '2013-06-20' },
    ],
    ['reversed ends', [at('2010'), at('2000')], undefined, { from: '2000', to: '2009' }],
    [
      'before the common era',
      [utcMs(-500, 0, 1), utcMs(-400, 0, 1)],
      undefined,
      { from: '-0500', to: '-0401' },
    ],
    [
      'years 0–99 stay themselves',
      [utcMs(30, 0, 1), utcMs(70, 0, 1)],
      undefined,
      { from: '0030', to: '0069' },
    ],
    [
      'a decade, months asked for',
      [at('2000'), at('2010')],
      'month',
      { from: '2000-01', to: '2009-12' },
    ],
    [
      'a week, years asked for',
      [at('2013-06-20'), at('2013-06-27')],
      'year',
      { from: '2013', to: '2013' },
    ],
  ])('%s', (_case, window, precision, expected) => {
    expect(windowToParams(window, precision)).toEqual(expected);
  });

  it.each([[[NaN, 0]], [[0, Infinity]]] as [[number, number]][])(
    'refuses a window that is not finite: %j',
    (window) => {
      expect(() => windowToParams(window)).toThrow(RangeError);
    },
  );
});

describe('windowToParams then paramsToWindow', () => {
  // The same tiny PRNG as the serialisation property test (mulberry32).
  function prng(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
  }
  const LONGEST: Record<Precision, number> = { year: 366 * DAY, month: 31 * DAY, day: DAY };

  it.each([1, 99, 31337])('seed %i: each end moves by at most half a period', (seed) => {
    const random = prng(seed);
    for (let n = 0; n < 500; n++) {
      const t0 = at('1900') + random() * 200 * 365 * DAY;
      // Spans from two days to a century, spread evenly on a log scale.
      const t1 = t0 + 2 * DAY * Math.exp(random() * Math.log(365 * 50));
      const precision = precisionForSpan(t1 - t0);
      const { from, to } = windowToParams([t0, t1]);
      const [r0, r1] = paramsToWindow(from, to)!;
      const tolerance = LONGEST[precision] / 2;
      expect(Math.abs(r0 - t0), `${from} for ${new Date(t0).toISOString()}`).toBeLessThanOrEqual(
        tolerance,
      );
      expect(Math.abs(r1 - t1), `${to} for ${new Date(t1).toISOString()}`).toBeLessThanOrEqual(
        tolerance,
      );
      // A restored window, written again at the same precision, is written the same way.
      expect(windowToParams([r0, r1], precision)).toEqual({ from, to });
    }
  });
});
