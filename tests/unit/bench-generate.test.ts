import { describe, expect, it } from 'vitest';
import { generateDataset, formatDay } from '../../bench/lib/generate';
import { mulberry32, weightedIndex } from '../../bench/lib/prng';
import { validate } from '../../src/lib/data/validate';

describe('bench: the seeded PRNG', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const v of first) expect(v >= 0 && v < 1).toBe(true);
  });

  it('picks weighted indexes in proportion', () => {
    const random = mulberry32(7);
    const counts = [0, 0];
    for (let i = 0; i < 10_000; i++) counts[weightedIndex(random, [3, 1])]!++;
    expect(counts[0]! / 10_000).toBeCloseTo(0.75, 1);
  });
});

describe('bench: synthetic datasets', () => {
  const dataset = generateDataset(1000);

  it('is valid in our format: every event passes validate()', () => {
    const report = validate(JSON.parse(JSON.stringify(dataset)));
    expect(report.problems).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.dataset?.events).toHaveLength(1000);
  });

  it('is the same for the same size and seed, and differs for another seed', () => {
    expect(JSON.stringify(generateDataset(1000))).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(generateDataset(1000, 1))).not.toBe(JSON.stringify(dataset));
  });

  it('spans 1965–2026 in 8 lanes with about 10% periods', () => {
    const years = dataset.events.map((e) => Number(e.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(1965);
    expect(Math.max(...years)).toBe(2026);
    expect(new Set(dataset.events.map((e) => e.category)).size).toBe(8);
    expect(dataset.categories).toHaveLength(8);
    const periods = dataset.events.filter((e) => e.end !== undefined).length;
    expect(periods).toBeGreaterThan(70);
    expect(periods).toBeLessThan(130);
    for (const e of dataset.events) if (e.end) expect(e.end <= '2026-12-31').toBe(true);
  });

  it('has unique ids and mixed date precisions', () => {
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(1000);
    const parts = new Set(dataset.events.map((e) => e.start.split('-').length));
    expect([...parts].sort()).toEqual([1, 2, 3]);
  });

  it('formats days at each precision', () => {
    const ms = Date.UTC(1965, 8, 5);
    expect(formatDay(ms, 1)).toBe('1965');
    expect(formatDay(ms, 2)).toBe('1965-09');
    expect(formatDay(ms, 3)).toBe('1965-09-05');
  });
});
