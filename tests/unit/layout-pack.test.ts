import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../src/lib/data/items';
import { layoutLane } from '../../src/lib/layout/pack';
import type { LaneLayout, LaneLayoutOptions } from '../../src/lib/layout/pack';
import { makeItem } from './layout-fixtures';

const point = (id: string, x: number, importance = 3) => makeItem(id, x, { importance });
const period = (id: string, from: number, to: number, importance = 3) =>
  makeItem(id, from, { end: to, importance });

const identity = (t: number) => t;
const mirrored = (t: number) => 1000 - t;

/** Spec options: points and periods are given directly in pixels through `identity`. */
function options(
  overrides: Partial<LaneLayoutOptions> & { width?: number } = {},
): LaneLayoutOptions {
  const { width = 100, ...rest } = overrides;
  return { maxRows: 3, markRadius: 5, labelWidth: () => width, labelGap: 0, ...rest };
}

const rowsById = (layout: LaneLayout) =>
  Object.fromEntries(layout.marks.map((m) => [m.item.id, `${m.row}${m.labeled ? 'L' : 'u'}`]));

describe('layoutLane rows and labels', () => {
  it.each([
    {
      name: 'packs overlapping labels into separate rows',
      items: [point('a', 0), point('b', 10), point('c', 20)],
      opts: {},
      rows: { a: '0L', b: '1L', c: '2L' },
    },
    {
      name: 'reuses the lowest row once an earlier label has ended',
      items: [point('a', 0), point('b', 10), point('c', 200)],
      opts: {},
      rows: { a: '0L', b: '1L', c: '0L' },
    },
    {
      name: 'keeps labelGap free between footprints',
      items: [point('a', 0), point('b', 112)],
      opts: { labelGap: 4 },
      // a covers [-5, 105]; b's mark would start at 107, closer than the 4 px gap.
      rows: { a: '0L', b: '1L' },
    },
    {
      name: 'drops a label that fits nowhere but keeps its mark',
      items: [point('a', 0), point('c', 70, 1), point('b', 100)],
      opts: { maxRows: 1, width: 50 },
      rows: { a: '0L', c: '0u', b: '0L' },
    },
    {
      name: 'labels the more important item when two compete, whatever their time order',
      items: [point('minor', 0, 1), point('major', 50, 5)],
      opts: { maxRows: 1 },
      rows: { minor: '0u', major: '0L' },
    },
    {
      name: 'breaks importance ties by earlier start',
      items: [point('early', 0), point('late', 50)],
      opts: { maxRows: 1 },
      rows: { early: '0L' },
    },
    {
      name: 'breaks full ties by id',
      items: [point('b', 0), point('a', 0)],
      opts: { maxRows: 2 },
      rows: { a: '0L', b: '1L' },
    },
  ])('$name', ({ items, opts, rows }) => {
    expect(rowsById(layoutLane(items, identity, options(opts)))).toEqual(rows);
  });
});

