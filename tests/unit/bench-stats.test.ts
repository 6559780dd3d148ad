import { describe, expect, it } from 'vitest';
import { frameStats, intervals, median, medianOf, percentile, ratio } from '../../bench/lib/stats';
import { summarize } from '../../bench/lib/results';
import type { RepResult } from '../../bench/lib/measure';

describe('bench: statistics', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('takes nearest-rank percentiles, always an observed value', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7, 1], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  it('summarises frames: 60 Hz jitter is not a missed frame, a 100 ms stall is', () => {
    const times = [0, 16.6, 33.4, 50, 150, 166.7, 200];
    expect(intervals(times).map((v) => Math.round(v * 10) / 10)).toEqual([
      16.6, 16.8, 16.6, 100, 16.7, 33.3,
    ]);
    const stats = frameStats(times);
    expect(stats.frames).toBe(6);
    expect(stats.over16).toBe(2);
    expect(stats.over50).toBe(1);
    expect(stats.p95Ms).toBeCloseTo(100);
  });

  it('takes medians field by field, skipping missing values', () => {
    expect(
      medianOf([
        { a: 1, b: null },
        { a: 3, b: 4 },
        { a: 2, b: null },
      ]),
    ).toEqual({ a: 2, b: 4 });
  });

  it('gives ratios only when both sides exist', () => {
    expect(ratio(2, 4)).toBe(0.5);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
  });
});

describe('bench: a cell from its repetitions', () => {
  const rep = (drawn: boolean, firstEventMs: number | null): RepResult => ({
    drawn,
    timedOut: !drawn,
    firstEventMs,
    firstEventInDomMs: null,
    timelineWholeMs: null,
    codeLoadedMs: null,
    dataLoadedMs: null,
    heapBytes: null,
    domElements: null,
    longestTaskMs: null,
    frames: null,
    inputSent: 0,
    code: { raw: 0, gzip: 0 },
    codeFiles: [],
    blocked: [],
    pageErrors: [],
  });

  it('is ok when every repetition drew, partial when some did, timeout when none did', () => {
    expect(summarize([rep(true, 10), rep(true, 30), rep(true, 20)])).toMatchObject({
      status: 'ok',
      median: { firstEventMs: 20 },
    });
    expect(summarize([rep(true, 10), rep(false, null)])).toMatchObject({
      status: 'partial',
      median: { firstEventMs: 10 },
    });
    expect(summarize([rep(false, null)])).toEqual({ status: 'timeout', median: null });
  });
});
