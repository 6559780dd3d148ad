/**
 * The axis' context row: the enclosing unit above the ticks ("1965" over months,
 * "September 1965" over days, decades over years).
 *
 * Invariants: times are UTC ms; boundaries are exact unit starts inside the window and
 * never closer than their labels plus spacing (null tells the caller the level is not
 * readable); the sticky window-start label is added only where it overlaps nothing.
 */
import { dateAt, utcMs } from '../data/dates';
import { ticksAt, yearTicks } from './calendar-ticks';
import type { CalendarTick, TickLevel } from './calendar-ticks';
import { formatCalendarDate } from './format';
import { labelWhileFitting, pairFits } from './tick-fit';
import type { Settings, Tick } from './tick-fit';
import { formatYear } from './words';

/** The enclosing unit's boundaries inside the window, labelled; null when they overlap. */
export function contextBoundaries(
  level: TickLevel,
  window: [number, number],
  pixelsPerMs: number,
  settings: Settings,
): Tick[] | null {
  if (level === 'decade') return [];
  const boundaries =
    level === 'day' ? ticksAt('month', window, 1) : yearTicks(window, level === 'month' ? 1 : 10);
  const label = (tick: CalendarTick) => contextLabel(level, tick, settings);
  return labelWhileFitting(boundaries, label, pixelsPerMs, settings);
}

function contextLabel(level: TickLevel, tick: CalendarTick, settings: Settings): string {
  if (level !== 'day') return settings.numerals(formatYear(tick.year, settings.words.bce));
  const month = { year: tick.year, month: tick.month, precision: 'month' } as const;
  return settings.numerals(formatCalendarDate(month, settings.locale, settings.words));
}

/**
 * Adds the sticky label of the unit containing the window start, unless a boundary sits
 * on the start already or the first boundary would overlap it (then that boundary wins,
 * as a sticky header is pushed out by the next one).
 */
export function withStartLabel(
  level: TickLevel,
  boundaries: Tick[],
  window: [number, number],
  pixelsPerMs: number,
  settings: Settings,
): Tick[] {
  if (level === 'decade') return boundaries;
  const first = boundaries[0];
  if (first?.t === window[0]) return boundaries;
  const sticky = {
    t: window[0],
    label: contextLabel(level, startTick(level, window[0]), settings),
  };
  if (first && !pairFits(sticky, first, pixelsPerMs, settings)) return boundaries;
  return [sticky, ...boundaries];
}

/** The enclosing unit containing the window start (for year level: its decade, era-aligned). */
function startTick(level: TickLevel, t: number): CalendarTick {
  const date = dateAt(t, 'month');
  if (level === 'day') return { t, year: date.year, month: date.month!, day: 1 };
  if (level === 'month') return { t, year: date.year, month: 1, day: 1 };
  const decade = [...yearTicks([utcMs(date.year - 20), utcMs(date.year)], 10)].at(-1);
  return decade ?? { t, year: date.year, month: 1, day: 1 };
}
