/**
 * The zoomable chart's view: width, zoom transform and lane dimension in; scales,
 * window, ticks, lanes and per-lane layouts derived. The transform has one writer,
 * the d3-zoom behaviour (src/lib/interaction/zoom.svelte.ts): buttons, keys, eras,
 * clusters and the URL all ask `viewport`, which goes through that behaviour.
 */
import { zoomIdentity, type ZoomTransform } from 'd3';
import type { TimelineItem } from '../data/items';
import type { Dataset, LaneDimension } from '../data/types';
import { parseDate, startMs, endMs } from '../data/dates';
import { createBaseScale, paddedDomain, windowOf, zoomScaleExtent } from '../time/scale';
import { axisTicks } from '../time/ticks';
import type { Locale } from 'date-fns';
import type { DateWords } from '../time/words';
import {
  buildLanes,
  byPriority,
  createIndex,
  itemsInWindow,
  layoutLane,
  placeEras,
  truncateToWidth,
  type Cluster,
  type LaneLabeler,
  type LaneLayout,
} from '../layout';

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
    readonly locale: Locale;
    readonly words: DateWords;
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

/** How many labels are measured ahead of need, in idle time (see measureAhead). */
const MEASURE_AHEAD_LIMIT = 20_000;

/** How far beyond the view a layout places marks: a little even at rest, for smooth edges. */
function reachOf(spread: number): number {
  return Math.max(0.1, spread);
}

/**
 * A "cluster" of one event is drawn as that event's mark, unlabelled, in the cluster's
 * place: a badge reading "1" would say less and need a zoom to reach it.
 */
function withSinglesAsMarks(
  layout: LaneLayout,
  items: readonly TimelineItem[],
  x: (t: number) => number,
): LaneLayout {
  if (!layout.clusters.some((cluster) => cluster.count === 1)) return layout;
  const byId = new Map(items.map((item) => [item.id, item]));
  const marks = [...layout.marks];
  const clusters: Cluster[] = [];
  for (const cluster of layout.clusters) {
    const item = cluster.count === 1 ? byId.get(cluster.ids[0]!) : undefined;
    if (!item) {
      clusters.push(cluster);
      continue;
    }
    marks.push({
      item,
      x: cluster.x,
      ...(item.isPeriod ? { x2: x(item.end) } : {}),
      row: cluster.row,
      labeled: false,
      labelX: cluster.x,
      labelWidth: 0,
    });
  }
  // Marks stay in time order: it is their order in the document, for screen readers.
  marks.sort((a, b) => a.item.start - b.item.start);
  return { ...layout, marks, clusters };
}

export class ChartModel {
  width = $state(800);
  transform = $state<ZoomTransform>(zoomIdentity);
  /** The transform the layout was computed for while a move is in progress; null at rest. */
  heldTransform = $state<ZoomTransform | null>(null);
  /**
   * How far beyond the view the current layout reaches (fraction of the view on each
   * side): none at rest, where labels must stay inside the chart; HELD_LAYOUT.margin
   * once a move has laid out again, so the next frames of the move find marks ready.
   */
  layoutSpread = $state(0);
  laneDimension = $state<LaneDimension>('category');
  /** False for a still picture: no gestures, no focusable marks. */
  interactive = $state(true);
  /** Time runs right to left for right-to-left readers: earliest at the right. */
  readonly rtl = $derived(this.#src().text.dir === 'rtl');
  hoveredId = $state<string | null>(null);
  /** The mark keyboard focus is on (or returns to): the one mark in the tab order. */
  focusId = $state<string | null>(null);
  /** Where the hovered or focused mark sits in the chart (px), for the tooltip. */
  hoverPoint = $state<{ x: number; y: number } | null>(null);
  viewport = $state<Viewport | null>(null);
  /**
   * The window once it has stopped moving for a moment. Views that are costly to redo
   * (the event list and its scrolling) follow this, not every frame of a gesture.
   */
  settledWindow = $state<[number, number] | null>(null);
  /** Pixel width of a label's text; the component layer supplies a real measurement. */
  measureLabel = $state<(text: string) => number>((text) => text.length * 6.6 + 4);

  #source: ChartSource;
  constructor(source: ChartSource) {
    this.#source = source;
  }
  // Derived fields are lazy, so they may read the source through a method even though
  // their initializers run before the constructor body.
  #src(): ChartSource {
    return this.#source;
  }

