/**
 * The time scale the zoomable timeline starts from, and the conversions between a
 * d3-zoom transform and the visible time window.
 *
 * Invariants: all times are UTC ms; windows are [t0, t1] with t0 < t1 whatever the
 * reading direction; in rtl the range is reversed (earliest time at the right), and the
 * transform is still a plain d3 `ZoomTransform` so d3-zoom can own it.
 */
import { scaleUtc, zoomIdentity } from 'd3';
import type { ScaleTime, ZoomTransform } from 'd3';
import { utcMs } from '../data/dates';

/** Used when there is nothing to show; a fixed span because pure functions never read the clock. */
export const FALLBACK_DOMAIN: readonly [number, number] = [utcMs(2000), utcMs(2001)];

const DAY_MS = 86_400_000;
export const DEFAULT_MIN_WINDOW_MS = 7 * DAY_MS;

export function createBaseScale(
  domain: [number, number],
  width: number,
  rtl = false,
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range(rtl ? [width, 0] : [0, width]);
}

/**
 * The span of the items plus `fraction` of it on each side, so that the first and last
 * marks are not cut by the edges. A zero span (impossible for valid items, whose end is
 * after their start) is widened to a day so that the scale never divides by zero.
 */
export function paddedDomain(
  items: readonly { start: number; end: number }[],
  fraction = 0.03,
): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    if (Number.isFinite(item.start)) min = Math.min(min, item.start);
    if (Number.isFinite(item.end)) max = Math.max(max, item.end);
  }
  if (!(min < Infinity && max > -Infinity)) return [FALLBACK_DOMAIN[0], FALLBACK_DOMAIN[1]];
  if (max <= min) max = min + DAY_MS;
  const margin = (max - min) * fraction;
  return [min - margin, max + margin];
}

/** The visible [t0, t1] once `transform` is applied to `base` (as d3-zoom's rescaleX does). */
export function windowOf(
  base: ScaleTime<number, number>,
  transform: ZoomTransform,
): [number, number] {
  const [a, b] = transform.rescaleX(base).domain();
  const t0 = a!.getTime();
  const t1 = b!.getTime();
  return t0 <= t1 ? [t0, t1] : [t1, t0];
}

/**
 * The transform that shows exactly `window`: it maps base(t0) and base(t1) onto the two
 * ends of the range, in the range's own order, which is why the same formula serves rtl.
 */
export function transformFor(
  base: ScaleTime<number, number>,
  window: [number, number],
): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const p0 = base(window[0]);
  const p1 = base(window[1]);
  if (!(p1 !== p0 && Number.isFinite(p0) && Number.isFinite(p1))) return zoomIdentity;
  const k = (r1 - r0) / (p1 - p0);
  return zoomIdentity.translate(r0 - k * p0, 0).scale(k);
}

/** [1, k_max]: from the whole domain down to a window of about `minWindowMs`. */
export function zoomScaleExtent(
  domain: [number, number],
  minWindowMs = DEFAULT_MIN_WINDOW_MS,
): [number, number] {
  const span = Math.abs(domain[1] - domain[0]);
  if (!(span > 0) || !(minWindowMs > 0)) return [1, 1];
  return [1, Math.max(1, span / minWindowMs)];
}
