/** Filtering and free-text search over timeline items: pure, DOM-free. */
export { EMPTY_FILTERS, isEmptyFilters, toggle } from './filters';
export type { Filters, ListDimension } from './filters';
export { normalizeText, searchTerms } from './normalize';
export { buildSearchIndex } from './search-index';
export { applyFilters, compileFilters, matches } from './match';
export type { ItemPredicate } from './match';
export { facetCounts } from './facets';
export type { FacetCounts } from './facets';
export { activeChips, rangeLabel, removeChip } from './chips';
export type { Chip, ChipDimension, ChipLabeller } from './chips';
