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

/** `eraTitle(id)` names an era (in the reader's language); `noEraLabel` heads events outside any era. */
export function groupItems(
  items: readonly TimelineItem[],
  by: ListGrouping,
  eraTitle: (id: string) => string | undefined,
  noEraLabel: string,
  bceWord?: string,
): ListGroup[] {
  const groups = new Map<string, ListGroup>();
  for (const item of items) {
    let id: string;
    let label: string;
    if (by === 'year') {
      id = item.event.start.startsWith('-')
        ? item.event.start.split('-').slice(0, 2).join('-')
        : item.event.start.split('-')[0]!;
      label = formatYear(Number(id), bceWord);
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
