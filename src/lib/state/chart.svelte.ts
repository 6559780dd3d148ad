/**
 * The zoomable chart's view: width, zoom transform and lane dimension in; scales,
 * window, ticks, lanes and per-lane layouts derived. The transform has one writer, the
 * viewport (src/lib/interaction/zoom.svelte.ts) that buttons, keys, eras, clusters, the
 * URL and the reader's gestures all go through.
 *
 * Over 300 lines on purpose: one graph of deriveds (window → layouts → resting layouts,
 * roving mark, canvas) whose private state a split would pass around; each step it takes
 * is a call into the pure modules of layout/ and time/.
 */
import type { ZoomTransform } from '../time/transform';
import { DirectedTransform } from './directed-transform.svelte';
import { MovesWanted } from './moves-wanted.svelte';
import type { TimelineItem } from '../data/items';
import type { LaneDimension } from '../data/types';
import { createBaseScale, domainWithView, windowOf, zoomScaleExtent } from '../time/scale';
import { axisTicks } from '../time/ticks';
import {
  byPriority,
  catchUpStep,
  itemLabel,
  lanesShown,
  createIndex,
  firstMarkInTime,
  laneLayouter,
  memoEach,
  placeEras,
  startCatchUp,
  visitAhead,
  type AheadProgress,
  type CatchUp,
  type LaneLayout,
} from '../layout';
import {
  GEOMETRY,
  HELD_LAYOUT,
  laneTopsOf,
  FIRST_LANE_AT_ONCE,
  MEASURE_AHEAD_LIMIT,
  reachOf,
  rowCentreY,
  type ChartSource,
  type Viewport,
} from './chart-geometry';

export { GEOMETRY, HELD_LAYOUT, type ChartSource, type Viewport } from './chart-geometry';

