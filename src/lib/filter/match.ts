/**
 * Whether an event passes the filters. Invariants: dimensions combine with AND,
 * options within one dimension with OR; an empty dimension (no options, blank
 * text, no range) lets everything through; the input order of items is kept.
 */
import type { TimelineItem } from '../data/items';
import type { Filters } from './filters';
import { searchTerms } from './normalize';

export type ItemPredicate = (item: TimelineItem) => boolean;

/**
 * Prepares the filters once (sets, normalised terms) so that testing thousands
 * of items does not redo that work per item. An item missing from the index has
 * no searchable text, so it fails any non-blank text filter.
 */
export function compileFilters(
  filters: Filters,
  index: ReadonlyMap<string, string>,
): ItemPredicate {
  const countries = asSet(filters.countries);
  const actors = asSet(filters.actors);
  const categories = asSet(filters.categories);
  const terms = searchTerms(filters.text);
  const range = filters.range;
  // [t, t) holds no instant, and so meets no event, though a plain overlap
  // test would let through every event that spans t.
  const rangeIsEmpty = range !== null && !(range[0] < range[1]);
  return (item) => {
    const event = item.event;
    if (countries && !event.countries.some((code) => countries.has(code))) return false;
    if (actors && !event.actors.some((id) => actors.has(id))) return false;
    if (categories && !categories.has(event.category)) return false;
    if (range && (rangeIsEmpty || !(item.start < range[1] && item.end > range[0]))) return false;
    if (terms.length > 0) {
      const haystack = index.get(item.id) ?? '';
      if (!terms.every((term) => haystack.includes(term))) return false;
    }
    return true;
  };
}

/** Null for an unrestricted dimension, so the check can be skipped. */
function asSet(values: readonly string[]): ReadonlySet<string> | null {
  return values.length === 0 ? null : new Set(values);
}

export function matches(
  item: TimelineItem,
  filters: Filters,
  index: ReadonlyMap<string, string>,
): boolean {
  return compileFilters(filters, index)(item);
}

export function applyFilters(
  items: readonly TimelineItem[],
  filters: Filters,
  index: ReadonlyMap<string, string>,
): TimelineItem[] {
  return items.filter(compileFilters(filters, index));
}
