/**
 * The semantic axis: which calendar level to label, at which step, and the row of the
 * enclosing unit above it.
 *
 * Invariants: all times are UTC ms; tick spacing is measured in pixels of the given
 * width, and two consecutive ticks are never closer than the wider of their two labels
 * plus `minSpacing`; the same holds for the context row (a level whose enclosing units
 * cannot all be named is skipped, and the sticky window-start label is dropped when the
 * first boundary would overlap it); ticks and context lie inside the closed window.
 * Cost: candidates whose tick count could exceed the width in pixels are skipped, and a
 * candidate is abandoned at its first pair of overlapping labels, so the steps that do not
 * fit cost almost nothing and a call is dominated by the O(width) ticks of the one chosen.
 */
import { monthName, type MonthNames } from './month-names';
import { contextBoundaries, withStartLabel } from './axis-context';
import { LEVEL_STEPS, SHORTEST_UNIT_MS, decadeSteps, ticksAt } from './calendar-ticks';
import type { CalendarTick, TickLevel } from './calendar-ticks';
import { labelWhileFitting, memoize } from './tick-fit';
import type { Settings, Tick } from './tick-fit';
import { DEFAULT_DATE_WORDS, formatYear } from './words';
import type { DateWords } from './words';

export type { TickLevel } from './calendar-ticks';
export type { Tick } from './tick-fit';

export interface AxisOptions {
  locale?: MonthNames;
  /** Pixels kept free between two labels. */
  minSpacing?: number;
  /** Pixel width of a label; defaults to a rough estimate for a 12 px sans-serif. */
  labelWidth?: (label: string) => number;
  words?: DateWords;
  /** Writes a label's digits in the language's own (Persian); as they are by default. */
  numerals?: (text: string) => string;
}

export interface Axis {
  level: TickLevel;
  ticks: Tick[];
  context: Tick[];
}

export const DEFAULT_MIN_SPACING = 8;
export const estimateLabelWidth = (label: string): number => label.length * 7 + 8;

function tickLabel(level: TickLevel, tick: CalendarTick, settings: Settings): string {
  if (level === 'day') return settings.numerals(String(tick.day));
  if (level === 'month') return monthName(tick.month, 'abbreviated', 'standalone', settings.locale);
  return settings.numerals(formatYear(tick.year, settings.words.bce));
}

function* candidates(): Generator<[TickLevel, number]> {
  for (const level of ['day', 'month', 'year'] as const) {
    for (const step of LEVEL_STEPS[level]) yield [level, step];
  }
  for (const step of decadeSteps()) yield ['decade', step];
}

export function axisTicks(
  window: [number, number],
  width: number,
  options: AxisOptions = {},
): Axis {
  const settings: Settings = {
    locale: options.locale,
    minSpacing: options.minSpacing ?? DEFAULT_MIN_SPACING,
    labelWidth: memoize(options.labelWidth ?? estimateLabelWidth),
    words: options.words ?? DEFAULT_DATE_WORDS,
    numerals: options.numerals ?? ((text) => text),
  };
  const [t0, t1] = window;
  const span = t1 - t0;
  if (!(span > 0) || !(width > 0) || !Number.isFinite(span)) {
    return { level: 'decade', ticks: [], context: [] };
  }
  const pixelsPerMs = width / span;
  for (const [level, step] of candidates()) {
    // Upper bound on the tick count; too many ticks cannot fit, so do not build them.
    const mostTicks = span / (step * SHORTEST_UNIT_MS[level]) + 1;
    if (mostTicks > width + 1) continue;
    const label = (tick: CalendarTick) => tickLabel(level, tick, settings);
    const ticks = labelWhileFitting(ticksAt(level, window, step), label, pixelsPerMs, settings);
    if (!ticks) continue;
    // A level is readable only when its enclosing units can be named too: this is what
    // keeps a two-year window from being labelled every 14 days under unnameable months.
    const boundaries = contextBoundaries(level, window, pixelsPerMs, settings);
    if (!boundaries) continue;
    const context = withStartLabel(level, boundaries, window, pixelsPerMs, settings);
    return { level, ticks, context };
  }
  return { level: 'decade', ticks: [], context: [] };
}
