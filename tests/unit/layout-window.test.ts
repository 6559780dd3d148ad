/** The pure pieces the chart model composes: window layouts, catching up, work ahead. */
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../src/lib/data/items';
import {
  byPriority,
  catchUpStep,
  createIndex,
  firstMarkInTime,
  laneLayouter,
  lanesShown,
  layoutWindow,
  memoByIndex,
  memoEach,
  startCatchUp,
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
  /** A target that records which lanes it was asked for. */
  const targetOf = (layouts: string[]) => {
    const asked: number[] = [];
    const target = (lane: number) => (asked.push(lane), layouts[lane]!);
    return { asked, target };
  };

  it('replaces one stale lane per step, in order, and ends with null', () => {
    const { asked, target } = targetOf(['a2', 'b', 'c2']);
    const one = catchUpStep(startCatchUp(['a1', 'b', 'c1']), 3, target);
    expect(one?.shown).toEqual(['a2', 'b', 'c1']);
    expect(asked).toEqual([0]);
    expect(catchUpStep(one!, 3, target)).toBeNull();
    // Lane 1 was up to date and lane 0 was not asked for again.
    expect(asked).toEqual([0, 1, 2]);
  });

  it('draws lanes one by one from none, asking only for the lane it draws', () => {
    const { asked, target } = targetOf(['a', 'b', 'c']);
    let state = catchUpStep(startCatchUp<string>(), 3, target);
    expect(state?.shown).toEqual(['a']);
    expect(asked).toEqual([0]);
    state = catchUpStep(state!, 3, target);
    expect(state?.shown).toEqual(['a', 'b']);
    expect(catchUpStep(state!, 3, target)).toBeNull();
  });

  it('never changes the array it was given', () => {
    const start = startCatchUp(['x', 'y']);
    const shown = start.shown;
    catchUpStep(start, 2, targetOf(['a', 'b']).target);
    expect(shown).toEqual(['x', 'y']);
  });

  it('checks every lane again from the first when the target changes', () => {
    const first = catchUpStep(startCatchUp<string>(), 2, targetOf(['a', 'b']).target)!;
    const { asked, target } = targetOf(['a2', 'b2']);
    expect(catchUpStep(first, 2, target)?.shown).toEqual(['a2']);
    expect(asked).toEqual([0]);
  });

  it('drops lanes past the count when lanes were removed', () => {
    const { target } = targetOf(['a']);
    expect(catchUpStep(startCatchUp(['x', 'y', 'z']), 1, target)).toBeNull();
    const second = targetOf(['a', 'y']).target;
    const two = catchUpStep(startCatchUp(['x', 'y', 'z']), 2, second);
    expect(two?.shown).toEqual(['a', 'y']);
    expect(catchUpStep(two!, 2, second)).toBeNull();
  });
});

describe('memoByIndex and memoEach', () => {
  it('makes each value once, when first asked for', () => {
    const made: number[] = [];
    const square = memoByIndex((i) => (made.push(i), { value: i * i }));
    expect(square(3)).toBe(square(3));
    expect(square(2).value).toBe(4);
    expect(made).toEqual([3, 2]);
  });

  it('maps the entries of a list lazily', () => {
    const made: string[] = [];
    const upper = memoEach(['a', 'b'], (entry) => (made.push(entry), entry.toUpperCase()));
    expect(made).toEqual([]);
    expect(upper(1)).toBe('B');
    expect(upper(1)).toBe('B');
    expect(made).toEqual(['b']);
  });
});

describe('laneLayouter', () => {
  const lanes = [0, 1, 2].map((lane) =>
    Array.from({ length: 30 }, (_, i) => makeItem(`l${lane}e${i}`, i * 100)),
  );
  const picture = (asked: number[]) => ({
    window: [0, 3000] as [number, number],
    x: (t: number) => t / 3,
    width: 1000,
    reach: 0.1,
    spread: 0,
    rows: [3, 3, 3],
    index: (lane: number) => (asked.push(lane), createIndex(lanes[lane]!)),
    byPriority: (lane: number) => [...lanes[lane]!].sort(byPriority),
    labelWidth: () => 40,
    markRadius: 5,
    maxRows: 2,
    rtl: false,
  });

  it('lays a lane out when first asked for, once, as layoutWindow would', () => {
    const asked: number[] = [];
    const laneOf = laneLayouter(picture(asked));
    const second = laneOf(1);
    expect(asked).toEqual([1]);
    expect(laneOf(1)).toBe(second);
    const direct = layoutWindow({
      index: createIndex(lanes[1]!),
      byPriority: [...lanes[1]!].sort(byPriority),
      window: [0, 3000],
      margin: 300,
      limit: 300,
      x: (t) => t / 3,
      options: {
        maxRows: 2,
        markRadius: 5,
        labelWidth: () => 40,
        labelGap: 6,
        clusterGap: 10,
        rtl: false,
        bounds: [2, 998],
      },
    });
    expect(second).toEqual(direct);
  });

  it('finds the earliest mark among the lanes laid out so far', () => {
    const laneOf = laneLayouter(picture([]));
    expect(firstMarkInTime([undefined, laneOf(2)])?.id).toBe('l2e0');
    expect(firstMarkInTime([undefined])).toBeNull();
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
