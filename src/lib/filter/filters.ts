/**
 * What the reader has narrowed the timeline to. Invariants: a Filters value is
 * never mutated — every change returns a new object — so UI state can compare
 * by reference; list order is the order options were chosen (chips show it).
 */

export interface Filters {
  /** Country codes; an event passes when it involves any of them. */
  countries: string[];
  /** Actor ids; an event passes when it involves any of them. */
  actors: string[];
  /** Category ids; an event passes when its category is one of them. */
  categories: string[];
  /** Free text as typed; normalised only when matched. */
  text: string;
  /** UTC ms window [from, to); an event passes when its period intersects it. */
  range: [number, number] | null;
}

/** The dimensions a reader picks options in (the others are text and range). */
export type ListDimension = 'country' | 'actor' | 'category';

/** Which Filters key holds a dimension's selection. */
export const LIST_KEYS = {
  country: 'countries',
  actor: 'actors',
  category: 'categories',
} as const satisfies Record<ListDimension, keyof Filters>;

// Frozen so that a caller who pushes into the shared default fails loudly
// instead of silently changing every "empty" filter in the app.
const NOTHING: string[] = [];
Object.freeze(NOTHING);

export const EMPTY_FILTERS: Readonly<Filters> = Object.freeze({
  countries: NOTHING,
  actors: NOTHING,
  categories: NOTHING,
  text: '',
  range: null,
});

/** True when the filters let every event through. */
export function isEmptyFilters(filters: Filters): boolean {
  return (
    filters.countries.length === 0 &&
    filters.actors.length === 0 &&
    filters.categories.length === 0 &&
    filters.text.trim() === '' &&
    filters.range === null
  );
}

/** Selects `value` in its dimension, or deselects it if it was selected. */
export function toggle(filters: Filters, dimension: ListDimension, value: string): Filters {
  const key = LIST_KEYS[dimension];
  const selected = filters[key];
  const next = selected.includes(value)
    ? selected.filter((v) => v !== value)
    : [...selected, value];
  return { ...filters, [key]: next };
}
