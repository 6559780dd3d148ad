/**
 * What a fetched body is, and turning other people's timelines into ours: TimelineJS
 * JSON (detected by its shape) and TimelineJS's spreadsheet CSV (by type or file
 * name). The converters are loaded only when such a file arrives, so a page showing
 * its own data never downloads them.
 */
import { CHUNKED_MIN_CHARS, readJson, type ParseResult } from './read-json';
import type { Dataset } from './types';
import type { Progress } from './validate';

export type BodyKind = 'json' | 'csv' | 'refused';

/** Refuses bodies that are plainly not data (a web page, an image, a script). */
export function bodyKind(contentType: string | null, url: string): BodyKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const path = (() => {
    try {
      return new URL(url).pathname.toLowerCase();
    } catch {
      return url.toLowerCase();
    }
  })();
  if (type === 'text/csv' || path.endsWith('.csv')) return 'csv';
  if (type === '' || type === 'application/json' || type.endsWith('+json') || type === 'text/json')
    return 'json';
  if (type === 'text/plain' || type === 'application/octet-stream') return 'json';
  return 'refused';
}

export interface Converted {
  /** Our document, ready to validate; or the reason nothing could be read. */
  value: unknown;
  /** Notes from the conversion: rows skipped, dates read approximately… */
  notes: string[];
  error?: string;
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || 'timeline');
  } catch {
    return 'timeline';
  }
}

/**
 * Parses a body into a document of our format, converting TimelineJS data on the way.
 * A large JSON body is parsed in pieces, with `onProgress` hearing how far it has got.
 */
/** A converter's warning as a note: where (row or event), then what. */
const describe = (w: { row?: number; index?: number; message: string }) =>
  `${w.row !== undefined ? `row ${w.row}: ` : w.index !== undefined ? `event ${w.index}: ` : ''}${w.message}`;

export async function toDocument(
  text: string,
  kind: 'json' | 'csv',
  url: string,
  onProgress?: (progress: Progress) => void,
): Promise<Converted> {
  const options = { sourceName: fileName(url), sourceUrl: url };
  if (kind === 'csv') {
    const { importTimelineCsv } = await import('../interop');
    const result = importTimelineCsv(text, options);
    return {
      value: result.dataset as Dataset,
      notes: result.warnings.map(describe),
      ...(result.fatal ? { error: result.fatal } : {}),
    };
  }
  const parsed = await readLargeJson(text, onProgress);
  if (!parsed.ok) {
    return {
      value: null,
      notes: [],
      error: `${parsed.message} at line ${parsed.line}, column ${parsed.column}`,
    };
  }
  return fromJsonValue(parsed.value, url);
}

/** A parsed JSON body as our document: TimelineJS data is converted, ours passes as is. */
export async function fromJsonValue(value: unknown, url: string): Promise<Converted> {
  const options = { sourceName: fileName(url), sourceUrl: url };
  // A quick look at the shape decides; the converter is fetched only for TimelineJS data.
  const looksTimelineJs =
    value !== null &&
    typeof value === 'object' &&
    !('meta' in value) &&
    Array.isArray((value as { events?: unknown }).events);
  if (!looksTimelineJs) return { value, notes: [] };
  const { detectFormat, importTimelineJs } = await import('../interop');
  if (detectFormat(value) !== 'timelinejs') return { value, notes: [] };
  const result = importTimelineJs(value, options);
  return {
    value: result.dataset as Dataset,
    notes: ['converted from TimelineJS', ...result.warnings.map(describe)],
    ...(result.fatal ? { error: result.fatal } : {}),
  };
}

/**
 * A large body in pieces, so the page keeps answering; the module that does it is
 * fetched only for such a body (and if it cannot be, JSON.parse does it in one go).
 */
async function readLargeJson(
  text: string,
  onProgress?: (progress: Progress) => void,
): Promise<ParseResult> {
  if (text.length < CHUNKED_MIN_CHARS) return readJson(text);
  let chunked: typeof import('./parse-chunked');
  try {
    chunked = await import('./parse-chunked');
  } catch {
    return readJson(text);
  }
  return chunked.readJsonChunked(text, {
    onProgress: onProgress && ((done, total) => onProgress({ phase: 'reading', done, total })),
  });
}
