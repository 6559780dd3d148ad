import { describe, expect, it } from 'vitest';
import { utcMs } from '../../src/lib/data/dates';
import { axisTicks } from '../../src/lib/time/ticks';
import type { Tick, TickLevel } from '../../src/lib/time/ticks';

type Window = [number, number];

describe('axisTicks context row', () => {
  it.each([
    {
      name: 'month level: years at each year start, plus the window start',
      window: [utcMs(1964, 5, 1), utcMs(1966, 5, 1)],
      level: 'month',
      context: [
        { t: utcMs(1964, 5, 1), label: '1964' },
        { t: utcMs(1965), label: '1965' },
        { t: utcMs(1966), label: '1966' },
      ],
    },
    {
      name: 'day level: month and year at each month start, plus the window start',
      window: [utcMs(1965, 8, 20), utcMs(1965, 9, 4)],
      level: 'day',
      context: [
        { t: utcMs(1965, 8, 20), label: 'September 1965' },
        { t: utcMs(1965, 9, 1), label: 'October 1965' },
      ],
    },
    {
      name: 'year level: decades, the first naming the decade of the window start',
      window: [utcMs(1965, 5), utcMs(1985, 5)],
      level: 'year',
      context: [
        { t: utcMs(1965, 5), label: '1960' },
        { t: utcMs(1970), label: '1970' },
        { t: utcMs(1980), label: '1980' },
      ],
    },
    {
      name: 'no duplicate when a boundary is the window start',
      window: [utcMs(1965), utcMs(1966, 6)],
      level: 'month',
      context: [
        { t: utcMs(1965), label: '1965' },
        { t: utcMs(1966), label: '1966' },
      ],
    },
    {
      name: 'day level in year 50: no zero padding',
      window: [utcMs(50, 8, 25), utcMs(50, 9, 5)],
      level: 'day',
      context: [
        { t: utcMs(50, 8, 25), label: 'September 50' },
        { t: utcMs(50, 9, 1), label: 'October 50' },
      ],
    },
    {
      name: 'decade level: empty',
      window: [utcMs(1800), utcMs(2000)],
      level: 'decade',
      context: [],
    },
  ] as { name: string; window: Window; level: TickLevel; context: Tick[] }[])(
    '$name',
    ({ window, level, context }) => {
      const axis = axisTicks(window, 1000);
      expect(axis.level).toBe(level);
      expect(axis.context).toEqual(context);
    },
  );

  it('names BCE months with the era word', () => {
    const axis = axisTicks([utcMs(-44, 2, 10), utcMs(-44, 2, 20)], 1000);
    expect(axis.context).toEqual([{ t: utcMs(-44, 2, 10), label: 'March 45 BCE' }]);
  });

  it('drops the sticky start label when the next boundary would overlap it', () => {
    const axis = axisTicks([utcMs(1964, 11, 30), utcMs(1966, 11, 30)], 1000);
    expect(axis.level).toBe('month');
    expect(axis.context.map((t) => t.label)).toEqual(['1965', '1966']);
  });
});
