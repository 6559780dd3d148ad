/**
 * TimelineState: the one state object of a timeline. Inputs are $state (what was
 * loaded, the language, the selection); everything else is $derived from them.
 * Components read it and call its methods; they compute nothing themselves.
 */
import { createContext } from 'svelte';
import { loadUrl, type LoadResult } from '../data/load';
import { toItems } from '../data/items';
import { createTranslate } from '../i18n/translate';
import { formatDateRange } from '../time/format';
import type { LaneLabeler } from '../layout';
import { ChartModel } from './chart.svelte';
import type { TimelineItem } from '../data/items';

export class TimelineState {
  /** The outcome of the last load; null while loading. */
  load = $state<LoadResult | null>(null);
  language = $state('en');
  selectedId = $state<string | null>(null);
  noticeDismissed = $state(false);

  readonly dataset = $derived(
    this.load && this.load.status !== 'failed' ? this.load.dataset : null,
  );
  readonly items = $derived(this.dataset ? toItems(this.dataset.events) : []);
  readonly rejected = $derived(this.load?.report?.rejected ?? []);
  readonly t = $derived(createTranslate(this.language));
  readonly selected = $derived(this.items.find((item) => item.id === this.selectedId) ?? null);
  readonly laneLabel: LaneLabeler = (kind) =>
    kind === 'other' ? this.t('lane.other') : kind === 'all' ? this.t('lane.all') : undefined;
  /** The zoomable chart's view of these items. */
  readonly chart = new ChartModel(this);

  #fetch: typeof fetch;
  #lastUrl: string | null = null;

  constructor(options: { fetch?: typeof fetch; language?: string } = {}) {
    this.#fetch = options.fetch ?? ((...args) => fetch(...args));
    if (options.language) this.language = options.language;
  }

  /** Loads a dataset from a URL; a failure becomes `load.status === 'failed'`, never an exception. */
  async loadFrom(url: string): Promise<void> {
    this.#lastUrl = url;
    this.load = null;
    this.noticeDismissed = false;
    this.load = await loadUrl(url, this.#fetch);
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

  /** An item's date as a reader writes it, at its precision ("September 1965", "c. 1986"). */
  formatDate(item: TimelineItem): string {
    return formatDateRange(item.event.start, item.event.end, {
      circa: item.event.circa ?? false,
      words: { circa: this.t('date.circa'), bce: this.t('date.bce') },
    });
  }
}

export const [getTimelineState, setTimelineState] = createContext<TimelineState>();
