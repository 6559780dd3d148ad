/**
 * The part of the view that lives in the URL. Invariants: a ViewState produced
 * by parseViewParams is canonical — dates in dateToString form, ids spelled as
 * the dataset spells them, lists without duplicates, q trimmed with single
 * spaces — so serialising and parsing it again gives an equal value.
 */
import type { Language, LaneDimension } from '../data/types';

export interface ViewState {
  /** Start of the visible window: a date string at any precision. */
  from?: string;
  /** End of the visible window, inclusive of its whole period ("2014" = through 2014). */
  to?: string;
  /** The selected event's id. */
  event?: string;
  countries: string[];
  actors: string[];
  categories: string[];
  /** Search text as typed; '' for none. */
  q: string;
  /** Absent means the dataset's default. */
  lanes?: LaneDimension;
  /** Absent means the page's default language. */
  lang?: Language;
}

/** What the loaded dataset contains, to check ids in the URL against. */
export interface KnownIds {
  eventIds: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

/** The parameters this module owns, in the order they are written. */
export const VIEW_PARAMS = [
  'from',
  'to',
  'event',
  'country',
  'actor',
  'category',
  'q',
  'lanes',
  'lang',
] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

/** The list parameters and the ViewState key each fills. */
export const LIST_PARAMS = {
  country: 'countries',
  actor: 'actors',
  category: 'categories',
} as const satisfies Partial<Record<ViewParam, keyof ViewState>>;

/** Longest `q` kept; longer text is cut, not dropped (it is still a search). */
export const MAX_QUERY_LENGTH = 200;
/** Longest raw value of any parameter considered at all. */
export const MAX_PARAM_LENGTH = 2000;

export function emptyView(): ViewState {
  return { countries: [], actors: [], categories: [], q: '' };
}
