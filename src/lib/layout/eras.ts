/**
 * Eras as bands on rows: each era takes the lowest row free at its start, so eras that
 * overlap (a listing during an exile) stack instead of covering each other.
 */
import { endMs, parseDate, startMs } from '../data/dates';
import type { Era } from '../data/types';

export interface EraBand {
  era: Era;
  /** UTC ms: the first ms of the start date's period, the first ms after the end's. */
  start: number;
  end: number;
  row: number;
}

/** Bands in time order; eras whose dates do not parse are left out. */
export function placeEras(eras: readonly Era[]): EraBand[] {
  const rowEnds: number[] = [];
  return eras
    .flatMap((era) => {
      const start = parseDate(era.start);
      const end = parseDate(era.end);
      return start && end ? [{ era, start: startMs(start), end: endMs(end) }] : [];
    })
    .sort((a, b) => a.start - b.start)
    .map((band) => {
      let row = rowEnds.findIndex((end) => end <= band.start);
      if (row === -1) row = rowEnds.push(band.end) - 1;
      else rowEnds[row] = band.end;
      return { ...band, row };
    });
}
