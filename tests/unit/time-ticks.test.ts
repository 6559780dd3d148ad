import { describe, expect, it } from 'vitest';
import { fr } from 'date-fns/locale';
import { utcMs } from '../../src/lib/data/dates';
import { axisTicks, estimateLabelWidth } from '../../src/lib/time/ticks';
import type { Tick, TickLevel } from '../../src/lib/time/ticks';
import { DEFAULT_DATE_WORDS } from '../../src/lib/time/words';

const DAY = 86_400_000;
type Window = [number, number];

const windows: { name: string; window: Window }[] = [
  { name: '60 years', window: [utcMs(1940, 3, 10), utcMs(2000, 3, 10)] },
  { name: '2 years', window: [utcMs(1964, 5, 1), utcMs(1966, 5, 1)] },
  { name: '2 weeks', window: [utcMs(1965, 8, 25), utcMs(1965, 9, 9)] },
  { name: '3 months', window: [utcMs(2012, 0, 15), utcMs(2012, 3, 15)] },
  { name: '10 days over a leap day', window: [utcMs(2000, 1, 24), utcMs(2000, 2, 5)] },
  { name: '1 week', window: [utcMs(1979, 1, 1), utcMs(1979, 1, 8)] },
  { name: 'the first century', window: [utcMs(1), utcMs(100)] },
  { name: 'years 45–55', window: [utcMs(45), utcMs(55)] },
  { name: 'around the year 0', window: [utcMs(-60), utcMs(20)] },
  { name: 'Caesar’s last years', window: [utcMs(-48, 6), utcMs(-42, 6)] },
  { name: '5,000 years', window: [utcMs(-3000), utcMs(2025)] },
  { name: 'half an hour', window: [utcMs(1990, 4, 1) - 1_800_000, utcMs(1990, 4, 1)] },
];
const widths = [320, 800, 1600];
const grid = windows.flatMap(({ name, window }) =>
  widths.map((width) => ({ name, window, width })),
);

function closestGap(
  ticks: Tick[],
  window: Window,
  width: number,
  spacing: number,
  measure: (l: string) => number,
): number {
  let worst = Infinity;
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    const pixels = ((b.t - a.t) / (window[1] - window[0])) * width;
    worst = Math.min(worst, pixels - Math.max(measure(a.label), measure(b.label)) - spacing);
  }
  return worst;
}

describe('axisTicks level choice', () => {
  it.each([
    {
      name: '60 years at 1000 px',
      window: windows[0]!.window,
      width: 1000,
      levels: ['decade', 'year'],
    },
    { name: '2 years at 1000 px', window: windows[1]!.window, width: 1000, levels: ['month'] },
    {
      name: '2 years at 1600 px (months, not half-months under unnamed months)',
      window: windows[1]!.window,
      width: 1600,
      levels: ['month'],
    },
    { name: '2 weeks at 1000 px', window: windows[2]!.window, width: 1000, levels: ['day'] },
    { name: '2 weeks at 320 px', window: windows[2]!.window, width: 320, levels: ['day'] },
    { name: '5,000 years at 320 px', window: windows[10]!.window, width: 320, levels: ['decade'] },
  ] as { name: string; window: Window; width: number; levels: TickLevel[] }[])(
    '$name → $levels',
    ({ window, width, levels }) => {
      expect(levels).toContain(axisTicks(window, width).level);
    },
  );

  it('chooses a finer level as the same window gets wider', () => {
    const rank: Record<TickLevel, number> = { decade: 0, year: 1, month: 2, day: 3 };
    const window: Window = [utcMs(1950), utcMs(1956)];
    const levels = [200, 400, 800, 1600, 3200, 12800].map(
      (width) => rank[axisTicks(window, width).level],
    );
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(levels[0]).toBeLessThan(levels.at(-1)!);
  });

  it('returns nothing for an empty window or no width', () => {
    expect(axisTicks([5, 5], 800)).toEqual({ level: 'decade', ticks: [], context: [] });
    expect(axisTicks([0, DAY], 0).ticks).toEqual([]);
  });
});

describe('axisTicks spacing and placement', () => {
  it.each(grid)(
    'never puts two ticks closer than label + spacing: $name at $width px',
    ({ window, width }) => {
      const axis = axisTicks(window, width);
      expect(closestGap(axis.ticks, window, width, 8, estimateLabelWidth)).toBeGreaterThanOrEqual(
        0,
      );
      expect(closestGap(axis.context, window, width, 8, estimateLabelWidth)).toBeGreaterThanOrEqual(
        0,
      );
    },
  );

  it.each(grid)(
    'honours a custom label width and spacing: $name at $width px',
    ({ window, width }) => {
      const measure = (label: string) => label.length * 11;
      const axis = axisTicks(window, width, { labelWidth: measure, minSpacing: 20 });
      expect(closestGap(axis.ticks, window, width, 20, measure)).toBeGreaterThanOrEqual(0);
      expect(axis.ticks.length).toBeLessThanOrEqual(Math.floor(width / (measure('00') + 20)) + 1);
    },
  );

  it.each(grid)(
    'keeps ticks and context inside the window, in time order: $name at $width px',
    ({ window, width }) => {
      const { ticks, context } = axisTicks(window, width);
      for (const row of [ticks, context]) {
        for (const tick of row) {
          expect(tick.t).toBeGreaterThanOrEqual(window[0]);
          expect(tick.t).toBeLessThanOrEqual(window[1]);
        }
        expect(row.map((t) => t.t)).toEqual([...row.map((t) => t.t)].sort((a, b) => a - b));
      }
    },
  );

  it.each(grid)(
    'places ticks on exact UTC unit starts: $name at $width px',
    ({ window, width }) => {
      const { level, ticks } = axisTicks(window, width);
      for (const { t } of ticks) {
        const date = new Date(t);
        expect(Math.abs(t % DAY)).toBe(0);
        if (level !== 'day') expect(date.getUTCDate()).toBe(1);
        if (level === 'year' || level === 'decade') expect(date.getUTCMonth()).toBe(0);
      }
    },
  );

  it('runs in a zone far from UTC, so local-time mistakes would show', () => {
    expect(new Date(utcMs(1965, 8, 5)).getTimezoneOffset()).toBe(600);
  });
});

