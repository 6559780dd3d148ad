/**
 * TimelineState: the one state object of a timeline. Inputs are $state (what was
 * loaded, the language, the selection); everything else is $derived from them.
 * Components read it and call its methods; they compute nothing themselves.
 */
import { createContext } from 'svelte';
import { loadUrl, type LoadResult } from '../data/load';
import { toItems } from '../data/items';
import { createTranslate } from '../i18n/translate';

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

  select(id: string | null): void {
    this.selectedId = id;
  }
}

export const [getTimelineState, setTimelineState] = createContext<TimelineState>();
