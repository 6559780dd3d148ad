import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../src/lib/data/items';
import { ALL_LANE_ID, NO_LANE_ID, buildLanes } from '../../src/lib/layout/lanes';
import type { LaneLabelKind, LaneRegistries } from '../../src/lib/layout/lanes';

function item(
  id: string,
  start: number,
  links: { countries?: string[]; actors?: string[]; category?: string } = {},
): TimelineItem {
  const event = {
    id,
    start: '',
    title: id,
    summary: '',
    category: links.category ?? 'politics',
    countries: links.countries ?? [],
    actors: links.actors ?? [],
    importance: 3 as const,
    sources: [],
  };
  return { id, event, start, end: start + 1, precision: 'day', isPeriod: false, importance: 3 };
}

const registries: LaneRegistries = {
  countries: [
    { code: 'IR', name: 'Iran' },
    { code: 'IQ', name: 'Iraq' },
    { code: 'FR', name: 'France' },
    { code: 'AL', name: 'Albania' },
  ],
  actors: [
    { id: 'mek', name: 'MEK' },
    { id: 'un', name: 'United Nations' },
  ],
  categories: [
    { id: 'politics', label: 'Politics' },
    { id: 'violence', label: 'Violence' },
    { id: 'law', label: 'Law' },
  ],
};

const items = [
  item('a', 1, { countries: ['FR', 'IR'], actors: ['mek'], category: 'violence' }),
  item('b', 2, { countries: ['IQ'], actors: [] }),
  item('c', 3, { countries: [], actors: ['mek', 'un'], category: 'law' }),
  item('d', 4, { countries: ['IR'], actors: ['un'] }),
  item('e', 5, { countries: ['ZZ'], actors: ['nobody'], category: 'unknown' }),
];

const summary = (lanes: ReturnType<typeof buildLanes>) =>
  lanes.map((lane) => [lane.id, lane.label, lane.items.map((i) => i.id).join('')]);

describe('buildLanes', () => {
  it.each([
    {
      dimension: 'country',
      lanes: [
        ['IR', 'Iran', 'ad'],
        ['IQ', 'Iraq', 'b'],
        ['FR', 'France', 'a'],
        [NO_LANE_ID, 'Other', 'ce'],
      ],
    },
    {
      dimension: 'actor',
      lanes: [
        ['mek', 'MEK', 'ac'],
        ['un', 'United Nations', 'cd'],
        [NO_LANE_ID, 'Other', 'be'],
      ],
    },
    {
      dimension: 'category',
      lanes: [
        ['politics', 'Politics', 'bd'],
        ['violence', 'Violence', 'a'],
        ['law', 'Law', 'c'],
        [NO_LANE_ID, 'Other', 'e'],
      ],
    },
    { dimension: 'none', lanes: [[ALL_LANE_ID, 'All events', 'abcde']] },
  ] as const)(
    'groups by $dimension in registry order, empty entries omitted',
    ({ dimension, lanes }) => {
      expect(summary(buildLanes(items, dimension, registries))).toEqual(lanes);
    },
  );

  it('puts an event with several countries in each of their lanes, once', () => {
    const twice = item('x', 1, { countries: ['IR', 'AL', 'IR'] });
    const lanes = buildLanes([twice], 'country', registries);
    expect(summary(lanes)).toEqual([
      ['IR', 'Iran', 'x'],
      ['AL', 'Albania', 'x'],
    ]);
  });

  it('keeps time order inside every lane', () => {
    for (const dimension of ['country', 'actor', 'category', 'none'] as const) {
      for (const lane of buildLanes(items, dimension, registries)) {
        const starts = lane.items.map((i) => i.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
    }
  });

  it('has no "Other" lane when every item has a known entry', () => {
    const known = items.filter((i) => i.event.countries.some((c) => c === 'IR' || c === 'IQ'));
    expect(buildLanes(known, 'country', registries).map((l) => l.id)).toEqual(['IR', 'IQ', 'FR']);
  });

  it('returns no lanes for no items, except the single lane of dimension none', () => {
    expect(buildLanes([], 'country', registries)).toEqual([]);
    expect(summary(buildLanes([], 'none', registries))).toEqual([[ALL_LANE_ID, 'All events', '']]);
  });

  it('takes translated labels from labelOf and keeps registry names where it has none', () => {
    const calls: [LaneLabelKind, string][] = [];
    const labelOf = (kind: LaneLabelKind, id: string) => {
      calls.push([kind, id]);
      return { IR: 'Irani', __none__: 'Të tjera' }[id];
    };
    expect(
      summary(buildLanes(items, 'country', registries, labelOf)).map(([, label]) => label),
    ).toEqual(['Irani', 'Iraq', 'France', 'Të tjera']);
    expect(calls).toContainEqual(['other', NO_LANE_ID]);
    expect(calls).toContainEqual(['country', 'IQ']);
    expect(
      buildLanes(items, 'none', registries, (kind) =>
        kind === 'all' ? 'Të gjitha' : undefined,
      )[0]!.label,
    ).toBe('Të gjitha');
  });
});
