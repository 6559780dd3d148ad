/**
 * One lane laid out for a window: the items in it (plus a margin) that could get a row
 * try for one, most important first; the rest go straight to clusters, so the cost
 * follows what can be drawn, not the dataset's size. A cluster of one becomes a mark.
 */
import type { TimelineItem } from '../data/items';
import { itemsInWindow, type ItemIndex } from './cull';
import { layoutLane, type LaneLayout, type LaneLayoutOptions } from './pack';
import { withSinglesAsMarks } from './singles';

export interface WindowLayoutInput {
  /** The lane's items, indexed for culling, and in the order they claim rows. */
  index: ItemIndex;
  byPriority: readonly TimelineItem[];
  window: [number, number];
  /** Time laid out beyond each side of the window (ms). */
  margin: number;
  /** Most items that try for a row; more than could ever get one here. */
  limit: number;
  x: (t: number) => number;
  options: Omit<LaneLayoutOptions, 'overflow'>;
}

export function layoutWindow({
  index,
  byPriority,
  window: [w0, w1],
  margin,
  limit,
  x,
  options,
}: WindowLayoutInput): LaneLayout {
  const visible = itemsInWindow(index, [w0, w1], margin);
  let candidates = visible;
  let overflow: TimelineItem[] = [];
  if (visible.length > limit) {
    const chosen = new Set<TimelineItem>();
    for (const item of byPriority) {
      if (item.end > w0 - margin && item.start < w1 + margin) chosen.add(item);
      if (chosen.size === limit) break;
    }
    candidates = visible.filter((item) => chosen.has(item));
    overflow = visible.filter((item) => !chosen.has(item));
  }
  return withSinglesAsMarks(layoutLane(candidates, x, { ...options, overflow }), visible, x);
}
