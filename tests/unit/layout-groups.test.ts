import { describe, expect, it } from 'vitest';
import { groupItems, NO_ERA_GROUP } from '../../src/lib/layout/groups';
import { makeItem } from './layout-fixtures';
import type { TimelineItem } from '../../src/lib/data/items';

function item(id: string, start: string, era?: string): TimelineItem {
  const base = makeItem(id, 0);
  return { ...base, event: { ...base.event, start, ...(era ? { era } : {}) } };
}

const items = [
  item('a', '1965-09', 'underground'),
  item('b', '1965-11-02', 'underground'),
  item('c', '1979-02-11'),
  item('d', '1981', 'paris'),
  item('e', '-0043-03-15'),
];
const eraTitle = (id: string) => ({ underground: 'Underground', paris: 'Paris' })[id];

describe('groupItems', () => {
  it('groups by year, in time order, with BCE years kept apart', () => {
    const groups = groupItems(items, 'year', eraTitle, 'None');
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['1965', ['a', 'b']],
      ['1979', ['c']],
      ['1981', ['d']],
      ['44 BCE', ['e']],
    ]);
  });

  it('writes the years in the reader’s digits and era word', () => {
    const persian = (text: string) => text.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const groups = groupItems(items, 'year', eraTitle, 'None', 'پ.م.', persian);
    expect(groups.map((g) => g.label)).toEqual(['۱۹۶۵', '۱۹۷۹', '۱۹۸۱', '۴۴ پ.م.']);
  });

  it('groups by era, putting events outside any era under their own heading', () => {
    const groups = groupItems(items, 'era', eraTitle, 'Outside the named eras');
    expect(groups.map((g) => [g.id, g.label, g.items.length])).toEqual([
      ['underground', 'Underground', 2],
      [NO_ERA_GROUP, 'Outside the named eras', 2],
      ['paris', 'Paris', 1],
    ]);
  });

  it('treats an era id missing from the registry as no era', () => {
    expect(groupItems([item('x', '2000', 'ghost')], 'era', eraTitle, 'None')[0]?.id).toBe(
      NO_ERA_GROUP,
    );
  });
});
