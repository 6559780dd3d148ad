import { describe, expect, it } from 'vitest';
import { categorySymbol } from '../../src/lib/layout/symbols';

describe('categorySymbol', () => {
  it('gives the first eight categories eight different shapes', () => {
    const paths = Array.from({ length: 8 }, (_, i) => categorySymbol(i, 100));
    expect(new Set(paths).size).toBe(8);
    for (const path of paths) expect(path).toMatch(/^M/);
  });

  it('repeats shapes past eight, and tolerates a negative index', () => {
    expect(categorySymbol(8, 100)).toBe(categorySymbol(0, 100));
    expect(categorySymbol(-1, 100)).toBe(categorySymbol(7, 100));
  });

  it('scales with the requested area', () => {
    expect(categorySymbol(1, 64)).not.toBe(categorySymbol(1, 144));
  });
});
