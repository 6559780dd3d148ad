/**
 * TimelineState: the one state object of a timeline. Inputs are $state (what was
 * loaded, the language, the selection); everything else is $derived from them.
 * Components read it and call its methods; they compute nothing themselves.
 */
import { createContext } from 'svelte';
import { loadUrl, MAX_DATA_BYTES, type LoadResult, type Progress } from '../data/load';

/** The largest dataset a page will read: the build's VITE_DATA_MAX_BYTES, else the default. */
const DATA_LIMIT = Number(import.meta.env.VITE_DATA_MAX_BYTES) || MAX_DATA_BYTES;
import { toItems, toItemsAsync } from '../data/items';
import { endMs, parseDate, startMs } from '../data/dates';
import type { LaneLabeler } from '../layout';
import { ChartModel } from './chart.svelte';
import { FilterModel } from './filters.svelte';
import { LanguageModel } from './language.svelte';
import type { TimelineItem } from '../data/items';
import type { TimelineEvent } from '../data/types';
import type { ChipDimension, ListDimension } from '../filter';

export class TimelineState {
  /** The outcome of the last load; null while loading. */
  // Raw: the dataset is replaced whole, never changed in place, and a deep proxy over
  // thousands of events would tax every read on every frame.
  load = $state.raw<LoadResult | null>(null);
  selectedId = $state<string | null>(null);
  noticeDismissed = $state(false);
  /** How far reading and checking a large dataset have got, while it loads. */
  progress = $state<Progress | null>(null);
  /** A window asked for before the chart could show it (from the URL). */
  requestedWindow = $state<[number, number] | null>(null);

  readonly dataset = $derived(
    this.load && this.load.status !== 'failed' ? this.load.dataset : null,
  );
  /** Items made in pieces while loading, for the events about to be shown. */
  #prepared: { events: readonly TimelineEvent[]; items: TimelineItem[] } | null = null;
  readonly items = $derived(
    this.dataset
      ? this.#prepared?.events === this.dataset.events
        ? this.#prepared.items
        : toItems(this.dataset.events)
      : [],
  );
  readonly rejected = $derived(this.load?.report?.rejected ?? []);
  /**
   * The data's other problems: in its meta, registries or eras (the part concerned was
   * left out or given a default), and warnings about events that were kept.
   */
  readonly otherProblems = $derived.by(() => {
    const left = new Set(this.rejected.map((rejected) => rejected.index));
    return (this.load?.report?.problems ?? []).filter(
      (problem) => problem.eventIndex === undefined || !left.has(problem.eventIndex),
    );
  });
  /** What converting another tool's format noted. */
  readonly conversionNotes = $derived(
    this.load && this.load.status !== 'failed' ? (this.load.notes ?? []) : [],
  );
  /** Whether the load notice has anything to say: rejected events, problems, notes. */
  readonly hasNotice = $derived(
    this.rejected.length + this.otherProblems.length + this.conversionNotes.length > 0,
  );
  /** Messages, dates and dataset text in the reader's language. */
  readonly text = new LanguageModel(() => this.dataset);
  readonly t = $derived(this.text.t);
  readonly selected = $derived(this.items.find((item) => item.id === this.selectedId) ?? null);
  readonly laneLabel: LaneLabeler = (kind, id) =>
    kind === 'other'
      ? this.t('lane.other')
      : kind === 'all'
        ? this.t('lane.all')
        : this.text.nameOf(kind, id);
  /** The reader's filters and what they match. */
  readonly filter = new FilterModel(this);
  /** The zoomable chart's view of these items. */
  readonly chart = new ChartModel(this);
  /** The dataset's default view, or everything. */
  readonly defaultWindow = $derived.by((): [number, number] => {
    const view = this.dataset?.meta.defaultView;
    const from = parseDate(view?.from);
    const to = parseDate(view?.to);
    const [d0, d1] = this.chart.domain;
    return [from ? startMs(from) : d0, to ? endMs(to) : d1];
  });
  /** Events the reader can step through: the matching ones, in time order. */
  readonly sequence = $derived(this.filter.matching);
  readonly selectedIndex = $derived(
    this.selectedId === null ? -1 : this.sequence.findIndex((item) => item.id === this.selectedId),
  );

  #fetch: typeof fetch;
  #lastUrl: string | null = null;

  constructor(options: { fetch?: typeof fetch; language?: string } = {}) {
    this.#fetch = options.fetch ?? ((...args) => fetch(...args));
    if (options.language) this.text.start(options.language);
  }

  /** The language shown; setting it asks for another, shown once it has loaded. */
  get language(): string {
    return this.text.language;
  }
  set language(language: string) {
    this.text.language = language;
  }

  /** Loads a dataset from a URL; a failure becomes `load.status === 'failed'`, never an exception. */
  async loadFrom(url: string): Promise<void> {
    this.#lastUrl = url;
    this.load = null;
    this.noticeDismissed = false;
    this.progress = null;
    this.#prepared = null;
    const result = await loadUrl(url, this.#fetch, DATA_LIMIT, (progress) => {
      this.progress = progress;
    });
    // The dates are resolved here, in pieces, not all at once when the chart first asks.
    if (result.status !== 'failed') {
      const { events } = result.dataset;
      this.#prepared = { events, items: await toItemsAsync(events) };
    }
    this.load = result;
    this.progress = null;
  }

  /** Shows a result computed elsewhere (a refused URL, an inline document). */
  show(result: LoadResult): void {
    this.load = result;
    this.noticeDismissed = false;
  }

  retry(): Promise<void> {
    return this.#lastUrl === null ? Promise.resolve() : this.loadFrom(this.#lastUrl);
  }

  /** Selects an event (or clears the selection) and keeps it in sight. */
  select(id: string | null): void {
    this.selectedId = id;
    const item = this.selected;
    if (item) this.chart.viewport?.reveal(item.start, item.end);
  }

  /** Moves the selection to the next (+1) or previous (−1) matching event. */
  step(direction: 1 | -1): void {
    if (this.sequence.length === 0) return;
    const from =
      this.selectedIndex === -1
        ? direction === 1
          ? -1
          : this.sequence.length
        : this.selectedIndex;
    const next = this.sequence[Math.min(this.sequence.length - 1, Math.max(0, from + direction))];
    if (next) this.select(next.id);
  }

  nameOf(dimension: ListDimension | 'era', id: string): string {
    return this.text.nameOf(dimension, id);
  }
  chipLabel(dimension: ChipDimension, value: string): string | undefined {
    return this.text.chipLabel(dimension, value);
  }
  /** An item's date as a reader writes it, at its precision ("September 1965", "c. 1986"). */
  formatDate(item: TimelineItem): string {
    return this.text.formatDate(item);
  }
}

export const [getTimelineState, setTimelineState] = createContext<TimelineState>();
