/** The view as URL query parameters: pure, DOM-free; the page passes `location.search` in. */
export { MAX_PARAM_LENGTH, MAX_QUERY_LENGTH, VIEW_PARAMS, emptyView } from './view-state';
export type { KnownIds, ViewParam, ViewState } from './view-state';
export { parseViewParams } from './parse';
export { serializeViewParams, viewParamValues } from './serialize';
export { paramsToWindow, precisionForSpan, windowToParams } from './window';
export { historyMode } from './history';
export type { HistoryMode } from './history';
