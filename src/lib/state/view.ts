/**
 * Reading a view (the URL's parameters, an embed's attributes) into a timeline's state.
 * The app, the embed page and the custom element all describe a view the same way,
 * as query parameters, so they share this one path.
 */
import { EMPTY_FILTERS } from '../filter';
import { paramsToWindow, parseViewParams, windowToParams, type ViewState } from '../url';
import { LANGUAGES } from '../data/types';
import type { TimelineState } from './timeline.svelte';

/** Parses view parameters against what the loaded dataset contains; bad values are warned about and dropped. */
export function parseView(
  timeline: TimelineState,
  params: string | URLSearchParams,
  warn: (message: string) => void,
): ViewState {
  const dataset = timeline.dataset;
  return parseViewParams(
    params,
    {
      eventIds: new Set(dataset?.events.map((e) => e.id)),
      countries: new Set(dataset?.countries.map((c) => c.code)),
      actors: new Set(dataset?.actors.map((a) => a.id)),
      categories: new Set(dataset?.categories.map((c) => c.id)),
    },
    warn,
  );
}

/** Puts a parsed view into the state, and the window into the chart once it can move. */
export function applyView(
  timeline: TimelineState,
  view: ViewState,
  options: { animate?: boolean } = {},
): void {
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
    timeline.chart.viewport?.showWindow(clamped, { animate: options.animate ?? false });
  } else if (view.from === undefined && view.to === undefined) {
    timeline.requestedWindow = null;
    timeline.chart.viewport?.showWindow(timeline.defaultWindow, {
      animate: options.animate ?? false,
    });
  }
}

/** The view the reader sees now, as the URL would say it (the window only when asked for). */
export function currentView(timeline: TimelineState, options: { window: boolean }): ViewState {
  const filters = timeline.filter.filters;
  const defaultLanes = timeline.dataset?.meta.defaultView?.lanes ?? 'category';
  return {
    countries: filters.countries,
    actors: filters.actors,
    categories: filters.categories,
    q: filters.text.trim().replace(/\s+/g, ' '),
    ...(timeline.selectedId ? { event: timeline.selectedId } : {}),
    ...(timeline.chart.laneDimension !== defaultLanes
      ? { lanes: timeline.chart.laneDimension }
      : {}),
    // The language asked for, even while it loads: the URL says what the reader chose.
    ...(timeline.text.requested !== 'en' ? { lang: timeline.text.requested } : {}),
    ...(options.window ? windowToParams(timeline.chart.window) : {}),
  };
}
