/**
 * Our dataset format → what TimelineJS3 and vis-timeline read, so the three timelines
 * draw the same events. Precision is kept where the peer can express it.
 */
import type { Dataset, DateString } from '../../src/lib/data/types';

export interface TlDate {
  year: number;
  month?: number;
  day?: number;
}
export interface TlEvent {
  start_date: TlDate;
  end_date?: TlDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}
export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
  group: string;
}
export interface VisData {
  items: VisItem[];
  groups: { id: string; content: string }[];
}

/** "1965-09" → { year: 1965, month: 9 }; negative years keep their sign. */
export function tlDate(date: DateString): TlDate {
  const match = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  const out: TlDate = { year: Number(match[1]) };
  if (match[2] !== undefined) out.month = Number(match[2]);
  if (match[3] !== undefined) out.day = Number(match[3]);
  return out;
}

const iso = (year: number, month: number, day: number): string => {
  const y =
    year < 0 || year > 9999
      ? `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`
      : String(year).padStart(4, '0');
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The first day a date string covers, as ISO "YYYY-MM-DD" (vis parses it as that day). */
export function visStart(date: DateString): string {
  const { year, month = 1, day = 1 } = tlDate(date);
  return iso(year, month, day);
}

/**
 * The day after the last day a date string covers: our ends are inclusive
 * ("2012" runs through 31 December) while vis draws a range up to its end instant.
 */
export function visEnd(date: DateString): string {
  const { year, month, day } = tlDate(date);
  const next = new Date(0);
  next.setUTCFullYear(year, (month ?? 12) - 1, day ?? (month === undefined ? 31 : 1));
  if (day !== undefined || month === undefined) next.setUTCDate(next.getUTCDate() + 1);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

export function toTimelineJs(dataset: Dataset): { events: TlEvent[] } {
  const labels = new Map(dataset.categories.map((c) => [c.id, c.label]));
  return {
    events: dataset.events.map((event) => ({
      start_date: tlDate(event.start),
      ...(event.end === undefined ? {} : { end_date: tlDate(event.end) }),
      text: { headline: event.title, text: event.summary },
      group: labels.get(event.category) ?? event.category,
      unique_id: event.id,
    })),
  };
}

export function toVisTimeline(dataset: Dataset): VisData {
  return {
    items: dataset.events.map((event) => ({
      id: event.id,
      content: event.title,
      start: visStart(event.start),
      ...(event.end === undefined ? {} : { end: visEnd(event.end) }),
      group: event.category,
    })),
    groups: dataset.categories.map((c) => ({ id: c.id, content: c.label })),
  };
}
