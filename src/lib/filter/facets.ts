/**
 * Facet counts for the filter bar, by the usual faceted-search rule: an
 * option's count is how many events would pass if it were the selection in its
 * own dimension, with every other dimension (and text and range) as it is now.
 * Invariants: every registry entry has a key, in registry order, even with 0
 * (the bar shows those disabled); an event counts once per option however
 * often it lists it; ids missing from the registry are not counted.
 */
import type { Dataset, TimelineEvent } from '../data/types';
import type { TimelineItem } from '../data/items';
import { LIST_KEYS, type Filters, type ListDimension } from './filters';
import { compileFilters } from './match';

export interface FacetCounts {
  countries: Map<string, number>;
  actors: Map<string, number>;
  categories: Map<string, number>;
}

export function facetCounts(
  items: readonly TimelineItem[],
  filters: Filters,
  index: ReadonlyMap<string, string>,
  dataset: Dataset,
): FacetCounts {
  return {
    countries: countDimension(
      'country',
      dataset.countries.map((c) => c.code),
    ),
    actors: countDimension(
      'actor',
      dataset.actors.map((a) => a.id),
    ),
    categories: countDimension(
      'category',
      dataset.categories.map((c) => c.id),
    ),
  };

  function countDimension(dimension: ListDimension, options: string[]): Map<string, number> {
    const counts = new Map<string, number>(options.map((option) => [option, 0]));
    // Ignoring the dimension's own selection is what keeps its other options
    // selectable: they add to the selection (OR), they do not narrow it.
    const passes = compileFilters({ ...filters, [LIST_KEYS[dimension]]: [] }, index);
    for (const item of items) {
      if (!passes(item)) continue;
      for (const option of new Set(optionsOf(item.event, dimension))) {
        const count = counts.get(option);
        if (count !== undefined) counts.set(option, count + 1);
      }
    }
    return counts;
  }
}

function optionsOf(event: TimelineEvent, dimension: ListDimension): readonly string[] {
  if (dimension === 'country') return event.countries;
  if (dimension === 'actor') return event.actors;
  return [event.category];
}
