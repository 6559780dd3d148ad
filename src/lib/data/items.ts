/**
 * Events as the timeline draws them: dates resolved to UTC ms once, at load,
 * so that layout and filtering never parse a string on a zoom frame.
 */
import { endMs, parseDate, startMs, type Precision } from './dates';
import type { TimelineEvent } from './types';

export interface TimelineItem {
  id: string;
  event: TimelineEvent;
  /** First ms of the start date's period. */
  start: number;
  /** First ms after the end date's period (or the start's, for a point event). */
  end: number;
  precision: Precision;
  /** Has an explicit `end`: drawn as a bar rather than a point. */
  isPeriod: boolean;
  importance: number;
}

/** Items for events whose dates parse, in time order (ties: more important first, then id). */
export function toItems(events: readonly TimelineEvent[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of events) {
    const start = parseDate(event.start);
    if (!start) continue;
    const end = event.end === undefined ? start : parseDate(event.end);
    if (!end) continue;
    items.push({
      id: event.id,
      event,
      start: startMs(start),
      end: Math.max(endMs(end), endMs(start)),
      precision: start.precision,
      isPeriod: event.end !== undefined,
      importance: event.importance,
    });
  }
  return items.sort(compareItems);
}

export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.start - b.start || b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
