import { describe, expect, it } from 'vitest';
import { listSlice } from '../../src/lib/layout';

const OPTIONS = { limit: 200, before: 50, slack: 25 };

describe('listSlice', () => {
  it('draws a short list whole', () => {
    expect(listSlice(120, 80, null, OPTIONS)).toEqual({ from: 0, count: 120 });
  });

  it('starts `before` rows ahead of the anchor, within the list', () => {
    expect(listSlice(10_000, 1_000, null, OPTIONS)).toEqual({ from: 950, count: 200 });
    expect(listSlice(10_000, 10, null, OPTIONS)).toEqual({ from: 0, count: 200 });
    expect(listSlice(10_000, 9_990, null, OPTIONS)).toEqual({ from: 9_800, count: 200 });
  });

  it('keeps the previous slice (the same object) while the anchor stays well inside it', () => {
    const previous = listSlice(10_000, 1_000, null, OPTIONS);
    for (const anchor of [975, 1_000, 1_100, 1_124])
      expect(listSlice(10_000, anchor, previous, OPTIONS)).toBe(previous);
  });

  it('moves once the anchor nears either end of the slice', () => {
    const previous = listSlice(10_000, 1_000, null, OPTIONS);
    expect(listSlice(10_000, 974, previous, OPTIONS)).toEqual({ from: 924, count: 200 });
    expect(listSlice(10_000, 1_125, previous, OPTIONS)).toEqual({ from: 1_075, count: 200 });
  });

  it('keeps a slice at either end of the list whatever the anchor there', () => {
    const first = listSlice(10_000, 0, null, OPTIONS);
    expect(listSlice(10_000, 3, first, OPTIONS)).toBe(first);
    const last = listSlice(10_000, 9_999, null, OPTIONS);
    expect(listSlice(10_000, 9_990, last, OPTIONS)).toBe(last);
  });

  it('does not keep a slice that no longer fits a shorter list', () => {
    const previous = listSlice(10_000, 5_000, null, OPTIONS);
    expect(listSlice(3_000, 2_990, previous, OPTIONS)).toEqual({ from: 2_800, count: 200 });
  });
});