describe('axisTicks labels', () => {
  it.each([
    {
      name: 'years',
      window: [utcMs(1960), utcMs(1980)],
      width: 1000,
      level: 'year',
      first: { t: utcMs(1960), label: '1960' },
    },
    {
      name: 'short month names',
      window: [utcMs(1965, 7, 15), utcMs(1966, 7, 15)],
      width: 1000,
      level: 'month',
      first: { t: utcMs(1965, 8, 1), label: 'Sep' },
    },
    {
      name: 'day numbers',
      window: [utcMs(1965, 8, 1), utcMs(1965, 8, 10)],
      width: 1000,
      level: 'day',
      first: { t: utcMs(1965, 8, 1), label: '1' },
    },
    {
      name: 'year 50 without padding',
      window: [utcMs(40), utcMs(60)],
      width: 1000,
      level: 'year',
      first: { t: utcMs(40), label: '40' },
    },
    {
      name: 'BCE years',
      window: [utcMs(-45), utcMs(-40)],
      width: 300,
      level: 'year',
      first: { t: utcMs(-45), label: '46 BCE' },
    },
  ] as { name: string; window: Window; width: number; level: TickLevel; first: Tick }[])(
    'labels $name',
    ({ window, width, level, first }) => {
      const axis = axisTicks(window, width);
      expect(axis.level).toBe(level);
      expect(axis.ticks[0]).toEqual(first);
    },
  );

  it('labels year -43 as "44 BCE" and the year before 1 as "1 BCE"', () => {
    const labels = axisTicks([utcMs(-44), utcMs(2)], 3000).ticks.map((t) => t.label);
    expect(labels).toContain('44 BCE');
    expect(labels).toContain('1 BCE');
    expect(labels).not.toContain('0');
    expect(DEFAULT_DATE_WORDS.bce).toBe('BCE');
  });

  it('aligns multi-year steps on the era numbers a reader sees across year 0', () => {
    const { level, ticks } = axisTicks([utcMs(-60), utcMs(20)], 800);
    expect(level).toBe('decade');
    expect(ticks.map((t) => t.label)).toEqual([
      '60 BCE',
      '50 BCE',
      '40 BCE',
      '30 BCE',
      '20 BCE',
      '10 BCE',
      '10',
      '20',
    ]);
  });

  it('takes the era word from the options', () => {
    const axis = axisTicks([utcMs(-45), utcMs(-40)], 300, {
      words: { circa: 'ca.', bce: 'v. Chr.' },
    });
    expect(axis.ticks[0]!.label).toBe('46 v. Chr.');
  });

  it('writes years, days and the context row in the given digits, at the same ticks', () => {
    const persian = (text: string) => text.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    for (const window of [
      [utcMs(1940), utcMs(2000)],
      [utcMs(1965, 8, 1), utcMs(1966, 2, 1)],
      [utcMs(1965, 8, 25), utcMs(1965, 9, 9)],
    ] as Window[]) {
      const latin = axisTicks(window, 800);
      const own = axisTicks(window, 800, { numerals: persian });
      expect(own.level).toBe(latin.level);
      const labels = (ticks: Tick[]) => ticks.map((tick) => [tick.t, tick.label]);
      expect(labels(own.ticks)).toEqual(labels(latin.ticks).map(([t, l]) => [t, persian(`${l}`)]));
      expect(labels(own.context)).toEqual(
        labels(latin.context).map(([t, l]) => [t, persian(`${l}`)]),
      );
      expect([...own.ticks, ...own.context].some((tick) => /[0-9]/.test(tick.label))).toBe(false);
    }
  });

  it('names months in the given locale', () => {
    const axis = axisTicks([utcMs(1965, 8, 1), utcMs(1966, 2, 1)], 400, { locale: fr });
    expect(axis.ticks.slice(0, 2).map((t) => t.label)).toEqual(['sept.', 'oct.']);
  });

  it('keeps day ticks of every 2 days at least 2 days apart at a month end', () => {
    const { ticks } = axisTicks([utcMs(1965, 6, 20), utcMs(1965, 7, 10)], 400);
    const gaps = ticks.slice(1).map((tick, i) => (tick.t - ticks[i]!.t) / DAY);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2);
  });
});
