import { describe, expect, it } from 'vitest';
import { parseDate, startMs } from '../../src/lib/data/dates';
import { activeChips, rangeLabel, removeChip, type Chip } from '../../src/lib/filter/chips';
import {
  EMPTY_FILTERS,
  isEmptyFilters,
  toggle,
  type Filters,
  type ListDimension,
} from '../../src/lib/filter/filters';
import { dataset } from './filter-fixture';

const at = (date: string): number => startMs(parseDate(date)!);
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

const BUSY = filters({
  countries: ['AL', 'XX'],
  actors: ['mek'],
  categories: ['security'],
  text: '  manez ',
  range: [at('2013'), at('2015')],
});
const BUSY_RANGE = `${at('2013')}/${at('2015')}`;

describe('activeChips', () => {
  it('has no chips for empty filters', () => {
    expect(activeChips(EMPTY_FILTERS, dataset)).toEqual([]);
    expect(activeChips(filters({ text: '   ' }), dataset)).toEqual([]);
  });

  it('lists every active value in a fixed order, labelled from the registries', () => {
    expect(activeChips(BUSY, dataset)).toEqual([
      { dimension: 'country', value: 'AL', label: 'Albania' },
      { dimension: 'country', value: 'XX', label: 'XX' },
      { dimension: 'actor', value: 'mek', label: 'MEK' },
      { dimension: 'category', value: 'security', label: 'Security' },
      { dimension: 'text', value: 'manez', label: '“manez”' },
      { dimension: 'range', value: BUSY_RANGE, label: '2013 – 2014' },
    ]);
  });

  it('takes labels from labelOf where it has one', () => {
    const labelOf = (dimension: string, value: string): string | undefined =>
      dimension === 'country' && value === 'AL' ? 'Shqipëri' : undefined;
    const labels = activeChips(BUSY, dataset, labelOf).map((chip) => chip.label);
    expect(labels).toEqual(['Shqipëri', 'XX', 'MEK', 'Security', '“manez”', '2013 – 2014']);
  });
});

describe('rangeLabel', () => {
  it.each([
    ['whole years', at('2013'), at('2015'), '2013 – 2014'],
    ['one whole year', at('2013'), at('2014'), '2013'],
    ['whole months', at('2013-06'), at('2013-09'), '2013-06 – 2013-08'],
    ['whole months across a year end', at('2013-11'), at('2014-02'), '2013-11 – 2014-01'],
    ['one day', at('2023-06-20'), at('2023-06-21'), '2023-06-20'],
    ['days', at('2013-06-20'), at('2013-07-01'), '2013-06-20 – 2013-06-30'],
    [
      'a start inside a day',
      at('2013-06-01') + 43_200_000,
      at('2013-06-03'),
      '2013-06-01 – 2013-06-02',
    ],
    ['an end inside a day', at('2013-06-01'), at('2013-06-02') + 1, '2013-06-01 – 2013-06-02'],
    ['an empty range', at('2013-06-01'), at('2013-06-01'), '2013-06-01'],
  ])('%s', (_case, from, to, expected) => {
    expect(rangeLabel(from, to)).toBe(expected);
  });
});

describe('removeChip', () => {
  it.each<[Pick<Chip, 'dimension' | 'value'>, Partial<Filters>]>([
    [{ dimension: 'country', value: 'AL' }, { countries: ['XX'] }],
    [{ dimension: 'country', value: 'XX' }, { countries: ['AL'] }],
    [{ dimension: 'actor', value: 'mek' }, { actors: [] }],
    [{ dimension: 'category', value: 'security' }, { categories: [] }],
    [{ dimension: 'text', value: 'manez' }, { text: '' }],
    [{ dimension: 'range', value: BUSY_RANGE }, { range: null }],
    [{ dimension: 'country', value: 'FR' }, {}],
  ])('removes %j and nothing else', (chip, changed) => {
    const before = structuredClone(BUSY);
    expect(removeChip(BUSY, chip)).toEqual({ ...BUSY, ...changed });
    expect(BUSY).toEqual(before);
  });

  it('empties the filters when every chip is removed', () => {
    const cleared = activeChips(BUSY, dataset).reduce(removeChip, BUSY);
    expect(isEmptyFilters(cleared)).toBe(true);
  });
});

describe('toggle', () => {
  it.each<[Partial<Filters>, ListDimension, string, Partial<Filters>]>([
    [{}, 'country', 'AL', { countries: ['AL'] }],
    [{ countries: ['AL'] }, 'country', 'IR', { countries: ['AL', 'IR'] }],
    [{ countries: ['AL', 'IR'] }, 'country', 'AL', { countries: ['IR'] }],
    [{ actors: ['mek'] }, 'actor', 'mek', { actors: [] }],
    [{ actors: ['mek'] }, 'category', 'legal', { actors: ['mek'], categories: ['legal'] }],
  ])('%j, toggling %s %s → %j', (start, dimension, value, expected) => {
    const given = filters(start);
    const before = structuredClone(given);
    expect(toggle(given, dimension, value)).toEqual(filters(expected));
    expect(given).toEqual(before);
  });

  it('toggling twice gives the same filters back', () => {
    expect(toggle(toggle(BUSY, 'actor', 'un'), 'actor', 'un')).toEqual(BUSY);
  });

  it('never writes to EMPTY_FILTERS, which is frozen', () => {
    toggle(EMPTY_FILTERS, 'country', 'AL');
    expect(EMPTY_FILTERS.countries).toEqual([]);
    expect(Object.isFrozen(EMPTY_FILTERS) && Object.isFrozen(EMPTY_FILTERS.countries)).toBe(true);
  });
});

describe('isEmptyFilters', () => {
  it.each<[Partial<Filters>, boolean]>([
    [{}, true],
    [{ text: '  ' }, true],
    [{ text: 'a' }, false],
    [{ countries: ['AL'] }, false],
    [{ actors: ['mek'] }, false],
    [{ categories: ['legal'] }, false],
    [{ range: [0, 1] }, false],
  ])('%j → %s', (partial, expected) => {
    expect(isEmptyFilters(filters(partial))).toBe(expected);
  });
});