export class ChartModel {
  width = $state(800);
  readonly #transform = new DirectedTransform(this);
  /** The zoom transform, in the direction the chart runs now (see DirectedTransform). */
  get transform(): ZoomTransform {
    return this.#transform.value;
  }
  set transform(next: ZoomTransform) {
    this.#transform.value = next;
  }
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
  /** Fetching what only moves need, when the reader first reaches for the chart. */
  readonly movesWanted = new MovesWanted();
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
  readonly domain = $derived(
    domainWithView(this.#src().items, this.#src().dataset?.meta.defaultView),
  );
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
      numerals: this.#src().text.numerals,
    }),
  );

  /** Lanes of the matching items; lanes left with none collapse. Fading keeps the rest drawn, dimmed. */
  readonly lanes = $derived.by(() => {
    const { dataset, filter, items, laneLabel } = this.#src();
    return lanesShown(filter, items, this.laneDimension, {
      registries: {
        countries: dataset?.countries ?? [],
        actors: dataset?.actors ?? [],
        categories: dataset?.categories ?? [],
      },
      labelOf: laneLabel,
    });
  });
  /** Rows each lane reserves: stable while zooming, so the chart does not jump. */
  readonly laneRows = $derived(
    this.lanes.map((lane) => Math.min(GEOMETRY.maxRows, lane.items.length) + 1),
  );
  // Per lane, made when the lane is first laid out (or measured ahead), not all at once:
  // the time index, and the items in the order they claim rows.
  readonly #index = $derived(memoEach(this.lanes, (lane) => createIndex(lane.items)));
  readonly #byPriority = $derived(memoEach(this.lanes, (lane) => [...lane.items].sort(byPriority)));

  /**
   * Lane `i` laid out for the layout transform, made when first asked for. Every input
   * is read here, up front, so a lane made a frame later (see catchUp) comes from the
   * same ones, and a change to any of them starts afresh.
   */
  readonly #laneLayout = $derived.by(() => {
    const [measure, language, maxWidth] = [
      this.measureLabel,
      this.#src().text.language,
      this.maxLabelWidth,
    ];
    return laneLayouter({
      window: windowOf(this.base, this.layoutTransform),
      x: this.layoutTransform.rescaleX(this.base),
      width: this.width,
      reach: reachOf(this.layoutSpread),
      spread: this.layoutSpread,
      rows: this.laneRows,
      index: this.#index,
      byPriority: this.#byPriority,
      labelWidth: (item) => measure(itemLabel(item, language, maxWidth, measure)),
      markRadius: GEOMETRY.markRadius,
      maxRows: GEOMETRY.maxRows,
      rtl: this.rtl,
    });
  });
  /** Every lane laid out for the layout transform. */
  readonly layouts = $derived(this.lanes.map((_, i) => this.#laneLayout(i)));

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
    this.#catchingUp = startCatchUp(this.#resting);
    this.#revealing = false;
    this.heldTransform = null;
    this.layoutSpread = 0;
  }
  /** A move in one step (a link, the list, a resize): laid out and drawn at once, no hold. */
  jumpTo(next: ZoomTransform): void {
    this.heldTransform = null;
    this.layoutSpread = 0;
    // The first picture goes on coming lane by lane (from the new layouts).
    if (!this.#revealing) this.#catchingUp = null;
    this.transform = next;
  }
  /**
   * The first picture, lane by lane (see catchUp), top first, so the first marks show
   * sooner and no frame lays out every lane. The first lane comes at once, with the page
   * it opens, unless it is long enough to hold that page's task back.
   */
  reveal(): void {
    this.#catchingUp = startCatchUp();
    this.#revealing = true;
    if ((this.lanes[0]?.items.length ?? 0) <= FIRST_LANE_AT_ONCE) this.catchUp();
  }

  #resting: (LaneLayout | undefined)[] = [];
  /** The SVG lanes brought up to date so far (see catchUp); null once done. */
  #catchingUp = $state.raw<CatchUp<LaneLayout> | null>(null);
  /** True while the catching up is the first picture's, drawn as it comes, not hidden. */
  #revealing = $state(false);
  /**
   * The layouts the SVG marks show: the current ones at rest, the last resting ones
   * while moving. Mid-move layouts go to the canvas only, so no mark is created or
   * removed until the view rests; then the lanes follow one at a time (catchUp).
   */
  readonly restingLayouts = $derived.by(() => {
    if (this.heldTransform !== null) return this.#resting;
    if (this.#catchingUp !== null) return (this.#resting = this.#catchingUp.shown);
    return (this.#resting = this.layouts);
  });
  /**
   * While the view moves, and until the SVG marks have caught up with where it came to
   * rest, the canvas shows the marks and the SVG ones stay unseen.
   */
  readonly moving = $derived(
    this.heldTransform !== null || (this.#catchingUp !== null && !this.#revealing),
  );
  /** True while lanes remain to be brought up to date after a move: call catchUp, a frame apart. */
  readonly catchingUp = $derived(this.#catchingUp !== null);

  /**
   * Brings the next SVG lane up to date after a move, so that the marks a move created
   * and removed are spread over several frames instead of one long one.
   */
  catchUp(): void {
    if (this.#catchingUp === null) return;
    this.#catchingUp = catchUpStep(this.#catchingUp, this.lanes.length, this.#laneLayout);
    if (this.#catchingUp === null) this.#revealing = false;
  }

  /** Ids of the marks drawn now, in time order. */
  readonly drawnIds = $derived(
    new Set(
      this.restingLayouts.flatMap((layout) => layout?.marks.map((mark) => mark.item.id) ?? []),
    ),
  );
  /**
   * The mark that takes Tab: the focused one while drawn, else the selected one, else
   * the first drawn event in time (roving tabindex: one stop for the whole chart).
   */
  readonly rovingId = $derived.by(() => {
    const drawn = this.drawnIds;
    for (const id of [this.focusId, this.#src().selectedId])
      if (id !== null && drawn.has(id)) return id;
    return firstMarkInTime(this.restingLayouts)?.id ?? null;
  });

  #measured: { key: unknown[]; progress: AheadProgress } | null = null;
  /**
   * Measures labels ahead, while the page is idle, so that laying out during a move
   * does not stop to measure text: the most important items of each lane first, up to
   * MEASURE_AHEAD_LIMIT in all. Works while `more()` says there is time; returns true
   * once there is nothing left to measure (until the lanes, language or measurer change).
   */
  measureAhead(more: () => boolean): boolean {
    const key = [this.#byPriority, this.measureLabel, this.#src().text.language];
    if (!this.#measured?.key.every((part, i) => part === key[i]))
      this.#measured = { key, progress: { next: 0 } };
    const lists = this.lanes.map((_, i) => this.#byPriority(i));
    const measure = (item: TimelineItem) => this.measureLabel(this.labelText(item));
    return visitAhead(lists, this.#measured.progress, MEASURE_AHEAD_LIMIT, measure, more);
  }

  /** Widest a label may be: long titles are shortened on narrow screens, not dropped. */
  readonly maxLabelWidth = $derived(Math.max(120, Math.min(360, this.width * 0.5)));

  /** The label drawn for an item: its title in the reader's language, shortened to maxLabelWidth. */
  labelText(item: TimelineItem): string {
    return itemLabel(item, this.#src().text.language, this.maxLabelWidth, this.measureLabel);
  }

  /** Top of each lane and the total height of the lanes block. */
  readonly laneTops = $derived(laneTopsOf(this.laneRows));

  /** Eras with their times and a row each, so overlapping eras (a listing during an exile) stack. */
  readonly eras = $derived(placeEras(this.#src().dataset?.eras ?? []));
  readonly eraRows = $derived(Math.max(0, ...this.eras.map((band) => band.row + 1)));

  /** Top of the first lane: under the axis and the era rows. */
  readonly lanesTop = $derived(GEOMETRY.axisHeight + this.eraRows * GEOMETRY.eraHeight);
  /** The y of the centre of row `row` of lane `lane`, on the chart. */
  rowCentre(lane: number, row: number): number {
    return rowCentreY(this.lanesTop, this.laneTops.tops, lane, row);
  }
}
