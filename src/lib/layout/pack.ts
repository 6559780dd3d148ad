/**
 * Level-of-detail layout of one lane: which items get a row, which get a label, and
 * which collapse into clusters.
 *
 * Invariants: x positions are pixels from the view scale (possibly reversed for rtl);
 * items are served in priority order (importance desc, start asc, id asc), each taking
 * the lowest row where its labeled footprint is free, else the lowest row where its bare
 * mark is free, else it overflows into a cluster. So no footprint overlaps another in a
 * row (with `labelGap` between them), an item loses its label only to items of higher
 * priority, and every input item is exactly one mark or one cluster member. The result
 * depends only on the input (no randomness, no clock).
 * Cost: O(n log n) sort + O(n · maxRows · log n) row searches (+ splices, memmoves of at
 * most n intervals) + O(k log k) clustering of k overflowed items: 2,000 items take a
 * few milliseconds.
 */
import type { TimelineItem } from '../data/items';
import { RowOccupancy } from './intervals';
import { footprintOf } from './footprint';
import { placeClusters } from './cluster';
import type { Cluster, Overflowed } from './cluster';
import type { Interval } from './intervals';

export type { Cluster } from './cluster';

export interface LaneLayoutOptions {
  maxRows: number;
  /** Half the tap target of a mark, in pixels (e.g. 12). */
  markRadius: number;
  labelWidth: (item: TimelineItem) => number;
  /** Free pixels kept between any two footprints in a row; default 4. */
  labelGap?: number;
  /** Overflowed items this close (pixels) to a cluster's extent join it; default 2·markRadius. */
  clusterGap?: number;
  /** Labels follow marks to the left (reading direction), whatever the scale's direction. */
  rtl?: boolean;
  /** Pixel range labels must stay inside, usually [0, chart width]. */
  bounds?: [number, number];
  /**
   * Items already decided to go into clusters without a try at a row: the dense part of
   * a lane zoomed out, so layout cost follows what can be drawn, not the dataset's size.
   */
  overflow?: readonly TimelineItem[];
}

export interface PlacedMark {
  item: TimelineItem;
  /** x of the start. */
  x: number;
  /** Periods: x of the end (the bar's other end). */
  x2?: number;
  row: number;
  labeled: boolean;
  /** Reading-start edge of the label box: left edge in ltr, right edge in rtl. */
  labelX: number;
  /** Width reserved for the label (also set when unlabeled, for hit testing or fades). */
  labelWidth: number;
}

export interface LaneLayout {
  /** In input (time) order. */
  marks: PlacedMark[];
  /** In x order. */
  clusters: Cluster[];
  /** Rows used: highest row + 1 (maxRows + 1 when a cluster needed the extra row). */
  rows: number;
}

export const DEFAULT_LABEL_GAP = 4;

/** The order items claim rows in: most important first, then earliest, then by id. */
export function byPriority(a: TimelineItem, b: TimelineItem): number {
  return (
    b.importance - a.importance || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function lowestFreeRow(rows: readonly RowOccupancy[], box: Interval, gap: number): number {
  return rows.findIndex((row) => row.isFree(box.left, box.right, gap));
}

export function layoutLane(
  items: readonly TimelineItem[],
  x: (t: number) => number,
  options: LaneLayoutOptions,
): LaneLayout {
  const r = options.markRadius;
  const gap = options.labelGap ?? DEFAULT_LABEL_GAP;
  const geometry = {
    markRadius: r,
    labelGap: gap,
    rtl: options.rtl ?? false,
    bounds: options.bounds,
  };
  const maxRows = Math.max(0, Math.floor(options.maxRows));
  const rows = Array.from({ length: maxRows + 1 }, () => new RowOccupancy());
  const regularRows = rows.slice(0, maxRows);

  // Indices rather than items as keys, so an item given twice is still laid out twice.
  const order = items.map((_, i) => i).sort((a, b) => byPriority(items[a]!, items[b]!));
  const placed: (PlacedMark | undefined)[] = new Array(items.length);
  const overflowed: Overflowed[] = (options.overflow ?? []).map((item) => ({
    item,
    x: x(item.start),
  }));
  for (const index of order) {
    const item = items[index]!;
    const footprint = footprintOf(item, x, options.labelWidth(item), geometry);
    let labeled = footprint.canLabel;
    let row = labeled ? lowestFreeRow(regularRows, footprint.labeled, gap) : -1;
    if (row === -1) {
      labeled = false;
      row = lowestFreeRow(regularRows, footprint.mark, gap);
    }
    if (row === -1) {
      overflowed.push({ item, x: footprint.x });
      continue;
    }
    const box = labeled ? footprint.labeled : footprint.mark;
    rows[row]!.occupy(box.left, box.right);
    const mark: PlacedMark = {
      item,
      x: footprint.x,
      row,
      labeled,
      labelX: footprint.labelX,
      labelWidth: footprint.labelWidth,
    };
    if (footprint.x2 !== undefined) mark.x2 = footprint.x2;
    placed[index] = mark;
  }

  const clusters = placeClusters(overflowed, rows, {
    markRadius: r,
    gap,
    clusterGap: options.clusterGap ?? 2 * r,
  });
  const marks = placed.filter((mark): mark is PlacedMark => mark !== undefined);
  let highestRow = -1;
  for (const { row } of [...marks, ...clusters]) highestRow = Math.max(highestRow, row);
  return { marks, clusters, rows: highestRow + 1 };
}