describe('layoutLane label geometry', () => {
  it.each([
    {
      name: 'ltr point: label starts at the mark edge, to the right',
      item: point('p', 100),
      x: identity,
      rtl: false,
      labelX: 105,
    },
    {
      name: 'rtl point: label ends at the mark edge, to the left',
      item: point('p', 100),
      x: mirrored,
      rtl: true,
      labelX: 895,
    },
    {
      name: 'ltr wide period: label inside, after the start',
      item: period('p', 100, 400),
      x: identity,
      rtl: false,
      labelX: 104,
    },
    {
      name: 'ltr narrow period: label after the bar',
      item: period('p', 100, 150),
      x: identity,
      rtl: false,
      labelX: 155,
    },
    {
      name: 'rtl wide period: label inside, reading from the start at the right',
      item: period('p', 100, 400),
      x: mirrored,
      rtl: true,
      labelX: 896,
    },
    {
      name: 'rtl narrow period: label after the bar, on its left',
      item: period('p', 100, 150),
      x: mirrored,
      rtl: true,
      labelX: 845,
    },
  ])('$name', ({ item, x, rtl, labelX }) => {
    const [mark] = layoutLane([item], x, options({ rtl, labelGap: 4 })).marks;
    expect(mark).toMatchObject({
      row: 0,
      labeled: true,
      labelX,
      labelWidth: 100,
      x: x(item.start),
    });
    expect(mark!.x2).toBe(item.isPeriod ? x(item.end) : undefined);
  });

  it.each([
    { rtl: false, x: identity, neighbour: 50, rows: { p: '0L', q: '1L' } },
    { rtl: false, x: identity, neighbour: -50, rows: { p: '0L', q: '0L' } },
    { rtl: true, x: mirrored, neighbour: 50, rows: { p: '0L', q: '0L' } },
    { rtl: true, x: mirrored, neighbour: -50, rows: { p: '0L', q: '1L' } },
  ])(
    'reserves the label on the reading side (rtl=$rtl, neighbour at $neighbour px)',
    ({ rtl, x, neighbour, rows }) => {
      // q (short label) sits 50 px right or left of p on screen; only the side p's label takes collides.
      const p = point('p', 500, 5);
      const q = point('q', rtl ? 500 - neighbour : 500 + neighbour, 1);
      const items = [p, q].sort((a, b) => a.start - b.start);
      const labelWidth = (item: TimelineItem) => (item.id === 'p' ? 80 : 10);
      expect(rowsById(layoutLane(items, x, options({ rtl, labelWidth })))).toEqual(rows);
    },
  );

  it('lets a point sit after a wide period whose label is inside it', () => {
    const items = [period('bar', 0, 300), point('p', 320)];
    expect(rowsById(layoutLane(items, identity, options({ labelGap: 4, width: 50 })))).toEqual({
      bar: '0L',
      p: '0L',
    });
  });
});

describe('layoutLane clusters', () => {
  it('groups items with no room into a cluster in the extra row', () => {
    const items = [point('a', 0, 5), point('b', 2), point('c', 4)];
    const layout = layoutLane(items, identity, options({ maxRows: 1 }));
    expect(rowsById(layout)).toEqual({ a: '0L' });
    expect(layout.clusters).toEqual([
      { x: 3, row: 1, count: 2, start: 2, end: 5, ids: ['b', 'c'] },
    ]);
    expect(layout.rows).toBe(2);
  });

  it('puts a cluster in a regular row when its mean position is free there', () => {
    const items = [point('a', 100, 5), point('b', 104), point('c', 121), point('d', 130, 5)];
    const layout = layoutLane(items, identity, options({ maxRows: 1, width: 0, clusterGap: 20 }));
    expect(rowsById(layout)).toEqual({ a: '0L', d: '0L' });
    expect(layout.clusters).toEqual([
      { x: 112.5, row: 0, count: 2, start: 104, end: 122, ids: ['b', 'c'] },
    ]);
    expect(layout.rows).toBe(1);
  });

  it.each([
    {
      name: 'far apart: two clusters',
      gap: 0,
      at: [0, 11],
      clusters: [
        [0, 1],
        [11, 1],
      ],
    },
    {
      name: 'close: merged so that the extra row never overlaps',
      gap: 4,
      at: [0, 11],
      clusters: [[5.5, 2]],
    },
    { name: 'within clusterGap: grouped', gap: 0, at: [0, 10], clusters: [[5, 2]] },
  ])('with no rows at all, $name', ({ gap, at, clusters }) => {
    const items = at.map((x, i) => point(`p${i}`, x));
    const layout = layoutLane(items, identity, options({ maxRows: 0, labelGap: gap }));
    expect(layout.marks).toEqual([]);
    expect(layout.clusters.map((c) => [c.x, c.count])).toEqual(clusters);
    expect(layout.clusters.every((c) => c.row === 0)).toBe(true);
  });

  it('returns an empty layout for no items', () => {
    expect(layoutLane([], identity, options())).toEqual({ marks: [], clusters: [], rows: 0 });
  });
});

describe('layoutLane determinism', () => {
  it('does not depend on the order of items that start together', () => {
    const items = [point('c', 10), point('a', 10), point('b', 10), point('d', 12, 4)];
    const layout = (list: TimelineItem[]) =>
      rowsById(layoutLane(list, identity, options({ maxRows: 2 })));
    expect(layout(items)).toEqual(layout([...items].reverse()));
  });
});
