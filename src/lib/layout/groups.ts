/**
 * Grouping the event list under headings: by year, or by era. Items keep their time
 * order; groups appear in the order of their first item.
 */
import type { TimelineItem } from '../data/items';
import { formatYear } from '../time/words';

export type ListGrouping = 'year' | 'era';

export interface ListGroup {
  id: string;
  label: string;
  items: TimelineItem[];
}

export const NO_ERA_GROUP = '__no-era__';

/**
 * `eraTitle(id)` names an era (in the reader's language); `noEraLabel` heads events
 * outside any era; `numerals` writes a year's digits in the reader's (Persian ۱۹۶۵).
 */
export function groupItems(
  items: readonly TimelineItem[],
  by: ListGrouping,
  eraTitle: (id: string) => string | undefined,
  noEraLabel: string,
  bceWord?: string,
  numerals: (text: string) => string = (text) => text,
): ListGroup[] {
  const groups = new Map<string, ListGroup>();
  for (const item of items) {
    let id: string;
    let label: string;
    if (by === 'year') {
      id = item.event.start.startsWith('-')
        ? item.event.start.split('-').slice(0, 2).join('-')
        : item.event.start.split('-')[0]!;
      label = numerals(formatYear(Number(id), bceWord));
    } else {
      const era = item.event.era === undefined ? undefined : eraTitle(item.event.era);
      id = era === undefined ? NO_ERA_GROUP : item.event.era!;
      label = era ?? noEraLabel;
    }
    let group = groups.get(id);
    if (!group) {
      group = { id, label, items: [] };
      groups.set(id, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

export interface ListSlice {
  /** Index of the first drawn row, and how many rows are drawn. */
  from: number;
  count: number;
}

/**
 * Which rows of a long list to draw: `limit` rows starting `before` rows ahead of
 * `anchor` (the first event in the chart's window). The previous slice is kept while the
 * anchor stays at least `slack` rows inside it, so small moves of the chart redraw
 * nothing; a list of at most `limit` rows is drawn whole.
 */
export function listSlice(
  length: number,
  anchor: number,
  previous: ListSlice | null,
  { limit, before, slack }: { limit: number; before: number; slack: number },
): ListSlice {
  if (length <= limit) return { from: 0, count: length };
  const lastFrom = length - limit;
  if (
    previous &&
    previous.count === limit &&
    previous.from <= lastFrom &&
    anchor >= (previous.from === 0 ? 0 : previous.from + slack) &&
    anchor < (previous.from === lastFrom ? length : previous.from + limit - slack)
  )
    return previous;
  return { from: Math.max(0, Math.min(anchor - before, lastFrom)), count: limit };
}
