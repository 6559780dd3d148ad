import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../src/lib/data/items';
import { layoutLane } from '../../src/lib/layout/pack';
import { groupByProximity, type Overflowed } from '../../src/lib/layout/cluster';
import { makeItem, mulberry32 } from './layout-fixtures';

// Properties of layoutLane over seeded random lanes; worked examples are in layout-pack.test.ts.

const point = (id: string, x: number, importance = 3) => makeItem(id, x, { importance });
const period = (id: string, from: number, to: number, importance = 3) =>
  makeItem(id, from, { end: to, importance });

interface Box {
  left: number;
  right: number;
}

/** The spec's footprints, computed here independently of the implementation. */
function specFootprints(
  item: TimelineItem,
  x: (t: number) => number,
  width: number,
  r: number,
  gap: number,
  rtl: boolean,
) {
  const x1 = x(item.start);
  const x2 = item.isPeriod ? x(item.end) : x1;
  const [lo, hi] = [Math.min(x1, x2), Math.max(x1, x2)];
  const mark = { left: lo - r, right: hi + r };
  const inside = item.isPeriod && hi - lo >= width + 2 * gap;
  const labelLeft = inside ? (rtl ? hi - gap - width : lo + gap) : rtl ? lo - r - width : hi + r;
  const labeled = {
    left: Math.min(mark.left, labelLeft),
    right: Math.max(mark.right, labelLeft + width),
  };
  return { mark, labeled, labelX: rtl ? labelLeft + width : labelLeft };
}

const EPSILON = 1e-6;
const collide = (a: Box, b: Box, gap: number) =>
  a.left < b.right + gap - EPSILON && b.left < a.right + gap - EPSILON;
const touches = (a: Box, b: Box, gap: number) =>
  a.left < b.right + gap + EPSILON && b.left < a.right + gap + EPSILON;
