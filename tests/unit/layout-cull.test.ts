import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../src/lib/data/items';
import { createIndex, itemsInWindow } from '../../src/lib/layout/cull';
import { ids, makeItem, mulberry32 } from './layout-fixtures';

const DAY = 86_400_000;

function item(id: string, start: number, end = start + DAY): TimelineItem {
  return makeItem(id, start, { end, isPeriod: end - start > DAY });
}

function bySortedStart(items: TimelineItem[]): TimelineItem[] {
  return items.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

/** The definition itemsInWindow must agree with: [start, end) meets [t0 − m, t1 + m]. */
function bruteForce(
  items: readonly TimelineItem[],
  [t0, t1]: [number, number],
  margin: number,
): TimelineItem[] {
  return items.filter((i) => i.start <= t1 + margin && i.end > t0 - margin);
}

function randomItems(seed: number, count: number): TimelineItem[] {
  const random = mulberry32(seed);
  const items = Array.from({ length: count }, (_, n) => {
    const start = Math.floor(random() * 10_000) * DAY;
    // Mostly points, some long periods: the long ones are what defeat a running max.
    const length = random() < 0.1 ? Math.floor(random() * 3_000) * DAY : DAY;
    return item(`e${n}`, start, start + length);
  });
  return bySortedStart(items);
}

describe('itemsInWindow', () => {
  const items = bySortedStart([
    item('long-period', 0, 100 * DAY),
    item('point-5', 5 * DAY),
    item('point-20', 20 * DAY),
    item('period-30-40', 30 * DAY, 40 * DAY),
    item('point-200', 200 * DAY),
  ]);
  const index = createIndex(items);

  it.each([
    {
      name: 'a window between points catches the long period only',
      window: [10, 15],
      margin: 0,
      expected: ['long-period'],
    },
    {
      name: 'a point starting at the window end is inside',
      window: [15, 20],
      margin: 0,
      expected: ['long-period', 'point-20'],
    },
    {
      name: 'an item ending at the window start is outside (end is exclusive)',
      window: [6, 8],
      margin: 0,
      expected: ['long-period'],
    },
    {
      name: 'a window inside a period catches it',
      window: [33, 35],
      margin: 0,
      expected: ['long-period', 'period-30-40'],
    },
    {
      name: 'the margin widens the window on both sides',
      window: [10, 15],
      margin: 5,
      expected: ['long-period', 'point-5', 'point-20'],
    },
    { name: 'a window after everything', window: [300, 400], margin: 0, expected: [] },
    { name: 'a window before everything', window: [-50, -1], margin: 0, expected: [] },
    {
      name: 'a window over everything keeps time order',
      window: [-1, 1000],
      margin: 0,
      expected: ['long-period', 'point-5', 'point-20', 'period-30-40', 'point-200'],
    },
  ])('$name', ({ window, margin, expected }) => {
    const [t0, t1] = window as [number, number];
    expect(ids(itemsInWindow(index, [t0 * DAY, t1 * DAY], margin * DAY))).toEqual(expected);
  });

  it('finds nothing in an empty index', () => {
    expect(itemsInWindow(createIndex([]), [0, DAY])).toEqual([]);
  });

  it('sorts a copy when given items out of order', () => {
    const shuffled = [item('b', 2 * DAY), item('a', DAY), item('c', 3 * DAY)];
    const index = createIndex(shuffled);
    expect(ids(itemsInWindow(index, [0, 10 * DAY]))).toEqual(['a', 'b', 'c']);
    expect(ids(shuffled)).toEqual(['b', 'a', 'c']);
  });

  const randomCases = [1, 2, 3, 42, 1234].flatMap((seed) =>
    [0, 1, 17, 500, 3000].map((count) => ({ seed, count })),
  );
  it.each(randomCases)(
    'agrees with a brute-force filter (seed $seed, $count items)',
    ({ seed, count }) => {
      const items = randomItems(seed, count);
      const index = createIndex(items);
      const random = mulberry32(seed * 7919);
      for (let query = 0; query < 200; query++) {
        const t0 = Math.floor(random() * 12_000 - 1_000) * DAY;
        const t1 = t0 + Math.floor(random() * 400) * DAY;
        const margin = random() < 0.5 ? 0 : Math.floor(random() * 30) * DAY;
        expect(ids(itemsInWindow(index, [t0, t1], margin))).toEqual(
          ids(bruteForce(items, [t0, t1], margin)),
        );
      }
    },
  );

  it('does not scan past short items behind one long early period', () => {
    // 10,000 one-day items and one period spanning them all: a running max alone would
    // have to look at every item before the window.
    const items = bySortedStart([
      item('long', -DAY, 20_000 * DAY),
      ...Array.from({ length: 10_000 }, (_, n) => item(`p${n}`, n * DAY)),
    ]);
    let reads = 0;
    const counted = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const index = createIndex(counted);
    reads = 0;
    const found = itemsInWindow(index, [9_000 * DAY + 1, 9_002 * DAY]);
    expect(ids(found)).toEqual(['long', 'p9000', 'p9001', 'p9002']);
    // Two binary searches of ~14 steps each plus the 4 results; a scan would read thousands.
    expect(reads).toBeLessThan(60);
  });
});
