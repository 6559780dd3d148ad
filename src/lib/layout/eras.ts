/**
 * Eras as bands on rows: each era takes the lowest row free at its start, so eras that
 * overlap (a listing during an exile) stack instead of covering each other.
 */
import { endMs, parseDate, startMs } from '../data/dates';
import type { Era } from '../data/types';
import { truncateToWidth } from './text';

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

/** Padding between a bar's ends and its title, each side. */
const TITLE_PADDING = 6;
/** The fewest characters of a shortened title worth drawing: a bar titled "U…" says nothing. */
const MIN_TITLE_CHARS = 4;

/**
 * The title drawn on a bar `width` pixels wide: whole when it fits, else shortened with an
 * ellipsis, and nothing when too little of it would be left. The bar's accessible name
 * keeps the whole title.
 */
export function eraBarTitle(
  title: string,
  width: number,
  measure: (text: string) => number,
): string {
  const shown = truncateToWidth(title, width - 2 * TITLE_PADDING, measure);
  return shown === title || Array.from(shown).length > MIN_TITLE_CHARS ? shown : '';
}
