/**
 * How a view change enters the browser history. Invariants: moving the window
 * (drag, wheel, pinch) never adds an entry — it would take hundreds of Back
 * presses to leave the page — while every discrete choice does, so Back undoes
 * it; 'none' exactly when the serialised URL would not change.
 */
import { viewParamValues } from './serialize';
import { VIEW_PARAMS, type ViewParam, type ViewState } from './view-state';

export type HistoryMode = 'push' | 'replace' | 'none';

const WINDOW_PARAMS: ReadonlySet<ViewParam> = new Set(['from', 'to']);

export function historyMode(previous: ViewState, next: ViewState): HistoryMode {
  // Compare what the URL would say, so that views differing only in ways the
  // URL cannot show (absent vs '', "a  b" vs "a b") count as equal.
  const before = viewParamValues(previous);
  const after = viewParamValues(next);
  const changed = VIEW_PARAMS.filter((name) => before[name] !== after[name]);
  if (changed.length === 0) return 'none';
  return changed.every((name) => WINDOW_PARAMS.has(name)) ? 'replace' : 'push';
}
