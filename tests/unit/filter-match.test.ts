import { describe, expect, it } from 'vitest';
import { parseDate, startMs } from '../../src/lib/data/dates';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/filter/filters';
import { applyFilters, matches } from '../../src/lib/filter/match';
import { buildSearchIndex } from '../../src/lib/filter/search-index';
import { dataset, ids, items } from './filter-fixture';

/** First ms of a date string's period. */
const at = (date: string): number => startMs(parseDate(date)!);
const HOUR = 3_600_000;

const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const ALL = ids(items);
const WITH_MEK = ALL.filter((id) => id !== 'ashraf-3-raid');

const indexes = {
  en: buildSearchIndex(items, dataset, 'en'),
  sq: buildSearchIndex(items, dataset, 'sq'),
  fa: buildSearchIndex(items, dataset, 'fa'),
};

/** Runs both entry points, which must agree, and returns the ids that pass. */
function passing(given: Filters, language: keyof typeof indexes = 'en'): string[] {
  const index = indexes[language];
  const kept = ids(applyFilters(items, given, index));
  expect(ids(items.filter((item) => matches(item, given, index)))).toEqual(kept);
  return kept;
}

describe('empty filters', () => {
  it.each(['en', 'sq', 'fa'] as const)('let every event through (%s index)', (language) => {
    expect(passing(EMPTY_FILTERS, language)).toEqual(ALL);
    expect(passing(filters({ text: ' \t ' }), language)).toEqual(ALL);
  });
});

describe('list dimensions: OR within one, AND across', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['one country', { countries: ['AL'] }, ['move-to-albania', 'ashraf-3', 'ashraf-3-raid']],
    [
      'two countries (either)',
      { countries: ['FR', 'AL'] },
      ['paris-raid', 'move-to-albania', 'ashraf-3', 'ashraf-3-raid'],
    ],
    ['a country no event involves', { countries: ['DE'] }, []],
    ['an id the dataset lacks', { countries: ['XX'] }, []],
    ['one actor', { actors: ['us-state'] }, ['us-designation', 'delisting', 'move-to-albania']],
    ['the actor of almost every event', { actors: ['mek'] }, WITH_MEK],
    ['one category', { categories: ['security'] }, ['camp-ashraf', 'paris-raid', 'ashraf-3-raid']],
    ['country AND category', { countries: ['AL'], categories: ['security'] }, ['ashraf-3-raid']],
    [
      'country AND actor',
      { countries: ['US'], actors: ['albania-government'] },
      ['move-to-albania'],
    ],
    [
      'all three, with ORs inside',
      { countries: ['AL', 'US'], actors: ['mek'], categories: ['legal', 'diplomacy'] },
      ['us-designation', 'delisting', 'move-to-albania'],
    ],
    ['an AND with no overlap', { countries: ['FR'], categories: ['legal'] }, []],
  ])('%s', (_case, partial, expected) => {
    expect(passing(filters(partial))).toEqual(expected);
  });
});

describe('free text', () => {
  it.each<[string, string, keyof typeof indexes, string[]]>([
    ['plain ASCII finds a diacritic', 'Manez', 'en', ['ashraf-3']],
    ['case does not matter', 'MANËZ', 'en', ['ashraf-3']],
    ['diacritics in the place name', 'durres', 'en', ['ashraf-3']],
    ['every term must appear, in any field', 'raid police', 'en', ['paris-raid', 'ashraf-3-raid']],
    ['terms in either order', 'police raid', 'en', ['paris-raid', 'ashraf-3-raid']],
    ['one absent term fails the event', 'raid zzz', 'en', []],
    ['the body is searched', 'protesters', 'en', ['paris-raid']],
    [
      'actor names are searched',
      'state department',
      'en',
      ['us-designation', 'delisting', 'move-to-albania'],
    ],
    ['terms are substrings', 'ashraf 3', 'en', ['ashraf-3', 'ashraf-3-raid']],
    ['Albanian text in the sq index', 'zhvendosja', 'sq', ['move-to-albania']],
    [
      'translated actor names, diacritics folded',
      'shqiperi',
      'sq',
      ['move-to-albania', 'ashraf-3-raid'],
    ],
    ['Albanian text is absent from the fa index', 'zhvendosja', 'fa', []],
    ['English still matches in the fa index', 'tehran', 'fa', ['mek-founded']],
    ['Persian title', 'کمپ اشرف', 'fa', ['camp-ashraf']],
    ['Persian with an Arabic kaf', 'كمپ اشرف', 'fa', ['camp-ashraf']],
    ['Persian with an Arabic yeh', 'يورش', 'fa', ['ashraf-3-raid']],
    ['Arabic yeh and kaf together', 'كامپيوترها', 'fa', ['ashraf-3-raid']],
    ['Persian word typed with tatweel', 'اشـــرف', 'fa', ['camp-ashraf', 'ashraf-3-raid']],
    ['ZWNJ in the data, none typed', 'سالهای', 'fa', ['camp-ashraf']],
    ['ZWNJ typed as in the data', 'سال\u200Cهای', 'fa', ['camp-ashraf']],
    ['ZWNJ typed as a space', 'سال های', 'fa', ['camp-ashraf']],
    ['Persian digit, none typed', 'اشرف۳', 'fa', ['ashraf-3-raid']],
    ['ASCII digit for a Persian one', 'اشرف3', 'fa', ['ashraf-3-raid']],
    ['hamza left out', 'تاسیس', 'fa', ['mek-founded']],
    ['translated actor name, Arabic keyboard', 'مجاهدين', 'fa', WITH_MEK],
    ['Persian text is absent from the en index', 'کمپ', 'en', []],
  ])('%s: %j (%s)', (_case, text, language, expected) => {
    expect(passing(filters({ text }), language)).toEqual(expected);
  });

  it('combines with the list dimensions', () => {
    expect(passing(filters({ text: 'ashraf', countries: ['AL'] }))).toEqual([
      'ashraf-3',
      'ashraf-3-raid',
    ]);
    expect(passing(filters({ text: 'manez', countries: ['FR'] }))).toEqual([]);
  });

  it('fails an item missing from the index only when there is text to find', () => {
    const empty = new Map<string, string>();
    expect(applyFilters(items, filters({ text: 'ashraf' }), empty)).toEqual([]);
    expect(applyFilters(items, filters({ countries: ['FR'] }), empty)).toHaveLength(1);
  });
});

