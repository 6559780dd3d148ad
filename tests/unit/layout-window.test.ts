/** The pure pieces the chart model composes: window layouts, catching up, work ahead. */
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../src/lib/data/items';
import {
  byPriority,
  catchUpStep,
  createIndex,
  lanesShown,
  layoutWindow,
  visitAhead,
} from '../../src/lib/layout';
import { domainWithView } from '../../src/lib/time/scale';
import { utcMs } from '../../src/lib/data/dates';
import { makeItem } from './layout-fixtures';

const inCategory = (item: TimelineItem, category: string): TimelineItem => ({
  ...item,
  event: { ...item.event, category },
});

describe('layoutWindow', () => {
  const items = Array.from({ length: 200 }, (_, i) =>
    makeItem(`e${i}`, i * 10, { importance: i % 50 === 0 ? 5 : 2 }),
  );
  const input = (limit: number) => ({
    index: createIndex(items),
    byPriority: [...items].sort(byPriority),
    window: [0, 2000] as [number, number],
    margin: 0,
    limit,
    x: (t: number) => t / 2,
    options: { maxRows: 2, markRadius: 5, labelWidth: () => 40 },
  });

  it('lets only the most important items try for a row when there are too many', () => {
    const layout = layoutWindow(input(4));
    const marked = layout.marks.map((mark) => mark.item.id);
    expect(marked.length).toBeLessThanOrEqual(4);
    expect(marked).toEqual(expect.arrayContaining(['e0', 'e50', 'e100', 'e150']));
    // Nothing is lost: every item in the window is a mark or in a cluster.
    const clustered = layout.clusters.flatMap((cluster) => cluster.ids);
    expect(new Set([...marked, ...clustered]).size).toBe(200);
  });

  it('never leaves a cluster of one', () => {
    for (const limit of [1, 4, 30, 200])
      expect(layoutWindow(input(limit)).clusters.every((c) => c.count > 1)).toBe(true);
  });
});

describe('catchUpStep', () => {
  it('replaces the first stale lane per step and ends with null', () => {
    const target = ['a2', 'b', 'c2'];
    const one = catchUpStep(['a1', 'b', 'c1'], target);
    expect(one).toEqual(['a2', 'b', 'c1']);
    expect(catchUpStep(one!, target)).toBeNull();
  });

  it('takes the target at once when the lanes themselves changed', () => {
    expect(catchUpStep(['a', 'b'], ['a', 'b', 'c'])).toBeNull();
  });
});

describe('visitAhead', () => {
  const lists = [['a1', 'a2', 'a3'], ['b1']].map((ids) => ids.map((id) => makeItem(id, 0)));
  /** Visits with a limit and a number of rounds' time; says whether done, and what it saw. */
  const visitor = () => {
    const seen: string[] = [];
    const progress = { next: 0 };
    const run = (limit: number, rounds = Infinity) =>
      visitAhead(
        lists,
        progress,
        limit,
        (item) => seen.push(item.id),
        () => rounds-- > 0,
      );
    return { seen, run };
  };

  it('goes depth by depth across the lists, within the limit, resuming where it stopped', () => {
    const { seen, run } = visitor();
    expect(run(10, 1)).toBe(false);
    expect(seen).toEqual(['a1', 'b1']);
    expect(run(10)).toBe(true);
    expect(seen).toEqual(['a1', 'b1', 'a2', 'a3']);
  });

  it('stops at the limit', () => {
    const { seen, run } = visitor();
    expect(run(2)).toBe(true);
    expect(seen).toEqual(['a1', 'b1']);
  });
});

describe('lanesShown', () => {
  const registries = {
    countries: [],
    actors: [],
    categories: [
      { id: 'x', label: 'X', color: 'blue' },
      { id: 'y', label: 'Y', color: 'red' },
    ],
  } as never;
  const all = [inCategory(makeItem('1', 0), 'x'), inCategory(makeItem('2', 0), 'y')];

  it('collapses lanes the filter empties, or keeps them whole, dimmed, when fading', () => {
    const filter = { matching: [all[0]!], fade: false, active: true };
    expect(lanesShown(filter, all, 'category', { registries }).map((l) => l.id)).toEqual(['x']);
    const faded = lanesShown({ ...filter, fade: true }, all, 'category', { registries });
    expect(faded.map((l) => [l.id, l.items.length])).toEqual([['x', 1]]);
    const wider = { matching: all, fade: true, active: true };
    expect(lanesShown(wider, all, 'category', { registries }).map((l) => l.id)).toEqual(['x', 'y']);
  });
});

describe('domainWithView', () => {
  it('pads the items’ span and widens it to hold the default view', () => {
    const items = [{ start: utcMs(1970), end: utcMs(1980) }];
    const [d0, d1] = domainWithView(items);
    expect(d0).toBeLessThan(utcMs(1970));
    expect(d1).toBeGreaterThan(utcMs(1980));
    const [v0, v1] = domainWithView(items, { from: '1900', to: '2000' });
    expect(v0).toBe(utcMs(1900));
    expect(v1).toBe(utcMs(2001));
    expect(domainWithView(items, { from: '1975' })).toEqual([d0, d1]);
  });
});
