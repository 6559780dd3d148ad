import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolTriangle2,
  symbolWye,
} from 'd3-shape';
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

describe('categorySymbol, drawn at build time', () => {
  const SHAPES = [
    symbolCircle,
    symbolSquare,
    symbolDiamond,
    symbolTriangle,
    symbolStar,
    symbolCross,
    symbolWye,
    symbolTriangle2,
  ];
  const SIZES = [
    ...Array.from({ length: 400 }, (_, i) => i + 1),
    0.5,
    2.25,
    64,
    100,
    144,
    170,
    1234.5,
    10_000,
  ];

  it('gives exactly the path d3-shape draws, at any size', () => {
    SHAPES.forEach((shape, index) => {
      for (const size of SIZES)
        expect(categorySymbol(index, size), `${index} at ${size}`).toBe(symbol(shape, size)());
    });
  });
});
