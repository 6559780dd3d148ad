/**
 * Whether labelled ticks fit side by side, measured in pixels.
 *
 * Invariants: times are UTC ms; two neighbours fit when their distance in pixels is at
 * least the wider of their two labels plus the minimum spacing (labels may be centred or
 * start-anchored on their tick, and either way they then do not touch).
 */
import type { MonthNames } from './month-names';
import type { CalendarTick } from './calendar-ticks';
import type { DateWords } from './words';

export interface Tick {
  t: number;
  label: string;
}

/** Everything the axis needs to label and measure, with defaults applied. */
export interface Settings {
  locale: MonthNames | undefined;
  minSpacing: number;
  labelWidth: (label: string) => number;
  words: DateWords;
  /** Writes a label's digits in the language's own. */
  numerals: (text: string) => string;
}

/** True when two neighbours are at least the wider label plus the spacing apart. */
export function pairFits(
  previous: Tick,
  current: Tick,
  pixelsPerMs: number,
  settings: Settings,
): boolean {
  const needed =
    Math.max(settings.labelWidth(previous.label), settings.labelWidth(current.label)) +
    settings.minSpacing;
  return (current.t - previous.t) * pixelsPerMs >= needed;
}

/** The labelled ticks, or null as soon as two neighbours are too close. */
export function labelWhileFitting(
  calendarTicks: Iterable<CalendarTick>,
  label: (tick: CalendarTick) => string,
  pixelsPerMs: number,
  settings: Settings,
): Tick[] | null {
  const ticks: Tick[] = [];
  for (const calendarTick of calendarTicks) {
    const tick = { t: calendarTick.t, label: label(calendarTick) };
    const previous = ticks[ticks.length - 1];
    if (previous && !pairFits(previous, tick, pixelsPerMs, settings)) return null;
    ticks.push(tick);
  }
  return ticks;
}

/** Label widths may come from text measurement, and the same labels recur across steps. */
export function memoize(measure: (label: string) => number): (label: string) => number {
  const widths = new Map<string, number>();
  return (label) => {
    let width = widths.get(label);
    if (width === undefined) widths.set(label, (width = measure(label)));
    return width;
  };
}
