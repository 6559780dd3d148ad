/**
 * From text or a URL to a drawable dataset, tolerantly: a broken event is left out
 * and reported, never allowed to blank the timeline. Nothing here touches the DOM;
 * `fetch` is passed in so tests (and Node) can supply their own.
 */
import { bodyKind, fromJsonValue, toDocument, type Converted } from './formats';
import type { Progress, ValidationReport } from './validate';
import { isKnownGood, knownGoodReport } from './known-good';
import { DATA_REQUEST, takeEarlyDocument, takeEarlyResponse } from './source';
import { readText } from './read-text';
import type { Dataset } from './types';

export { resolveDataUrl, type DataUrlPolicy } from './source';
export type { Progress } from './validate';
export { READ_PAUSE_BYTES, readText } from './read-text';

export type LoadResult =
  | {
      status: 'ok' | 'partial';
      dataset: Dataset;
      report: ValidationReport;
      source: string;
      /** Notes from converting another tool's format, shown with the load notice. */
      notes?: string[];
    }
  | {
      status: 'failed';
      error: string;
      report?: ValidationReport;
      source: string;
      retryable: boolean;
    };

/** The load result for a validation report. */
export function resultOf(report: ValidationReport, source: string): LoadResult {
  if (report.dataset === null) {
    return {
      status: 'failed',
      error: report.fatal ?? 'the dataset cannot be read',
      report,
      source,
      retryable: false,
    };
  }
  return {
    status: report.rejected.length > 0 ? 'partial' : 'ok',
    dataset: report.dataset,
    report,
    source,
  };
}

/** Default cap on a fetched dataset: room for 100,000 events, and no more. */
export const MAX_DATA_BYTES = 40 * 1024 * 1024;

/** Fetches, size-checks, parses and validates a dataset. Never throws. */
export async function loadUrl(
  url: string,
  fetchImpl: typeof fetch,
  maxBytes = MAX_DATA_BYTES,
  onProgress?: (progress: Progress) => void,
): Promise<LoadResult> {
  let response: Response;
  try {
    // The page's entry may have asked already, before this code had loaded.
    response = await (takeEarlyResponse(url) ?? fetchImpl(url, DATA_REQUEST));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      error: `the data could not be fetched (${reason})`,
      source: url,
      retryable: true,
    };
  }
  if (!response.ok) {
    return {
      status: 'failed',
      error: `the data could not be fetched: the server answered ${response.status}`,
      source: url,
      retryable: true,
    };
  }
  const kind = bodyKind(response.headers.get('content-type'), url);
  if (kind === 'refused') {
    return {
      status: 'failed',
      error: `the data is not JSON or CSV (the server sent ${response.headers.get('content-type')})`,
      source: url,
      retryable: false,
    };
  }
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > maxBytes) {
    return {
      status: 'failed',
      error: `the data is too large (${length} bytes; the limit is ${maxBytes})`,
      source: url,
      retryable: false,
    };
  }
  // The first picture may have parsed this very body already.
  const early = kind === 'json' ? takeEarlyDocument(url) : undefined;
  if (early) {
    await response.body?.cancel().catch(() => undefined);
    return resultWithNotes(await fromJsonValue(early.value, url), early.text, url, onProgress);
  }
  let text: string | null;
  try {
    text = await readText(response, maxBytes);
  } catch (error) {
    // The connection dropped, or the body is not text: the same as a failed fetch.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      error: `the data could not be fetched (${reason})`,
      source: url,
      retryable: true,
    };
  }
  if (text === null) {
    return {
      status: 'failed',
      error: `the data is too large (over ${maxBytes} bytes)`,
      source: url,
      retryable: false,
    };
  }
  return resultWithNotes(await toDocument(text, kind, url, onProgress), text, url, onProgress);
}

/**
 * Validates a converted document, in chunks, and passes on the conversion's notes. The
 * validators are fetched only when needed: the built-in dataset, checked by the build,
 * is taken as it is when its text is exactly what the build checked (`isKnownGood`).
 */
async function resultWithNotes(
  converted: Converted,
  text: string,
  url: string,
  onProgress?: (progress: Progress) => void,
): Promise<LoadResult> {
  if (converted.error !== undefined) {
    return { status: 'failed', error: converted.error, source: url, retryable: false };
  }
  if (converted.notes.length === 0 && (await isKnownGood(text)))
    return resultOf(knownGoodReport(converted.value as Dataset), url);
  // Parsed and checked in chunks, so a large dataset never holds the page for long.
  const { validateAsync } = await import('./validate');
  const result = resultOf(await validateAsync(converted.value, onProgress), url);
  return result.status === 'failed' || converted.notes.length === 0
    ? result
    : { ...result, notes: converted.notes };
}
