/**
 * What the reader has narrowed the timeline to, and what follows from it: the
 * matching items, facet counts and chips. The filter logic itself is the pure
 * src/lib/filter module; this class only holds the state and derives from it.
 */
import type { TimelineItem } from '../data/items';
import type { Dataset } from '../data/types';
import {
  EMPTY_FILTERS,
  activeChips,
  buildSearchIndex,
  compileFilters,
  facetCounts,
  isEmptyFilters,
  removeChip,
  toggle,
  type Chip,
  type ChipDimension,
  type Filters,
  type ListDimension,
} from '../filter';

export interface FilterSource {
  readonly items: TimelineItem[];
  readonly dataset: Dataset | null;
  readonly language: string;
  /** A registry entry's name in the current language. */
  nameOf(dimension: ListDimension, id: string): string;
  chipLabel(dimension: ChipDimension, value: string): string | undefined;
}

const NO_INDEX: ReadonlyMap<string, string> = new Map();

export class FilterModel {
  filters = $state<Filters>(EMPTY_FILTERS);
  /** Fade filtered-out events rather than hide them. */
  fade = $state(false);

  #source: FilterSource;
  constructor(source: FilterSource) {
    this.#source = source;
  }
  #src(): FilterSource {
    return this.#source;
  }

  readonly index = $derived(
    buildSearchIndex(this.#src().items, this.#src().dataset!, this.#src().language),
  );
  /**
   * The search index is built only once the reader searches: normalising every text of a
   * large dataset is the costliest step of loading it, and filters without text never
   * read the index.
   */
  get #indexIfSearching(): ReadonlyMap<string, string> {
    return this.filters.text.trim() === '' ? NO_INDEX : this.index;
  }
  readonly active = $derived(!isEmptyFilters(this.filters));
  readonly matching = $derived.by((): TimelineItem[] => {
    if (!this.active) return this.#src().items;
    const test = compileFilters(this.filters, this.#indexIfSearching);
    return this.#src().items.filter(test);
  });
  readonly matchingIds = $derived(new Set(this.matching.map((item) => item.id)));
  readonly counts = $derived(
    this.#src().dataset
      ? facetCounts(this.#src().items, this.filters, this.#indexIfSearching, this.#src().dataset!)
      : {
          countries: new Map<string, number>(),
          actors: new Map<string, number>(),
          categories: new Map<string, number>(),
        },
  );
  readonly chips = $derived(
    this.#src().dataset
      ? activeChips(this.filters, this.#src().dataset!, (dimension, value) =>
          this.#src().chipLabel(dimension, value),
        )
      : [],
  );

  toggle(dimension: ListDimension, value: string): void {
    this.filters = toggle(this.filters, dimension, value);
  }
  /** Makes sure a value is selected (a chip in the panel adds, never removes). */
  include(dimension: ListDimension, value: string): void {
    const key =
      dimension === 'country' ? 'countries' : dimension === 'actor' ? 'actors' : 'categories';
    if (!this.filters[key].includes(value)) this.toggle(dimension, value);
  }
  remove(chip: Chip): void {
    this.filters = removeChip(this.filters, chip);
  }
  setText(text: string): void {
    this.filters = { ...this.filters, text };
  }
  setRange(range: [number, number] | null): void {
    this.filters = { ...this.filters, range };
  }
  clear(): void {
    this.filters = EMPTY_FILTERS;
  }
  /** Replaces everything at once (the URL restoring a view). */
  set(filters: Filters): void {
    this.filters = filters;
  }
}
