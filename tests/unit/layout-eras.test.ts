import { describe, expect, it } from 'vitest';
import { eraBarTitle, placeEras } from '../../src/lib/layout';
import type { Era } from '../../src/lib/data/types';

const era = (id: string, start: string, end: string): Era => ({ id, title: id, start, end });

describe('placeEras', () => {
  it('orders bands by start and stacks overlapping ones on the lowest free row', () => {
    const bands = placeEras([
      era('albania', '2013', '2026'),
      era('iraq', '1986', '2013'),
      era('us-listing', '1997', '2012-09-28'),
      era('eu-listing', '2002', '2009'),
    ]);
    expect(bands.map((b) => [b.era.id, b.row])).toEqual([
      ['iraq', 0],
      ['us-listing', 1],
      ['eu-listing', 2],
      // Iraq runs to the end of 2013; the US listing's row is free again by then.
      ['albania', 1],
    ]);
    expect(bands[0]!.start).toBe(Date.UTC(1986, 0, 1));
    expect(bands[0]!.end).toBe(Date.UTC(2014, 0, 1));
  });

  it('frees a row the day a band ends, and leaves out eras whose dates do not parse', () => {
    const bands = placeEras([
      era('a', '2000', '2000-06-30'),
      era('b', '2000-07-01', '2001'),
      era('broken', 'soon', '2001'),
    ]);
    expect(bands.map((b) => [b.era.id, b.row])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });
});

describe('eraBarTitle', () => {
  // 6 px a character, as if monospaced; bars have 6 px of padding each side.
  const measure = (text: string) => Array.from(text).length * 6;
  const title = 'Underground against the Shah';

  it('draws the whole title when it fits the bar', () => {
    expect(eraBarTitle(title, title.length * 6 + 12, measure)).toBe(title);
  });

  it('shortens a title that does not fit, with an ellipsis, within the padding', () => {
    const shown = eraBarTitle(title, 100, measure);
    expect(shown).toBe('Underground a…');
    expect(measure(shown)).toBeLessThanOrEqual(100 - 12);
  });

  it('draws nothing when fewer than four characters would be left', () => {
    expect(eraBarTitle(title, 12 + 5 * 6, measure)).toBe('Unde…');
    expect(eraBarTitle(title, 12 + 4 * 6, measure)).toBe('');
    expect(eraBarTitle(title, 0, measure)).toBe('');
  });

  it('draws a title of four characters or fewer only whole', () => {
    expect(eraBarTitle('Iraq', 12 + 4 * 6, measure)).toBe('Iraq');
    expect(eraBarTitle('Iraq', 12 + 3 * 6, measure)).toBe('');
  });
});
