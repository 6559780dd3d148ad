/**
 * The active filters as removable chips. Invariants: chips come in a fixed
 * order (countries, actors, categories in selection order, then text, then
 * range); removing a chip changes only what it shows; nothing is mutated.
 */
import { dateAt, dateToString, startMs, type Precision } from '../data/dates';
import type { Dataset } from '../data/types';
import { LIST_KEYS, type Filters, type ListDimension } from './filters';

export type ChipDimension = ListDimension | 'text' | 'range';

export interface Chip {
  dimension: ChipDimension;
  /** An id or code; the trimmed text; or "from/to" in UTC ms for a range. */
  value: string;
  label: string;
}

/** A translated label for a chip, or undefined to keep the default. */
export type ChipLabeller = (dimension: ChipDimension, value: string) => string | undefined;

export function activeChips(filters: Filters, dataset: Dataset, labelOf?: ChipLabeller): Chip[] {
  const names = registryNames(dataset);
  const chips: Chip[] = [];
  const add = (dimension: ChipDimension, value: string, fallback: string): void => {
    chips.push({ dimension, value, label: labelOf?.(dimension, value) ?? fallback });
  };
  for (const dimension of ['country', 'actor', 'category'] as const) {
    for (const value of filters[LIST_KEYS[dimension]]) {
      add(dimension, value, names[dimension].get(value) ?? value);
    }
  }
  const text = filters.text.trim();
  if (text !== '') add('text', text, `“${text}”`);
  if (filters.range) {
    const [from, to] = filters.range;
    add('range', `${from}/${to}`, rangeLabel(from, to));
  }
  return chips;
}

export function removeChip(filters: Filters, chip: Pick<Chip, 'dimension' | 'value'>): Filters {
  if (chip.dimension === 'text') return { ...filters, text: '' };
  if (chip.dimension === 'range') return { ...filters, range: null };
  const key = LIST_KEYS[chip.dimension];
  return { ...filters, [key]: filters[key].filter((value) => value !== chip.value) };
}

function registryNames(dataset: Dataset): Record<ListDimension, Map<string, string>> {
  return {
    country: new Map(dataset.countries.map((c) => [c.code, c.name])),
    actor: new Map(dataset.actors.map((a) => [a.id, a.name])),
    category: new Map(dataset.categories.map((c) => [c.id, c.label])),
  };
}

/**
 * "2013 – 2014" for whole years, "2013-06 – 2013-08" for whole months, else
 * days; the end shown is the last period included, since `to` is exclusive.
 */
export function rangeLabel(from: number, to: number): string {
  const precision = coarsestAlignment(from, to);
  const first = dateToString(dateAt(from, precision));
  const last = dateToString(dateAt(Math.max(from, to - 1), precision));
  return first === last ? first : `${first} – ${last}`;
}

function coarsestAlignment(from: number, to: number): Precision {
  // An empty range is an instant: naming its whole month or year would overstate it.
  if (!(from < to)) return 'day';
  for (const precision of ['year', 'month'] as const) {
    const aligned = (ms: number): boolean => startMs(dateAt(ms, precision)) === ms;
    if (aligned(from) && aligned(to)) return precision;
  }
  return 'day';
}
