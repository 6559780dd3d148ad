/**
 * Shared test fixtures for the layout tests (not a test file itself): a seeded PRNG so
 * that "random" data is the same on every run, and minimal TimelineItems.
 */
import type { TimelineItem } from '../../src/lib/data/items';

/** mulberry32: a tiny, well-mixed 32-bit PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An item whose start and end are given directly (ms, or pixels under an identity scale). */
export function makeItem(
  id: string,
  start: number,
  {
    end,
    importance = 3,
    isPeriod = end !== undefined,
  }: { end?: number; importance?: number; isPeriod?: boolean } = {},
): TimelineItem {
  const event = {
    id,
    start: '',
    title: id,
    summary: '',
    category: 'c',
    countries: [],
    actors: [],
    importance: 3 as const,
    sources: [],
  };
  return { id, event, start, end: end ?? start + 1, precision: 'day', isPeriod, importance };
}

export const ids = (items: readonly TimelineItem[]): string[] => items.map((i) => i.id);