const priority = (a: TimelineItem, b: TimelineItem) =>
  b.importance - a.importance || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function randomLane(seed: number, count: number): TimelineItem[] {
  const random = mulberry32(seed);
  const items = Array.from({ length: count }, (_, n) => {
    const start = random() * 1000;
    const importance = 1 + Math.floor(random() * 5);
    return random() < 0.25
      ? period(`i${n}`, start, start + random() * 300, importance)
      : point(`i${n}`, start, importance);
  });
  return items.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

const configs = [1, 2, 3, 4, 5, 6].flatMap((seed) =>
  [
    { maxRows: 1, r: 12, rtl: false, count: 40 },
    { maxRows: 3, r: 12, rtl: false, count: 120 },
    { maxRows: 4, r: 6, rtl: true, count: 200 },
    { maxRows: 2, r: 8, rtl: true, count: 15 },
  ].map((c) => ({ seed, ...c })),
);

type Config = (typeof configs)[number];
const GAP = 3;

function layoutFor({ seed, maxRows, r, rtl, count }: Config) {
  const items = randomLane(seed, count);
  const x = rtl ? (t: number) => 1300 - t * 1.1 : (t: number) => t * 1.1;
  const widthOf = (item: TimelineItem) => 20 + ((item.id.length * 37 + item.importance * 13) % 90);
  const options = { maxRows, markRadius: r, labelWidth: widthOf, labelGap: GAP, rtl };
  return { items, x, widthOf, options, layout: layoutLane(items, x, options) };
}

describe('layoutLane guarantees on random lanes', () => {
  it('uses lanes dense enough to exercise every branch, so the checks below are not vacuous', () => {
    const layouts = configs.map((config) => layoutFor(config).layout);
    const share = (test: (l: (typeof layouts)[number]) => boolean) =>
      layouts.filter(test).length / layouts.length;
    expect(share((l) => l.marks.some((m) => !m.labeled))).toBeGreaterThan(0.5);
    expect(share((l) => l.clusters.length > 0)).toBeGreaterThan(0.5);
    expect(share((l) => l.marks.some((m) => m.row > 0))).toBeGreaterThan(0.5);
    expect(share((l) => l.clusters.some((c) => c.count > 1))).toBeGreaterThan(0.25);
  });

  it.each(configs)('seed $seed, $count items, $maxRows rows, r=$r, rtl=$rtl', (config) => {
    const { maxRows, r, rtl } = config;
    const gap = GAP;
    const { items, x, widthOf, options, layout } = layoutFor(config);

    // Every item is exactly one mark or one cluster member.
    const seen = [...layout.marks.map((m) => m.item.id), ...layout.clusters.flatMap((c) => c.ids)];
    expect(seen.sort()).toEqual(items.map((i) => i.id).sort());
    expect(layout.marks.length + layout.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(
      items.length,
    );

    // Marks come back in input order, geometry as the spec defines it.
    expect(layout.marks.map((m) => m.item.id)).toEqual(
      items.filter((i) => layout.marks.some((m) => m.item === i)).map((i) => i.id),
    );
    const taken = layout.marks.map((m) => {
      const spec = specFootprints(m.item, x, widthOf(m.item), r, gap, rtl);
      expect(m.labelX).toBeCloseTo(spec.labelX, 9);
      return {
        item: m.item,
        row: m.row,
        labeled: m.labeled,
        box: m.labeled ? spec.labeled : spec.mark,
      };
    });

    // No two footprints (marks, labels, clusters) collide in a row.
    const boxes = [
      ...taken.map((t) => ({ row: t.row, box: t.box })),
      ...layout.clusters.map((c) => ({ row: c.row, box: { left: c.x - r, right: c.x + r } })),
    ];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (boxes[i]!.row === boxes[j]!.row)
          expect(collide(boxes[i]!.box, boxes[j]!.box, gap)).toBe(false);
      }
    }

    // An item loses its label, or a lower row, only to items of higher priority.
    const blockedInRow = (item: TimelineItem, box: Box, row: number) =>
      taken.some((t) => t.row === row && priority(t.item, item) < 0 && touches(t.box, box, gap));
    const clustered = items.filter((i) => !layout.marks.some((m) => m.item === i));
    const unlabeled = taken.filter((t) => !t.labeled).map((t) => t.item);
    for (const item of [...unlabeled, ...clustered]) {
      const spec = specFootprints(item, x, widthOf(item), r, gap, rtl);
      for (let row = 0; row < maxRows; row++)
        expect(blockedInRow(item, spec.labeled, row)).toBe(true);
    }
    for (const t of taken) {
      for (let row = 0; row < t.row; row++) expect(blockedInRow(t.item, t.box, row)).toBe(true);
    }

    // Clusters: within the extra row at most, spans and counts consistent.
    for (const cluster of layout.clusters) {
      expect(cluster.row).toBeLessThanOrEqual(maxRows);
      expect(cluster.ids).toHaveLength(cluster.count);
      const members = items.filter((i) => cluster.ids.includes(i.id));
      expect(cluster.start).toBe(Math.min(...members.map((i) => i.start)));
      expect(cluster.end).toBe(Math.max(...members.map((i) => i.end)));
    }
    expect(layout.rows).toBe(Math.max(0, ...boxes.map((b) => b.row + 1)));

    // Identical input, identical output.
    expect(layoutLane(items, x, options)).toEqual(layout);
  });

  it('lays out 2,000 items in a few milliseconds', () => {
    const items = randomLane(99, 2000).map((i) => ({ ...i, start: i.start * 20, end: i.end * 20 }));
    const run = () =>
      layoutLane(items, (t) => t / 20, { maxRows: 4, markRadius: 12, labelWidth: () => 80 });
    run();
    const times = Array.from({ length: 5 }, () => {
      const began = performance.now();
      run();
      return performance.now() - began;
    }).sort((a, b) => a - b);
    // Median; the bound is loose so that a busy CI machine does not fail it.
    expect(times[2]).toBeLessThan(50);
  });
});

describe('groupByProximity on nearly sorted input', () => {
  // A lane's overflow arrives in order, then the few items that lost their try at a row:
  // only that tail is sorted and merged in. The result must be what a full stable sort gives.
  const byXThenTime = (a: Overflowed, b: Overflowed) =>
    a.x - b.x ||
    a.item.start - b.item.start ||
    (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);

  it('groups exactly as after a full sort, for sorted heads and shuffled tails', () => {
    const random = mulberry32(7);
    for (let run = 0; run < 300; run++) {
      const head = Array.from({ length: Math.floor(random() * 40) }, (_, i) => ({
        item: makeItem(`h${i}`, Math.floor(random() * 50)),
        x: Math.floor(random() * 100),
      })).sort(byXThenTime);
      const tail = Array.from({ length: Math.floor(random() * 10) }, (_, i) => ({
        item: makeItem(`t${i}`, Math.floor(random() * 50)),
        x: Math.floor(random() * 100),
      }));
      const input = [...head, ...tail];
      const gap = Math.floor(random() * 6);
      const groups = groupByProximity(input, gap);
      expect(groups.flat()).toEqual([...input].sort(byXThenTime));
      for (const group of groups)
        for (let i = 1; i < group.length; i++)
          expect(group[i]!.x - group[i - 1]!.x).toBeLessThanOrEqual(gap);
    }
  });
});
