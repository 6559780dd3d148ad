/**
 * The view is the URL. On load the query string is read (bad values are dropped with
 * a console warning) and applied to the state; afterwards every change is written back:
 * replaceState while the window moves (debounced: browsers limit how often history may
 * change), pushState for discrete choices so Back undoes them, and popstate re-applies.
 * This is the only module that touches `location` and `history`.
 */
import { untrack } from 'svelte';
import { historyMode, serializeViewParams, windowToParams, type ViewState } from '../url';
import type { TimelineState } from '../state/timeline.svelte';
import { applyView, currentView, parseView } from '../state/view';

const WINDOW_DEBOUNCE_MS = 300;

function parseLocation(timeline: TimelineState): ViewState {
  return parseView(timeline, location.search, (message) => console.warn(`timeline: ${message}`));
}

/** Call once from the component that owns the page, after the dataset has loaded. */
export function syncWithUrl(timeline: TimelineState): void {
  let current = untrack(() => {
    const view = parseLocation(timeline);
    applyView(timeline, view);
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
    const window = timeline.chart.window;
    const ready = timeline.chart.viewport !== null;
    const next = currentView(timeline, { window: false });
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
    applyView(timeline, current);
  };
  addEventListener('popstate', onPopState);
  $effect(() => () => {
    clearTimeout(timer);
    removeEventListener('popstate', onPopState);
  });
}
