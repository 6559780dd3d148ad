/**
 * What the chart model is given and shares: the source it reads, the viewport the zoom
 * attachment implements, the geometry the components draw with, and how far a held
 * layout goes while the view moves.
 */
import type { MonthNames } from '../time/month-names';
import type { TimelineItem } from '../data/items';
import type { Dataset } from '../data/types';
import type { LaneLabeler } from '../layout';
import type { DateWords } from '../time/words';

/** Moves of the view; implemented by the zoom attachment once the chart is mounted. */
export interface Viewport {
  zoomBy(factor: number): void;
  showWindow(window: [number, number], options?: { animate?: boolean }): void;
  fit(): void;
  /** Pans (keeping the zoom) so that [start, end) is in view, if it is not already. */
  reveal(start: number, end: number): void;
}

export interface ChartSource {
  /** Every item: the zoom domain stays the same whatever is filtered. */
  readonly items: TimelineItem[];
  readonly filter: {
    readonly matching: TimelineItem[];
    readonly fade: boolean;
    readonly active: boolean;
  };
  readonly dataset: Dataset | null;
  readonly laneLabel: LaneLabeler;
  readonly selectedId: string | null;
  readonly text: {
    readonly language: string;
    readonly dir: 'ltr' | 'rtl';
    readonly locale: MonthNames;
    readonly words: DateWords;
    readonly numerals: (text: string) => string;
  };
}

/** Geometry shared by the model and the components that draw it (px). */
export const GEOMETRY = {
  markRadius: 12,
  rowHeight: 30,
  laneHeader: 20,
  lanePadding: 6,
  axisHeight: 46,
  eraHeight: 22,
  overviewHeight: 44,
  maxRows: 3,
} as const;

/**
 * While the view moves, the layout (which marks get rows, labels, clusters) is kept
 * from the move's first frame and only shifted and stretched, until the view rests or
 * drifts past what the held layout covers. Laying out and redrawing hundreds of marks on
 * every frame is what made gestures slow with many events; moving them is cheap.
 */
export const HELD_LAYOUT = {
  /** Extra span laid out on each side of the view while held, as a fraction of the view. */
  margin: 0.5,
  /** Zooming in further than this (ratio of scales) lays out again, so clusters split. */
  maxZoomIn: 3,
} as const;

/**
 * Most items the first lane may have to be laid out with the page that opens the chart
 * (see reveal): a few thousand take a few milliseconds; 12,500 (a lane of 100,000
 * events) took about 80 ms, and wait for the next frame.
 */
export const FIRST_LANE_AT_ONCE = 5_000;

/** How many labels are measured ahead of need, in idle time (see measureAhead). */
export const MEASURE_AHEAD_LIMIT = 20_000;

/** How far beyond the view a layout places marks: a little even at rest, for smooth edges. */
export function reachOf(spread: number): number {
  return Math.max(0.1, spread);
}

/** Top of each lane, given the rows each reserves, and the height of the lanes block. */
export function laneTopsOf(laneRows: readonly number[]): { tops: number[]; height: number } {
  const tops: number[] = [];
  let y = 0;
  for (const rows of laneRows) {
    tops.push(y);
    y += GEOMETRY.laneHeader + rows * GEOMETRY.rowHeight + GEOMETRY.lanePadding;
  }
  return { tops, height: y };
}

/** The y of the centre of row `row` of lane `lane`, on the chart (lanes start at `lanesTop`). */
export function rowCentreY(
  lanesTop: number,
  laneTops: readonly number[],
  lane: number,
  row: number,
): number {
  return (
    lanesTop +
    (laneTops[lane] ?? 0) +
    GEOMETRY.laneHeader +
    row * GEOMETRY.rowHeight +
    GEOMETRY.rowHeight / 2
  );
}
