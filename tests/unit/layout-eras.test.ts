import { describe, expect, it } from 'vitest';
import { placeEras } from '../../src/lib/layout';
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
