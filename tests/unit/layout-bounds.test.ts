import { describe, expect, it } from 'vitest';
import { footprintOf } from '../../src/lib/layout/footprint';
import { layoutLane } from '../../src/lib/layout';
import { makeItem, mulberry32 } from './layout-fixtures';

const identity = (t: number) => t;
const geometry = (rtl: boolean) => ({
  markRadius: 10,
  labelGap: 4,
  rtl,
  bounds: [0, 500] as [number, number],
});

describe('labels stay inside the bounds', () => {
  it.each([
    // [x, label width, rtl, expected label box left edge, can label]
    [100, 80, false, 110, true], // room after the mark
    [450, 80, false, 360, true], // near the right edge: flips before the mark
    [20, 80, true, 30, true], // rtl near the left edge: flips after the mark
    [250, 600, false, 260, false], // wider than the chart: no placement fits
  ])(
    'a point at %i with a %i px label (rtl %s) labels from %i',
    (x, width, rtl, left, canLabel) => {
      const footprint = footprintOf(makeItem('p', x), identity, width, geometry(rtl));
      expect(footprint.canLabel).toBe(canLabel);
      const boxLeft = rtl ? footprint.labelX - width : footprint.labelX;
      if (canLabel) expect(boxLeft).toBe(left);
    },
  );

  it('puts a period label in the visible part of a bar that starts off-screen', () => {
    const footprint = footprintOf(
      makeItem('bar', -1000, { end: 300 }),
      identity,
      100,
      geometry(false),
    );
    expect(footprint.canLabel).toBe(true);
    expect(footprint.labelX).toBe(4);
  });

  it('never places a label outside the bounds, in a random lane', () => {
    const random = mulberry32(7);
    const items = Array.from({ length: 300 }, (_, i) =>
      makeItem(`e${i}`, random() * 600 - 50),
    ).sort((a, b) => a.start - b.start);
    for (const rtl of [false, true]) {
      const layout = layoutLane(items, identity, {
        maxRows: 3,
        markRadius: 10,
        labelWidth: () => 40 + (items.length % 7) * 10,
        rtl,
        bounds: [0, 500],
      });
      for (const mark of layout.marks.filter((m) => m.labeled)) {
        const left = rtl ? mark.labelX - mark.labelWidth : mark.labelX;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + mark.labelWidth).toBeLessThanOrEqual(500);
      }
    }
  });
});

describe('the overflow option', () => {
  it('clusters the given items without giving them a row, and loses none', () => {
    const random = mulberry32(11);
    const items = Array.from({ length: 50 }, (_, i) => makeItem(`p${i}`, random() * 500)).sort(
      (a, b) => a.start - b.start,
    );
    const overflow = Array.from({ length: 2000 }, (_, i) => makeItem(`o${i}`, random() * 500)).sort(
      (a, b) => a.start - b.start,
    );
    const layout = layoutLane(items, identity, {
      maxRows: 3,
      markRadius: 10,
      labelWidth: () => 60,
      bounds: [0, 500],
      overflow,
    });
    const marked = new Set(layout.marks.map((m) => m.item.id));
    expect(overflow.some((item) => marked.has(item.id))).toBe(false);
    const clustered = layout.clusters.reduce((sum, c) => sum + c.count, 0);
    expect(layout.marks.length + clustered).toBe(items.length + overflow.length);
    // However many items, clusters stay as few as the width allows.
    expect(layout.clusters.length).toBeLessThanOrEqual(4 * Math.ceil(500 / 20));
  });
});
