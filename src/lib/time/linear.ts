/**
 * The straight-line time scale and the span it starts from, without d3: the first
 * picture a page's entry draws uses them before the zoomable timeline has loaded.
 */
import { endMs, parseDate, startMs, utcMs } from '../data/dates';

/** Used when there is nothing to show; a fixed span because pure functions never read the clock. */
export const FALLBACK_DOMAIN: readonly [number, number] = [utcMs(2000), utcMs(2001)];

const DAY_MS = 86_400_000;
export const DEFAULT_MIN_WINDOW_MS = 7 * DAY_MS;

/**
 * Times (UTC ms) to pixels: a straight line through two points, with what d3-zoom's
 * `rescaleX` asks of a scale (copy, domain, range, invert). The axis draws its own
 * ticks, so nothing else of d3-scale is used, and leaving it out leaves out d3-format
 * and most of d3-array with it (2.4 KB gzipped of the embed).
 */
export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
  /** d3-zoom's types allow dates; ours are always UTC ms, and a Date reads as its ms. */
  domain(domain: readonly (number | Date)[]): TimeScale;
  domain(): [number, number];
  range(range: readonly number[]): TimeScale;
  range(): [number, number];
  copy(): TimeScale;
}

export function linearScale(domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const reach = r1 - r0;
  // An empty domain (or range) maps to the middle of the other, as d3's scales do.
  const scale = ((t: number) =>
    span ? r0 + ((t - d0) / span) * reach : r0 + reach / 2) as TimeScale;
  scale.invert = (x) => (reach ? d0 + ((x - r0) / reach) * span : d0 + span / 2);
  scale.domain = ((next?: readonly (number | Date)[]) =>
    next
      ? linearScale([Number(next[0]), Number(next[1])], [r0, r1])
      : [d0, d1]) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) =>
    next ? linearScale([d0, d1], [next[0]!, next[1]!]) : [r0, r1]) as TimeScale['range'];
  scale.copy = () => linearScale([d0, d1], [r0, r1]);
  return scale;
}

export function createBaseScale(domain: [number, number], width: number, rtl = false): TimeScale {
  return linearScale(domain, rtl ? [width, 0] : [0, width]);
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

/** The padded span of the items, widened to hold a default view (`from`, `to` dates) if wider. */
export function domainWithView(
  items: readonly { start: number; end: number }[],
  view?: { from?: string; to?: string },
): [number, number] {
  const [d0, d1] = paddedDomain(items);
  const from = parseDate(view?.from);
  const to = parseDate(view?.to);
  return [Math.min(d0, from ? startMs(from) : d0), Math.max(d1, to ? endMs(to) : d1)];
}
