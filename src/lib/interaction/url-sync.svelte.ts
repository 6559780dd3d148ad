/**
 * The view is the URL. On load the query string is read (bad values are dropped with
 * a console warning) and applied to the state; afterwards every change is written back:
 * replaceState while the window moves (debounced: browsers limit how often history may
 * change), pushState for discrete choices so Back undoes them, and popstate re-applies.
 * This is the only module that touches `location` and `history`.
 */
import { untrack } from 'svelte';
import { EMPTY_FILTERS } from '../filter';
import {
  historyMode,
  paramsToWindow,
  parseViewParams,
  serializeViewParams,
  windowToParams,
  type ViewState,
} from '../url';
import type { TimelineState } from '../state/timeline.svelte';
import { LANGUAGES } from '../data/types';

const WINDOW_DEBOUNCE_MS = 300;

function parseLocation(timeline: TimelineState): ViewState {
  const dataset = timeline.dataset!;
  return parseViewParams(
    location.search,
    {
      eventIds: new Set(dataset.events.map((e) => e.id)),
      countries: new Set(dataset.countries.map((c) => c.code)),
      actors: new Set(dataset.actors.map((a) => a.id)),
      categories: new Set(dataset.categories.map((c) => c.id)),
    },
    (message) => console.warn(`timeline: ${message}`),
  );
}

/** Puts a parsed view into the state (and the chart window, once the chart can move). */
function apply(timeline: TimelineState, view: ViewState): void {
  timeline.filter.set({
    ...EMPTY_FILTERS,
    countries: view.countries,
    actors: view.actors,
    categories: view.categories,
    text: view.q,
  });
  timeline.chart.laneDimension =
    view.lanes ?? timeline.dataset?.meta.defaultView?.lanes ?? 'category';
  if (view.lang && (LANGUAGES as readonly string[]).includes(view.lang))
    timeline.language = view.lang;
  timeline.selectedId = view.event ?? null;
  const window = paramsToWindow(view.from, view.to);
  if (window) {
    const [d0, d1] = timeline.chart.domain;
    const clamped: [number, number] = [Math.max(window[0], d0), Math.min(window[1], d1)];
    timeline.requestedWindow = clamped;
    timeline.chart.viewport?.showWindow(clamped, { animate: false });
  }
}

/** Call once from the component that owns the page, after the dataset has loaded. */
export function syncWithUrl(timeline: TimelineState): void {
  let current = untrack(() => {
    const view = parseLocation(timeline);
    apply(timeline, view);
    return view;
  });
  // The window is written only once the reader has moved it: loading never rewrites it.
  let windowMoved = current.from !== undefined || current.to !== undefined;
  let firstWindow: [number, number] | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = (next: ViewState) => {
    const mode = historyMode(current, next);
    if (mode === 'none') return;
    const query = serializeViewParams(next, new URLSearchParams(location.search));
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    current = next;
  };

  $effect(() => {
    const filters = timeline.filter.filters;
    const window = timeline.chart.window;
    const ready = timeline.chart.viewport !== null;
    const next: ViewState = {
      countries: filters.countries,
      actors: filters.actors,
      categories: filters.categories,
      q: filters.text.trim().replace(/\s+/g, ' '),
      ...(timeline.selectedId ? { event: timeline.selectedId } : {}),
      ...(timeline.chart.laneDimension !== (timeline.dataset?.meta.defaultView?.lanes ?? 'category')
        ? { lanes: timeline.chart.laneDimension }
        : {}),
      ...(timeline.language !== 'en' ? { lang: timeline.language as ViewState['lang'] } : {}),
    };
    untrack(() => {
      if (ready && firstWindow === null) firstWindow = [...window];
      if (ready && firstWindow && !windowMoved) {
        const span = firstWindow[1] - firstWindow[0];
        windowMoved =
          Math.abs(window[0] - firstWindow[0]) + Math.abs(window[1] - firstWindow[1]) >
          span * 0.002;
      }
      const withWindow = windowMoved
        ? { ...next, ...windowToParams(window) }
        : { ...next, from: current.from, to: current.to };
      if (withWindow.from === undefined) delete withWindow.from;
      if (withWindow.to === undefined) delete withWindow.to;
      clearTimeout(timer);
      // Typing and dragging settle before they reach history; other choices go at once.
      const settling = historyMode(current, withWindow) === 'replace' || withWindow.q !== current.q;
      if (settling) timer = setTimeout(() => write(withWindow), WINDOW_DEBOUNCE_MS);
      else write(withWindow);
    });
  });

  const onPopState = () => {
    clearTimeout(timer);
    current = parseLocation(timeline);
    apply(timeline, current);
    if (current.from === undefined && current.to === undefined) {
      timeline.chart.viewport?.showWindow(timeline.defaultWindow, { animate: false });
    }
  };
  addEventListener('popstate', onPopState);
  $effect(() => () => {
    clearTimeout(timer);
    removeEventListener('popstate', onPopState);
  });
}
