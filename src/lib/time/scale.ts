/**
 * The time scale the zoomable timeline starts from, and the conversions between a
 * d3-zoom transform and the visible time window.
 *
 * Invariants: all times are UTC ms; windows are [t0, t1] with t0 < t1 whatever the
 * reading direction; in rtl the range is reversed (earliest time at the right), and the
 * transform has d3-zoom's `ZoomTransform` shape (time/transform.ts) so d3-zoom can own it.
 */
import type { ZoomTransform } from 'd3';
import { DEFAULT_MIN_WINDOW_MS, type TimeScale } from './linear';
import { IDENTITY } from './transform';

export {
  createBaseScale,
  DEFAULT_MIN_WINDOW_MS,
  domainWithView,
  FALLBACK_DOMAIN,
  linearScale,
  paddedDomain,
  type TimeScale,
} from './linear';

/** The visible [t0, t1] once `transform` is applied to `base` (as d3-zoom's rescaleX does). */
export function windowOf(base: TimeScale, transform: ZoomTransform): [number, number] {
  const [t0, t1] = transform.rescaleX(base).domain();
  return t0 <= t1 ? [t0, t1] : [t1, t0];
}

/**
 * The transform that shows exactly `window`: it maps base(t0) and base(t1) onto the two
 * ends of the range, in the range's own order, which is why the same formula serves rtl.
 */
export function transformFor(base: TimeScale, window: [number, number]): ZoomTransform {
  const [r0, r1] = base.range();
  const p0 = base(window[0]);
  const p1 = base(window[1]);
  if (!(p1 !== p0 && Number.isFinite(p0) && Number.isFinite(p1))) return IDENTITY;
  const k = (r1 - r0) / (p1 - p0);
  return IDENTITY.translate(r0 - k * p0, 0).scale(k);
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
