import { describe, expect, it } from 'vitest';
import { markBar, MIN_BAR_PX } from '../../src/lib/layout/bar';

describe('markBar', () => {
  it('draws a point for an event without an end', () => {
    expect(markBar(100, undefined, 3)).toEqual({ left: 0, width: 0, isBar: false });
  });

  it('draws a bar from the start once the period is long enough to see', () => {
    expect(markBar(100, 100 + MIN_BAR_PX)).toEqual({ left: 0, width: MIN_BAR_PX, isBar: true });
    expect(markBar(100, 100 + MIN_BAR_PX - 0.5).isBar).toBe(false);
  });

  it('runs the bar leftwards when time runs right to left', () => {
    expect(markBar(300, 260)).toEqual({ left: -40, width: 40, isBar: true });
  });

  it('stretches with a zoom in progress: a short period becomes a bar', () => {
    expect(markBar(100, 104).isBar).toBe(false);
    expect(markBar(100, 104, 3)).toEqual({ left: 0, width: 12, isBar: true });
    expect(markBar(300, 296, 3)).toEqual({ left: -12, width: 12, isBar: true });
  });
});
