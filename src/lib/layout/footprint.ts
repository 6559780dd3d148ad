/**
 * Where a mark and its label sit on a row, in pixels, before any row is chosen.
 *
 * Invariants: a footprint is an interval [left, right) with left < right; the mark part
 * is the tap target (markRadius on each side of a point, or of a period's bar); the label
 * box follows the mark in reading direction (right in ltr, left in rtl), except for a
 * period bar long enough to hold its label, where the label sits inside the bar from the
 * edge where reading starts. `labelX` is that reading-start edge of the label box: its
 * left edge in ltr, its right edge in rtl (SVG text-anchor "start" under `direction`).
 */
import type { TimelineItem } from '../data/items';
import type { Interval } from './intervals';

export interface Footprint {
  x: number;
  x2: number | undefined;
  /** The mark alone: used when the label does not fit. */
  mark: Interval;
  /** Mark and label together. */
  labeled: Interval;
  labelX: number;
  labelWidth: number;
  /** False when no placement keeps the label inside the bounds: the item goes unlabeled. */
  canLabel: boolean;
}

export interface FootprintOptions {
  markRadius: number;
  labelGap: number;
  rtl: boolean;
  /** Pixel range labels must stay inside (the chart's width); unbounded when absent. */
  bounds?: [number, number] | undefined;
}

export function footprintOf(
  item: TimelineItem,
  x: (t: number) => number,
  labelWidth: number,
  { markRadius: r, labelGap, rtl, bounds }: FootprintOptions,
): Footprint {
  const x1 = x(item.start);
  const x2 = item.isPeriod ? x(item.end) : undefined;
  const low = x2 === undefined ? x1 : Math.min(x1, x2);
  const high = x2 === undefined ? x1 : Math.max(x1, x2);
  const mark = { left: low - r, right: high + r };
  const width = Math.max(0, labelWidth);
  const [minX, maxX] = bounds ?? [-Infinity, Infinity];
  const inBounds = (left: number) => left >= minX && left + width <= maxX;
  // A bar's label goes inside the part of the bar that is in view, when it fits there.
  const visibleLow = Math.max(low, minX);
  const visibleHigh = Math.min(high, maxX);
  const fitsInside = x2 !== undefined && visibleHigh - visibleLow >= width + 2 * labelGap;
  let labelLeft: number;
  if (fitsInside) labelLeft = rtl ? visibleHigh - labelGap - width : visibleLow + labelGap;
  else {
    // After the mark in reading direction; near the far edge, before it instead.
    const after = rtl ? mark.left - width : mark.right;
    const before = rtl ? mark.right : mark.left - width;
    labelLeft = inBounds(after) || !inBounds(before) ? after : before;
  }
  const canLabel = fitsInside || inBounds(labelLeft);
  const labelRight = labelLeft + width;
  return {
    canLabel,
    x: x1,
    x2,
    mark,
    labeled: { left: Math.min(mark.left, labelLeft), right: Math.max(mark.right, labelRight) },
    labelX: rtl ? labelRight : labelLeft,
    labelWidth: width,
  };
}
