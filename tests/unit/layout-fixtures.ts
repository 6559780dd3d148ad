/**
 * Shared test fixtures for the layout tests (not a test file itself): a seeded PRNG so
 * that "random" data is the same on every run, and minimal TimelineItems.
 */
import type { TimelineItem } from '../../src/lib/data/items';

/** The seeded PRNG the benchmark's generator uses too (mulberry32). */
export { mulberry32 } from '../../bench/lib/prng';

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
