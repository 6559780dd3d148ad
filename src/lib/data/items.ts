/**
 * Events as the timeline draws them: dates resolved to UTC ms once, at load,
 * so that layout and filtering never parse a string on a zoom frame.
 */
import { endMs, parseDate, startMs, type Precision } from './dates';
import type { TimelineEvent } from './types';
import { nextTask } from './next-task';

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
    const item = itemOf(event);
    if (item) items.push(item);
  }
  return items.sort(compareItems);
}

/** Events turned into items between two pauses of `toItemsAsync`: a few milliseconds. */
export const ITEMS_CHUNK = 5000;

/**
 * The same items as `toItems`, pausing every ITEMS_CHUNK events: resolving the dates
 * of 100,000 events takes about 100 ms, which a page should not spend in one go. A
 * large list is sorted in a task of its own, and what the caller does next in another.
 */
export async function toItemsAsync(
  events: readonly TimelineEvent[],
  pause: () => Promise<void> = nextTask,
): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % ITEMS_CHUNK === 0) await pause();
    const item = itemOf(events[i]!);
    if (item) items.push(item);
  }
  if (events.length <= ITEMS_CHUNK) return items.sort(compareItems);
  await pause();
  items.sort(compareItems);
  await pause();
  return items;
}

/** The item for one event, or null when its dates do not parse. */
export function itemOf(event: TimelineEvent): TimelineItem | null {
  const start = parseDate(event.start);
  if (!start) return null;
  const end = event.end === undefined ? start : parseDate(event.end);
  if (!end) return null;
  return {
    id: event.id,
    event,
    start: startMs(start),
    end: Math.max(endMs(end), endMs(start)),
    precision: start.precision,
    isPeriod: event.end !== undefined,
    importance: event.importance,
  };
}

export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    a.start - b.start || b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