describe('range [from, to) against item [start, end)', () => {
  it.each<[string, [number, number], string[]]>([
    ['month event, same month', [at('2013-06'), at('2013-07')], ['move-to-albania']],
    ['month event ends where the range starts', [at('2013-07'), at('2014')], []],
    ['range ends where the month event starts', [at('2013-01'), at('2013-06')], []],
    ['one ms of overlap at the start', [at('2013-05-31'), at('2013-06') + 1], ['move-to-albania']],
    ['one ms of overlap at the end', [at('2013-07') - 1, at('2013-08')], ['move-to-albania']],
    ['last day of a year-to-year period', [at('2012-12-31'), at('2013-01-01')], ['camp-ashraf']],
    ['year event, its last day', [at('2016-12-31'), at('2017')], ['ashraf-3']],
    ['year event, the next year', [at('2017'), at('2018')], []],
    [
      'day event, an hour inside it',
      [at('2023-06-20') + HOUR, at('2023-06-20') + 2 * HOUR],
      ['ashraf-3-raid'],
    ],
    ['day event, the next day', [at('2023-06-21'), at('2023-06-22')], []],
    ['day event, the previous day', [at('2023-06-19'), at('2023-06-20')], []],
    ['a period spans a range inside it', [at('2000'), at('2001')], ['camp-ashraf']],
    ['an empty range holds nothing', [at('2013-06-15'), at('2013-06-15')], []],
    ['an inverted range holds nothing', [at('2014'), at('2013')], []],
    ['a range wider than the data', [at('1900'), at('2100')], ALL],
    [
      'several events',
      [at('2012-09'), at('2016-06')],
      ['camp-ashraf', 'delisting', 'move-to-albania', 'ashraf-3'],
    ],
  ])('%s', (_case, range, expected) => {
    expect(passing(filters({ range }))).toEqual(expected);
  });

  it('combines with the other dimensions', () => {
    const range: [number, number] = [at('2012-09'), at('2016-06')];
    expect(passing(filters({ range, countries: ['US'] }))).toEqual([
      'delisting',
      'move-to-albania',
    ]);
    expect(passing(filters({ range, text: 'manez' }))).toEqual(['ashraf-3']);
  });
});

describe('applyFilters', () => {
  it('keeps the order it is given, whatever it is', () => {
    const reversed = [...items].reverse();
    const kept = applyFilters(reversed, filters({ countries: ['AL'] }), indexes.en);
    expect(ids(kept)).toEqual(['ashraf-3-raid', 'ashraf-3', 'move-to-albania']);
  });

  it('returns the same item objects, not copies', () => {
    const kept = applyFilters(items, filters({ categories: ['diplomacy'] }), indexes.en);
    expect(kept[0]).toBe(items.find((item) => item.id === 'move-to-albania'));
  });
});

describe('buildSearchIndex', () => {
  it('has one entry per item, already normalised', () => {
    expect([...indexes.fa.keys()].sort()).toEqual([...ALL].sort());
    for (const haystack of indexes.fa.values()) {
      expect(haystack).toBe(haystack.normalize('NFKD').toLowerCase().trim());
      expect(haystack).not.toMatch(/[\u200C\u0640\u064A\u0643]|\s\s/);
    }
  });

  it('holds English and the chosen language, not other translations', () => {
    const haystack = indexes.sq.get('move-to-albania')!;
    expect(haystack).toContain('relocation to albania');
    expect(haystack).toContain('zhvendosja ne shqiperi');
    expect(haystack).toContain('qeveria e shqiperise');
    expect(indexes.fa.get('move-to-albania')).not.toContain('zhvendosja');
  });
});
