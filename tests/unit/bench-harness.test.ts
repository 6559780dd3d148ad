import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseArgs } from '../../bench/lib/args';
import { logScale, logTicks } from '../../bench/lib/chart';
import { INTERACTION_MS, interactionSchedule } from '../../bench/lib/interact';
import { RESOURCE_TIMES } from '../../bench/lib/probe';

describe('bench: options', () => {
  it('defaults to the full run and takes --reps N or --reps=N', () => {
    expect(parseArgs([])).toEqual(DEFAULTS);
    expect(parseArgs(['--', '--reps', '5']).reps).toBe(5);
    expect(parseArgs(['--reps=2']).reps).toBe(2);
  });

  it('smoke is one rep of the small datasets at normal speed, ours and one peer', () => {
    const smoke = parseArgs(['--smoke']);
    expect(smoke).toMatchObject({ reps: 1, datasets: ['mek', '1000'], speeds: [1], smoke: true });
    expect(smoke.targets).toHaveLength(2);
    expect(smoke.targets).toContain('ours');
  });

  it('refuses what it does not know', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--targets', 'ours,d3'])).toThrow(/unknown target/);
    expect(() => parseArgs(['--reps', '0'])).toThrow(/positive/);
  });
});

describe('bench: chart scales', () => {
  it('maps powers of ten evenly', () => {
    const x = logScale([10, 1000], [0, 100]);
    expect(x(10)).toBe(0);
    expect(x(100)).toBeCloseTo(50);
    expect(x(1000)).toBeCloseTo(100);
    expect(logTicks(15, 600)).toEqual([20, 50, 100, 200, 500]);
  });
});

describe('bench: the interaction', () => {
  const area = { x: 100, y: 200, width: 800, height: 300 };
  const steps = interactionSchedule(area, 900);

  it('lasts 3 seconds, in time order, inside the area', () => {
    const times = steps.map((s) => s.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThan(INTERACTION_MS);
    for (const { params } of steps) {
      expect(params.x as number).toBeGreaterThanOrEqual(area.x);
      expect(params.x as number).toBeLessThanOrEqual(area.x + area.width);
      expect(params.y).toBe(350);
    }
  });

  it('zooms with the wheel, then drags with every press released', () => {
    const types = steps.map((s) => s.params.type);
    expect(types.filter((t) => t === 'mouseWheel')).toHaveLength(18);
    expect(types.filter((t) => t === 'mousePressed')).toHaveLength(3);
    expect(types.filter((t) => t === 'mouseReleased')).toHaveLength(3);
    expect(types.lastIndexOf('mouseWheel')).toBeLessThan(types.indexOf('mousePressed'));
  });
});

describe('bench: where the time to the first event goes', () => {
  /** Runs the page script against a stand-in for resource timing. */
  const times = (entries: object[], before: number | null) =>
    new Function('performance', `return ${RESOURCE_TIMES('data/10000.json', before)}`)({
      getEntriesByType: () => entries,
    }) as { code: number | null; data: number | null };
  const entry = (path: string, initiatorType: string, startTime: number, responseEnd: number) => ({
    name: `http://127.0.0.1:1/${path}`,
    initiatorType,
    startTime,
    responseEnd,
  });
  const entries = [
    entry('app/assets/main.js', 'script', 10, 150),
    entry('app/assets/main.css', 'link', 12, 90),
    entry('data/10000.json', 'fetch', 40, 360),
    // Asked for once the page was idle after its first event (at 600 ms).
    entry('app/assets/marks-worker.js', 'other', 900, 920),
  ];

  it('counts the code asked for before the first event, and the data file', () => {
    expect(times(entries, 600)).toEqual({ code: 150, data: 360 });
  });

  it('counts all code when the first event never came', () => {
    expect(times(entries, null)).toEqual({ code: 920, data: 360 });
  });
});
