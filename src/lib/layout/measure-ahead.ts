/**
 * Working through lanes' items ahead of need, a little at a time: the first item of
 * every lane, then the second of every lane, and so on, so that the most important
 * items of each lane come first (the lists are in the order items claim rows).
 */
import type { TimelineItem } from '../data/items';

export interface AheadProgress {
  /** How deep into every list the work has gone. */
  next: number;
}

/**
 * Calls `visit` on the lists' items, depth by depth, while `more()` says there is time,
 * up to `limit` items in all. Returns true once nothing is left.
 */
export function visitAhead(
  lists: readonly (readonly TimelineItem[])[],
  progress: AheadProgress,
  limit: number,
  visit: (item: TimelineItem) => void,
  more: () => boolean,
): boolean {
  const depth = Math.ceil(limit / Math.max(1, lists.length));
  const deepest = Math.min(depth, Math.max(0, ...lists.map((list) => list.length)));
  while (progress.next < deepest && more()) {
    for (const list of lists) {
      const item = list[progress.next];
      if (item) visit(item);
    }
    progress.next++;
  }
  return progress.next >= deepest;
}
