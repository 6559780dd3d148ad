import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/lib/generate';
import { ITEMS_CHUNK, toItems, toItemsAsync } from '../../src/lib/data/items';
import type { TimelineEvent } from '../../src/lib/data/types';

const events = (count: number): TimelineEvent[] => generateDataset(count).events;

describe('toItems', () => {
  it('orders by start, then importance (higher first), then id, and skips unreadable dates', () => {
    const base = { title: 't', category: 'c', importance: 1 } as unknown as TimelineEvent;
    const items = toItems([
      { ...base, id: 'b', start: '2000' },
      { ...base, id: 'a', start: '2000' },
      { ...base, id: 'c', start: '2000', importance: 3 },
      { ...base, id: 'early', start: '1999-12-31', end: '2001' },
      { ...base, id: 'bad', start: '2000-02-30' },
      { ...base, id: 'bad-end', start: '2000', end: 'soon' },
    ]);
    expect(items.map((item) => item.id)).toEqual(['early', 'c', 'a', 'b']);
    expect(items[0]).toMatchObject({
      isPeriod: true,
      precision: 'day',
      start: Date.UTC(1999, 11, 31),
      end: Date.UTC(2002, 0, 1),
    });
    expect(items[1]).toMatchObject({
      isPeriod: false,
      precision: 'year',
      end: Date.UTC(2001, 0, 1),
    });
  });
});

describe('toItemsAsync', () => {
  it('makes the same items as toItems, pausing every ITEMS_CHUNK events', async () => {
    const input = events(2 * ITEMS_CHUNK + 123);
    // Some events the chart cannot place: they are left out by both.
    input[7] = { ...input[7]!, start: 'never' };
    input[ITEMS_CHUNK + 1] = { ...input[ITEMS_CHUNK + 1]!, end: '1965-02-30' };
    let pauses = 0;
    const items = await toItemsAsync(input, async () => void pauses++);
    // Between the three chunks, before the sort and after it.
    expect(pauses).toBe(4);
    expect(items).toEqual(toItems(input));
    expect(items).toHaveLength(input.length - 2);
    expect(items.every((item, i) => i === 0 || item.start >= items[i - 1]!.start)).toBe(true);
  });

  it('does not pause for a small dataset', async () => {
    let pauses = 0;
    const input = events(ITEMS_CHUNK);
    expect(await toItemsAsync(input, async () => void pauses++)).toEqual(toItems(input));
    expect(pauses).toBe(0);
    expect(await toItemsAsync([])).toEqual([]);
  });
});
