/**
 * Candidate tick instants for each axis level and step, aligned to the calendar.
 *
 * Invariants: all times are UTC ms and every tick is an exact UTC midnight (a year,
 * month or day start); ticks lie inside the closed window; years are astronomical but
 * multi-year steps are aligned on the era number a reader sees ("50 BCE", "40 BCE",
 * "10", "20"), so consecutive ticks are never closer than one step.
 */
import { daysInMonth, dateAt, utcMs } from '../data/dates';
import { eraYearNumber } from './words';

export type TickLevel = 'decade' | 'year' | 'month' | 'day';

export interface CalendarTick {
  t: number;
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY_MS = 86_400_000;

/** Shortest length of one unit of each level's step, to bound tick counts before generating. */
export const SHORTEST_UNIT_MS: Record<TickLevel, number> = {
  day: DAY_MS,
  month: 28 * DAY_MS,
  year: 365 * DAY_MS,
  decade: 365 * DAY_MS,
};

/** Finest first. Decade steps go on (100, 200, 500, 1000…) so that any span finds a fit. */
export const LEVEL_STEPS: Record<Exclude<TickLevel, 'decade'>, readonly number[]> = {
  day: [1, 2, 7, 14],
  month: [1, 3, 6],
  year: [1, 2, 5],
};

export function* decadeSteps(): Generator<number> {
  for (let power = 10; ; power *= 10) {
    yield power;
    yield power * 2;
    yield power * 5;
    if (power > 1e9) return;
  }
}

/**
 * Generators, so that a caller testing whether a step fits can stop at the first pair of
 * ticks that is too close instead of building every tick of a dense candidate.
 */

/** Year starts whose era number is a multiple of `step`, in time order. */
export function* yearTicks([t0, t1]: [number, number], step: number): Generator<CalendarTick> {
  const firstYear = dateAt(t0, 'year').year;
  const lastYear = dateAt(t1, 'year').year;
  const inWindow = (year: number) => {
    const t = utcMs(year);
    return t >= t0 && t <= t1 ? { t, year, month: 1, day: 1 } : null;
  };
  // BCE part: era numbers run backwards in time, so walk them downwards.
  if (firstYear <= 0) {
    const highest = eraYearNumber(firstYear);
    const lowest = eraYearNumber(Math.min(lastYear, 0));
    for (let n = Math.floor(highest / step) * step; n >= lowest && n > 0; n -= step) {
      const tick = inWindow(1 - n);
      if (tick) yield tick;
    }
  }
  if (lastYear >= 1) {
    for (let y = Math.ceil(Math.max(firstYear, 1) / step) * step; y <= lastYear; y += step) {
      const tick = inWindow(y);
      if (tick) yield tick;
    }
  }
}

/** Month starts every `step` months (step divides 12, so they align on January). */
export function* monthTicks([t0, t1]: [number, number], step: number): Generator<CalendarTick> {
  const first = dateAt(t0, 'month');
  let index = first.year * 12 + (first.month! - 1);
  index += (step - (((index % step) + step) % step)) % step;
  for (; ; index += step) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const t = utcMs(year, month - 1, 1);
    if (t > t1) return;
    if (t >= t0) yield { t, year, month, day: 1 };
  }
}

/**
 * Days 1, 1+step, 1+2·step… of each month; the last one of a month is dropped when the
 * next month's 1st would follow it in less than `step` days, so gaps are never below a step.
 */
export function* dayTicks([t0, t1]: [number, number], step: number): Generator<CalendarTick> {
  const first = dateAt(t0, 'month');
  let year = first.year;
  let month = first.month!;
  while (utcMs(year, month - 1, 1) <= t1) {
    const lastDay = daysInMonth(year, month);
    for (let day = 1; day + step <= lastDay + 1; day += step) {
      const t = utcMs(year, month - 1, day);
      if (t > t1) return;
      if (t >= t0) yield { t, year, month, day };
    }
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

export function ticksAt(
  level: TickLevel,
  window: [number, number],
  step: number,
): Generator<CalendarTick> {
  if (level === 'day') return dayTicks(window, step);
  if (level === 'month') return monthTicks(window, step);
  return yearTicks(window, step);
}
