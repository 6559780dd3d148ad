/**
 * URL query → ViewState. Invariants: never throws; every value it cannot use is
 * dropped with one warning naming the parameter and the value; parameters it
 * does not own (theme, height, data…) are left alone without a word; the result
 * is canonical (see view-state.ts).
 */
import { dateProblem, dateToString, endMs, parseDate, startMs } from '../data/dates';
import { LANE_DIMENSIONS, LANGUAGES } from '../data/types';
import {
  LIST_PARAMS,
  MAX_PARAM_LENGTH,
  MAX_QUERY_LENGTH,
  emptyView,
  type KnownIds,
  type ViewParam,
  type ViewState,
} from './view-state';
import { cleanQuery, describeValue, idResolver } from './values';

type Warn = (message: string) => void;

export function parseViewParams(
  search: string | URLSearchParams,
  known: KnownIds,
  warn: Warn,
): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view = emptyView();
  const usable = (name: ViewParam): string[] => usableValues(params, name, warn);

  const from = parseDateParam('from', single('from', usable('from'), warn), warn);
  const to = parseDateParam('to', single('to', usable('to'), warn), warn);
  if (from && to && startMs(parseDate(from)!) >= endMs(parseDate(to)!)) {
    warn(`ignoring from ${describeValue(from)} and to ${describeValue(to)}: from is after to`);
  } else {
    if (from) view.from = from;
    if (to) view.to = to;
  }

  const event = single('event', usable('event'), warn);
  if (event !== undefined) {
    const id = idResolver(known.eventIds)(event);
    if (id === undefined) warn(`ignoring event ${describeValue(event)}: not in this dataset`);
    else view.event = id;
  }

  for (const name of ['country', 'actor', 'category'] as const) {
    const key = LIST_PARAMS[name];
    view[key] = parseList(name, usable(name), known[key], warn);
  }

  const q = single('q', usable('q'), warn);
  if (q !== undefined) view.q = cleanQuery(q, MAX_QUERY_LENGTH, warn);

  const lanes = parseChoice('lanes', single('lanes', usable('lanes'), warn), LANE_DIMENSIONS, warn);
  if (lanes) view.lanes = lanes;
  const lang = parseChoice('lang', single('lang', usable('lang'), warn), LANGUAGES, warn);
  if (lang) view.lang = lang;
  return view;
}

/** Trimmed, non-empty values of every occurrence, minus oversized ones. */
function usableValues(params: URLSearchParams, name: ViewParam, warn: Warn): string[] {
  const values: string[] = [];
  for (const raw of params.getAll(name)) {
    if (raw.length > MAX_PARAM_LENGTH) {
      warn(`ignoring ${name}: ${raw.length} characters long, more than ${MAX_PARAM_LENGTH}`);
      continue;
    }
    const value = raw.trim();
    // An empty value (`?q=`, as forms submit) says nothing, so it earns no warning.
    if (value !== '') values.push(value);
  }
  return values;
}

/** The first value of a parameter that takes one; later ones are reported. */
function single(name: ViewParam, values: string[], warn: Warn): string | undefined {
  for (const extra of values.slice(1)) {
    if (extra !== values[0])
      warn(`ignoring ${name} ${describeValue(extra)}: ${name} is given more than once`);
  }
  return values[0];
}

function parseDateParam(
  name: 'from' | 'to',
  value: string | undefined,
  warn: Warn,
): string | undefined {
  if (value === undefined) return undefined;
  const date = parseDate(value);
  if (date) return dateToString(date);
  warn(`ignoring ${name} ${describeValue(value)}: it ${dateProblem(value)}`);
  return undefined;
}

function parseList(
  name: string,
  values: string[],
  known: ReadonlySet<string>,
  warn: Warn,
): string[] {
  const ids = new Set<string>();
  const resolveId = idResolver(known);
  for (const item of values.flatMap((value) => value.split(','))) {
    const candidate = item.trim();
    if (candidate === '') continue; // "AL,,IR" or a trailing comma: a typo, not a choice
    const id = resolveId(candidate);
    if (id === undefined) warn(`ignoring ${name} ${describeValue(candidate)}: not in this dataset`);
    else ids.add(id); // a Set: repeats collapse silently, they change nothing
  }
  return [...ids];
}

function parseChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  warn: Warn,
): T | undefined {
  if (value === undefined) return undefined;
  const choice = choices.find((c) => c === value.toLowerCase());
  if (choice === undefined) {
    warn(`ignoring ${name} ${describeValue(value)}: expected one of ${choices.join(', ')}`);
  }
  return choice;
}
