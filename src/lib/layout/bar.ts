/**
 * How an event's mark is drawn along time: a period long enough to see is a bar, anything
 * else a point (a period too short for a bar sits at its middle). Shared by the SVG marks
 * and the canvas that paints them while the view moves, so both look the same.
 */

/** A period drawn shorter than this (px) is shown as a point. */
export const MIN_BAR_PX = 10;

export interface MarkBar {
  /** Left edge of the bar, relative to the mark's start x (0 or negative, as in rtl). */
  left: number;
  width: number;
  isBar: boolean;
}

/** The bar of a mark laid out at `x` (and `x2` for a period), stretched by `ratio`. */
export function markBar(x: number, x2: number | undefined, ratio = 1): MarkBar {
  if (x2 === undefined) return { left: 0, width: 0, isBar: false };
  const width = Math.abs(x2 - x) * ratio;
  return { left: Math.min(0, x2 - x) * ratio, width, isBar: width >= MIN_BAR_PX };
}
