import { describe, expect, it } from 'vitest';
import { parseDate, startMs } from '../../src/lib/data/dates';
import { facetCounts } from '../../src/lib/filter/facets';
import { EMPTY_FILTERS, LIST_KEYS, type Filters } from '../../src/lib/filter/filters';
import { applyFilters } from '../../src/lib/filter/match';
import { buildSearchIndex } from '../../src/lib/filter/search-index';
import { dataset, items } from './filter-fixture';

const at = (date: string): number => startMs(parseDate(date)!);
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const index = buildSearchIndex(items, dataset, 'en');

type Counts = Record<string, number>;
interface Expected {
  countries: Counts;
  actors: Counts;
  categories: Counts;
}

const UNFILTERED: Expected = {
  // The delisting lists US twice: it still counts once.
  countries: { IR: 2, US: 3, FR: 1, AL: 3, DE: 0 },
  actors: { mek: 7, 'us-state': 3, 'french-police': 1, 'albania-government': 2, un: 0 },
  categories: { founding: 2, security: 3, legal: 2, diplomacy: 1, culture: 0 },
};

describe('facetCounts', () => {
  it.each<[string, Partial<Filters>, Expected]>([
    ['no filters', {}, UNFILTERED],
    [
      // The country counts ignore the country selection: AL's siblings stay selectable.
      'a country selected',
      { countries: ['AL'] },
      {
        countries: UNFILTERED.countries,
        actors: { mek: 2, 'us-state': 1, 'french-police': 0, 'albania-government': 2, un: 0 },
        categories: { founding: 1, security: 1, legal: 0, diplomacy: 1, culture: 0 },
      },
    ],
    [
      'a country and a category',
      { countries: ['AL'], categories: ['security'] },
      {
        countries: { IR: 1, US: 0, FR: 1, AL: 1, DE: 0 },
        actors: { mek: 0, 'us-state': 0, 'french-police': 0, 'albania-government': 1, un: 0 },
        categories: { founding: 1, security: 1, legal: 0, diplomacy: 1, culture: 0 },
      },
    ],
    [
      'text narrows every dimension',
      { text: 'ashraf' },
      {
        countries: { IR: 1, US: 0, FR: 0, AL: 2, DE: 0 },
        actors: { mek: 2, 'us-state': 0, 'french-police': 0, 'albania-government': 1, un: 0 },
        categories: { founding: 1, security: 2, legal: 0, diplomacy: 0, culture: 0 },
      },
    ],
    [
      'range narrows every dimension',
      { range: [at('2013'), at('2024')] },
      {
        countries: { IR: 0, US: 1, FR: 0, AL: 3, DE: 0 },
        actors: { mek: 2, 'us-state': 1, 'french-police': 0, 'albania-government': 2, un: 0 },
        categories: { founding: 1, security: 1, legal: 0, diplomacy: 1, culture: 0 },
      },
    ],
    [
      'nothing passes the other dimensions',
      { text: 'no such words' },
      {
        countries: { IR: 0, US: 0, FR: 0, AL: 0, DE: 0 },
        actors: { mek: 0, 'us-state': 0, 'french-police': 0, 'albania-government': 0, un: 0 },
        categories: { founding: 0, security: 0, legal: 0, diplomacy: 0, culture: 0 },
      },
    ],
  ])('%s', (_case, partial, expected) => {
    const counts = facetCounts(items, filters(partial), index, dataset);
    expect(Object.fromEntries(counts.countries)).toEqual(expected.countries);
    expect(Object.fromEntries(counts.actors)).toEqual(expected.actors);
    expect(Object.fromEntries(counts.categories)).toEqual(expected.categories);
  });

  it('lists every registry entry, in registry order, zeros included', () => {
    const counts = facetCounts(items, filters({ countries: ['FR'] }), index, dataset);
    expect([...counts.countries.keys()]).toEqual(['IR', 'US', 'FR', 'AL', 'DE']);
    expect([...counts.actors.keys()]).toEqual(dataset.actors.map((a) => a.id));
    expect([...counts.categories.keys()]).toEqual(dataset.categories.map((c) => c.id));
  });

  // The definition itself, checked option by option against applyFilters.
  it.each<[string, Partial<Filters>]>([
    ['no filters', {}],
    ['two countries', { countries: ['AL', 'FR'] }],
    ['an actor and text', { actors: ['mek'], text: 'raid' }],
    [
      'everything',
      { countries: ['US', 'AL'], categories: ['legal'], range: [at('2000'), at('2020')] },
    ],
  ])('each count is what selecting that option alone would show (%s)', (_case, partial) => {
    const given = filters(partial);
    const counts = facetCounts(items, given, index, dataset);
    for (const dimension of ['country', 'actor', 'category'] as const) {
      const key = LIST_KEYS[dimension];
      for (const [option, count] of counts[key]) {
        const alone = applyFilters(items, { ...given, [key]: [option] }, index);
        expect(count, `${dimension} ${option}`).toBe(alone.length);
      }
    }
  });
});
