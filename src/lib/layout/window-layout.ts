/**
 * One lane laid out for a window: the items in it (plus a margin) that could get a row
 * try for one, most important first; the rest go straight to clusters, so the cost
 * follows what can be drawn, not the dataset's size. A cluster of one becomes a mark.
 */
import type { TimelineItem } from '../data/items';
import { itemsInWindow, type ItemIndex } from './cull';
import { layoutLane, type LaneLayout, type LaneLayoutOptions } from './pack';
import { withSinglesAsMarks } from './singles';
import { memoByIndex } from './catch-up';

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

/** What every lane of one picture is laid out with (see `laneLayouter`). */
export interface PictureInput {
  window: [number, number];
  x: (t: number) => number;
  /** Chart width (px). */
  width: number;
  /** Laid out beyond each side of the view: in time, as a fraction of the window... */
  reach: number;
  /** ...and in px, as a fraction of the width, for the labels' bounds. */
  spread: number;
  /** Rows each lane reserves, the cluster row included. */
  rows: readonly number[];
  index: (lane: number) => ItemIndex;
  byPriority: (lane: number) => readonly TimelineItem[];
  labelWidth: (item: TimelineItem) => number;
  markRadius: number;
  /** Most rows of marks any lane has; bounds how many items try for one. */
  maxRows: number;
  rtl: boolean;
}

/**
 * Lane `i` of one picture, laid out when first asked for and then kept, so the lanes
 * can be laid out a frame apart from the same inputs.
 */
export function laneLayouter(picture: PictureInput): (lane: number) => LaneLayout {
  const { window, x, width, reach, spread, rows, markRadius } = picture;
  const margin = (window[1] - window[0]) * reach;
  const marginPx = width * spread;
  // More items than could ever get a row here: only the most important try for one.
  const limit = Math.max(
    60,
    Math.ceil(((1 + 2 * spread) * 1.5 * picture.maxRows * width) / (2 * markRadius)),
  );
  return memoByIndex((lane) =>
    layoutWindow({
      index: picture.index(lane),
      byPriority: picture.byPriority(lane),
      window,
      margin,
      limit,
      x,
      options: {
        maxRows: rows[lane]! - 1,
        markRadius,
        labelWidth: picture.labelWidth,
        labelGap: 6,
        clusterGap: markRadius * 2,
        rtl: picture.rtl,
        bounds: [2 - marginPx, width - 2 + marginPx],
      },
    }),
  );
}

/** The earliest item that has a mark in any lane; lanes not laid out yet are skipped. */
export function firstMarkInTime(layouts: readonly (LaneLayout | undefined)[]): TimelineItem | null {
  let first: TimelineItem | null = null;
  for (const layout of layouts)
    for (const mark of layout?.marks ?? [])
      if (!first || mark.item.start < first.start) first = mark.item;
  return first;
}
