/**
 * The TimelineJS3 document as it arrives: loosely typed, because authors write it by
 * hand or export it from spreadsheets, so numbers often come as strings and any field
 * may be missing. The importers read it defensively; these types describe what they
 * look for, not what they trust.
 */
import type { Dataset } from '../data/types';

export interface TlDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  millisecond?: number | string;
  display_date?: string;
}

export interface TlText {
  headline?: string;
  text?: string;
}

export interface TlMedia {
  url: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
}

export interface TlSlide {
  start_date?: TlDate;
  end_date?: TlDate;
  text?: TlText;
  media?: TlMedia;
  group?: string;
  display_date?: string;
  background?: { url?: string; color?: string };
  autolink?: boolean;
  unique_id?: string;
}

export interface TlEra {
  start_date: TlDate;
  end_date: TlDate;
  text?: TlText;
}

export interface TlDocument {
  title?: TlSlide;
  events: TlSlide[];
  eras?: TlEra[];
  scale?: 'human' | 'cosmological';
}

export interface ImportOptions {
  /** Name of the input (usually its file name), used in the fallback source's title. */
  sourceName: string;
  /** Where the original timeline lives; becomes the source of events that cite nothing. */
  sourceUrl?: string;
  /** BCP 47 tag of the text; "en" when absent. */
  language?: string;
  /** `meta.updated` (YYYY-MM-DD). Importers are pure and never read the clock. */
  updated?: string;
}

/** Something the importer changed or left out; `row` for CSV (spreadsheet row), `index` for JSON. */
export interface ImportWarning {
  row?: number;
  index?: number;
  message: string;
}

export interface ImportResult {
  dataset: Dataset;
  warnings: ImportWarning[];
  /** Set when the input as a whole is unusable (no events list, no Year column). */
  fatal?: string;
}