  /** The data span plus a margin, widened to hold the dataset's default view if it is wider. */
  readonly domain = $derived.by((): [number, number] => {
    const [d0, d1] = paddedDomain(this.#src().items);
    const view = this.#src().dataset?.meta.defaultView;
    const from = parseDate(view?.from);
    const to = parseDate(view?.to);
    return [Math.min(d0, from ? startMs(from) : d0), Math.max(d1, to ? endMs(to) : d1)];
  });
  readonly scaleExtent = $derived(zoomScaleExtent(this.domain));
  readonly base = $derived(createBaseScale(this.domain, this.width, this.rtl));
  readonly scale = $derived(this.transform.rescaleX(this.base));
  readonly window = $derived(windowOf(this.base, this.transform));
  /** The transform the marks were laid out for: the live one, or the held one during a move. */
  readonly layoutTransform = $derived(this.heldTransform ?? this.transform);
  /**
   * Where a laid-out x is drawn now: x · liveRatio + liveOffset. Both are 1 and 0 at
   * rest; during a pan only the offset changes, so marks move as one group.
   */
  readonly liveRatio = $derived(this.transform.k / this.layoutTransform.k);
  readonly liveOffset = $derived(this.transform.x - this.liveRatio * this.layoutTransform.x);
  readonly axis = $derived(
    axisTicks(this.window, this.width, {
      labelWidth: (l) => this.measureLabel(l) + 8,
      locale: this.#src().text.locale,
      words: this.#src().text.words,
    }),
  );

  /** Lanes of the matching items; lanes left with none collapse. Fading keeps the rest drawn, dimmed. */
  readonly lanes = $derived.by(() => {
    const source = this.#src();
    const registries = {
      countries: source.dataset?.countries ?? [],
      actors: source.dataset?.actors ?? [],
      categories: source.dataset?.categories ?? [],
    };
    const matching = buildLanes(
      source.filter.matching,
      this.laneDimension,
      registries,
      source.laneLabel,
    );
    if (!source.filter.fade || !source.filter.active) return matching;
    const kept = new Set(matching.map((lane) => lane.id));
    return buildLanes(source.items, this.laneDimension, registries, source.laneLabel).filter(
      (lane) => kept.has(lane.id),
    );
  });
  readonly #indexes = $derived(this.lanes.map((lane) => createIndex(lane.items)));
  /** Rows each lane reserves: stable while zooming, so the chart does not jump. */
  readonly laneRows = $derived(
    this.lanes.map((lane) => Math.min(GEOMETRY.maxRows, lane.items.length) + 1),
  );

  /** Each lane's items in the order they claim rows, computed once per lane, not per frame. */
  readonly #byPriority = $derived(this.lanes.map((lane) => [...lane.items].sort(byPriority)));

  readonly layouts = $derived.by(() => {
    const scale = this.layoutTransform.rescaleX(this.base);
    const window = windowOf(this.base, this.layoutTransform);
    const [w0, w1] = window;
    const spread = this.layoutSpread;
    const margin = (w1 - w0) * reachOf(spread);
    const marginPx = this.width * spread;
    // More items than could ever get a row here: only the most important try for one.
    const limit = Math.max(
      60,
      Math.ceil(
        ((1 + 2 * spread) * 1.5 * GEOMETRY.maxRows * this.width) / (2 * GEOMETRY.markRadius),
      ),
    );
    return this.lanes.map((lane, i) => {
      const visible = itemsInWindow(this.#indexes[i]!, window, margin);
      let candidates = visible;
      let overflow: TimelineItem[] = [];
      if (visible.length > limit) {
        const chosen = new Set<TimelineItem>();
        for (const item of this.#byPriority[i]!) {
          if (item.end > w0 - margin && item.start < w1 + margin) chosen.add(item);
          if (chosen.size === limit) break;
        }
        candidates = visible.filter((item) => chosen.has(item));
        overflow = visible.filter((item) => !chosen.has(item));
      }
      const layout = layoutLane(candidates, (t) => scale(t), {
        maxRows: this.laneRows[i]! - 1,
        markRadius: GEOMETRY.markRadius,
        labelWidth: (item) => this.measureLabel(this.labelText(item)),
        labelGap: 6,
        clusterGap: GEOMETRY.markRadius * 2,
        rtl: this.rtl,
        bounds: [2 - marginPx, this.width - 2 + marginPx],
        overflow,
      });
      return withSinglesAsMarks(layout, visible, (t) => scale(t));
    });
  });

  /**
   * One frame of a move to `next`: keeps the layout of the move's first frame while it
   * still covers the view (panning, or zooming out, past its margin lays out again) and
   * zooming in has not gone far; else lays out for `next`. `release` ends the hold once
   * the view rests.
   */
  moveTo(next: ZoomTransform): void {
    const held = this.heldTransform ?? this.transform;
    const ratio = next.k / held.k;
    const [h0, h1] = windowOf(this.base, held);
    const reach = (h1 - h0) * reachOf(this.layoutSpread);
    const [v0, v1] = windowOf(this.base, next);
    const covered = v0 >= h0 - reach && v1 <= h1 + reach;
    if (covered && ratio <= HELD_LAYOUT.maxZoomIn) {
      // The first frame holds the layout at rest: the same transform object, so nothing
      // derived from it is computed again.
      this.heldTransform = held;
    } else {
      this.heldTransform = next;
      this.layoutSpread = HELD_LAYOUT.margin;
    }
    this.transform = next;
  }
  /** The view rests: lays out for it; the SVG lanes then catch up one by one. */
  release(): void {
    if (this.heldTransform === null) return;
    this.#catchingUp = this.#resting;
    this.heldTransform = null;
    this.layoutSpread = 0;
  }
  /** A move in one step (a link, the list, a resize): laid out and drawn at once, no hold. */
  jumpTo(next: ZoomTransform): void {
    this.heldTransform = null;
    this.layoutSpread = 0;
    this.#catchingUp = null;
    this.transform = next;
  }

  #resting: LaneLayout[] = [];
  /** After a move, the SVG lanes brought up to date so far (see catchUp); null once done. */
  #catchingUp = $state.raw<LaneLayout[] | null>(null);
  /**
   * The layouts the SVG marks show: the current ones at rest, the last resting ones
   * while moving. Mid-move layouts go to the canvas only, so no mark is created or
   * removed until the view rests; then the lanes follow one at a time (catchUp).
   */
  readonly restingLayouts = $derived.by(() => {
    if (this.heldTransform !== null) return this.#resting;
    if (this.#catchingUp !== null) return (this.#resting = this.#catchingUp);
    return (this.#resting = this.layouts);
  });
  /**
   * While the view moves, and until the SVG marks have caught up with where it came to
   * rest, the canvas shows the marks and the SVG ones stay unseen.
   */
  readonly moving = $derived(this.heldTransform !== null || this.#catchingUp !== null);
  /** True while lanes remain to be brought up to date after a move: call catchUp, a frame apart. */
  readonly catchingUp = $derived(this.#catchingUp !== null);

  /**
   * Brings the next SVG lane up to date after a move, so that the marks a move created
   * and removed are spread over several frames instead of one long one.
   */
  catchUp(): void {
    const target = this.layouts;
    const shown = this.#catchingUp;
    if (shown === null) return;
    const next = shown.length === target.length ? [...shown] : [...target];
    const stale = next.findIndex((layout, i) => layout !== target[i]);
    if (stale >= 0) next[stale] = target[stale]!;
    this.#catchingUp = next.every((layout, i) => layout === target[i]) ? null : next;
  }

  /** Ids of the marks drawn now, in time order. */
  readonly drawnIds = $derived(
    new Set(this.restingLayouts.flatMap((layout) => layout.marks.map((mark) => mark.item.id))),
  );
  /**
   * The mark that takes Tab: the focused one while drawn, else the selected one, else
   * the first drawn event in time (roving tabindex: one stop for the whole chart).
   */
  readonly rovingId = $derived.by(() => {
    const drawn = this.drawnIds;
    for (const id of [this.focusId, this.#src().selectedId])
      if (id !== null && drawn.has(id)) return id;
    let first: TimelineItem | null = null;
    for (const layout of this.restingLayouts)
      for (const mark of layout.marks)
        if (!first || mark.item.start < first.start) first = mark.item;
    return first?.id ?? null;
  });

  #measured: { lists: TimelineItem[][]; measure: unknown; language: string; next: number } | null =
    null;
  /**
   * Measures labels ahead, while the page is idle, so that laying out during a move
   * does not stop to measure text: the most important items of each lane first, up to
   * MEASURE_AHEAD_LIMIT in all. Works while `more()` says there is time; returns true
   * once there is nothing left to measure.
   */
  measureAhead(more: () => boolean): boolean {
    const lists = this.#byPriority;
    const language = this.#src().text.language;
    const state = this.#measured;
    if (
      state === null ||
      state.lists !== lists ||
      state.measure !== this.measureLabel ||
      state.language !== language
    )
      this.#measured = { lists, measure: this.measureLabel, language, next: 0 };
    const progress = this.#measured!;
    const depth = Math.ceil(MEASURE_AHEAD_LIMIT / Math.max(1, lists.length));
    const deepest = Math.min(depth, Math.max(0, ...lists.map((list) => list.length)));
    while (progress.next < deepest && more()) {
      for (const list of lists) {
        const item = list[progress.next];
        if (item) this.measureLabel(this.labelText(item));
      }
      progress.next++;
    }
    return progress.next >= deepest;
  }

  /** Widest a label may be: long titles are shortened on narrow screens, not dropped. */
  readonly maxLabelWidth = $derived(Math.max(120, Math.min(360, this.width * 0.5)));

  /** The label drawn for an item: its title in the reader's language, shortened to maxLabelWidth. */
  labelText(item: TimelineItem): string {
    const title = item.event.translations?.[this.#src().text.language]?.title ?? item.event.title;
    return truncateToWidth(title, this.maxLabelWidth, this.measureLabel);
  }

  /** Top of each lane and the total height of the lanes block. */
  readonly laneTops = $derived.by(() => {
    const tops: number[] = [];
    let y = 0;
    for (const rows of this.laneRows) {
      tops.push(y);
      y += GEOMETRY.laneHeader + rows * GEOMETRY.rowHeight + GEOMETRY.lanePadding;
    }
    return { tops, height: y };
  });

  /** Eras with their times and a row each, so overlapping eras (a listing during an exile) stack. */
  readonly eras = $derived(placeEras(this.#src().dataset?.eras ?? []));
  readonly eraRows = $derived(Math.max(0, ...this.eras.map((band) => band.row + 1)));

  /** Top of the first lane: under the axis and the era rows. */
  readonly lanesTop = $derived(GEOMETRY.axisHeight + this.eraRows * GEOMETRY.eraHeight);
  /** The y of the centre of row `row` of lane `lane`, on the chart. */
  rowCentre(lane: number, row: number): number {
    return (
      this.lanesTop +
      (this.laneTops.tops[lane] ?? 0) +
      GEOMETRY.laneHeader +
      row * GEOMETRY.rowHeight +
      GEOMETRY.rowHeight / 2
    );
  }
}
