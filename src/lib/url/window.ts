/**
 * The visible time window ⇄ the `from`/`to` parameters. Invariants: times are
 * UTC ms and windows are [start, end); `to` names the last period included, so
 * "from=2013&to=2014" is the whole of 2013 and 2014; no time zone is read.
 */
import { dateAt, dateToString, endMs, parseDate, startMs, type Precision } from '../data/dates';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

/**
 * A precision whose rounding error (at most half a unit at each end) is small
 * next to the window: years beyond ~5 years, months beyond ~3 months, else days.
 */
export function precisionForSpan(spanMs: number): Precision {
  if (spanMs > 5 * YEAR_MS) return 'year';
  if (spanMs > 3 * MONTH_MS) return 'month';
  return 'day';
}

/**
 * Short date strings that restore nearly the same window: each end moves to the
 * nearest period boundary, and the window keeps at least one whole period.
 * `precision` overrides the choice made from the window's length.
 */
export function windowToParams(
  [t0, t1]: [number, number],
  precision: Precision = precisionForSpan(Math.abs(t1 - t0)),
): { from: string; to: string } {
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) {
    throw new RangeError(`windowToParams needs finite times, got [${t0}, ${t1}]`);
  }
  const start = nearestBoundary(Math.min(t0, t1), precision);
  const end = Math.max(
    nearestBoundary(Math.max(t0, t1), precision),
    endMs(dateAt(start, precision)),
  );
  return {
    from: dateToString(dateAt(start, precision)),
    // The boundary is exclusive: name the last period before it.
    to: dateToString(dateAt(end - 1, precision)),
  };
}

/** The first ms of whichever period boundary is closer to `ms` (earlier on a tie). */
function nearestBoundary(ms: number, precision: Precision): number {
  const period = dateAt(ms, precision);
  const before = startMs(period);
  const after = endMs(period);
  return ms - before <= after - ms ? before : after;
}

/**
 * [from's first ms, to's first ms after its period), or null when neither is a
 * date. An open end is ±Infinity: the caller clamps it to the data's extent.
 * An inverted window (from after to) is null too.
 */
export function paramsToWindow(from?: string, to?: string): [number, number] | null {
  const fromDate = from === undefined ? null : parseDate(from);
  const toDate = to === undefined ? null : parseDate(to);
  if (!fromDate && !toDate) return null;
  const start = fromDate ? startMs(fromDate) : Number.NEGATIVE_INFINITY;
  const end = toDate ? endMs(toDate) : Number.POSITIVE_INFINITY;
  return start < end ? [start, end] : null;
}
