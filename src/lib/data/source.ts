/**
 * Where a page's dataset comes from: the `data` parameter (or attribute) when given and
 * allowed, else the built-in dataset. A refused address becomes a failed load the page
 * shows, never a request. Also the dataset's early request: a page's entry can ask for
 * the data before the timeline's code has arrived. This module stays small and imports
 * nothing heavy, because entries load it before anything else.
 */
import type { LoadResult } from './load';

export type DataSource = { url: string } | { refused: LoadResult };

export interface DataUrlPolicy {
  /** The page's own URL: relative `?data=` values resolve against it. */
  pageUrl: string;
  /** Origins other than the page's that may serve data (build-time configuration). */
  allowedOrigins?: readonly string[];
}

/** The absolute URL to fetch for a `?data=` value, or why it is refused. */
export function resolveDataUrl(
  value: string,
  policy: DataUrlPolicy,
): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value, policy.pageUrl);
  } catch {
    return { error: `the data address ${JSON.stringify(value)} is not a valid URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { error: `the data address must be http(s), not ${url.protocol}` };
  const own = new URL(policy.pageUrl).origin;
  if (url.origin !== own && !(policy.allowedOrigins ?? []).includes(url.origin))
    return {
      error: `data from ${url.origin} is not allowed here: only this site's own data, or origins the site allows`,
    };
  return { url: url.href };
}

export function chooseDataSource(
  requested: string | null,
  pageUrl: string,
  builtIn: string,
  allowedOrigins: readonly string[],
): DataSource {
  if (requested === null || requested === '') return { url: new URL(builtIn, pageUrl).href };
  const resolved = resolveDataUrl(requested, { pageUrl, allowedOrigins });
  if ('error' in resolved) {
    return {
      refused: { status: 'failed', error: resolved.error, source: requested, retryable: false },
    };
  }
  return resolved;
}

/** Origins besides the page's own allowed to serve data, from a comma-separated setting. */
export function originList(setting: string | undefined): string[] {
  return (setting ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** How every dataset is requested: cookies go to the page's own site only. */
export const DATA_REQUEST: RequestInit = { credentials: 'same-origin' };

const early = new Map<string, Promise<Response>>();

/**
 * Asks for a dataset now, while the timeline's code is still on its way. The loader's
 * first request for the same URL takes this response instead of asking again.
 */
export function fetchEarly(url: string, fetchImpl: typeof fetch): void {
  // A fetch that throws instead of rejecting is still reported by the loader.
  const response = new Promise<Response>((resolve) => resolve(fetchImpl(url, DATA_REQUEST)));
  // Nobody may await it for a while: a failure waits for the loader, not the console.
  response.catch(() => undefined);
  early.set(url, response);
}

/**
 * The early response for a URL without taking it: the first picture reads a copy
 * (`Response.clone`) while the loader still gets the original.
 */
export function peekEarlyResponse(url: string): Promise<Response> | undefined {
  return early.get(url);
}

/** The early response for a URL, handed out once: a retry asks the server again. */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}

const parsedEarly = new Map<string, { value: unknown; text: string }>();

/**
 * A JSON document already parsed from a URL's early response (the first picture's copy of
 * it): the loader takes it instead of parsing the same body again.
 */
export function keepEarlyDocument(url: string, value: unknown, text: string): void {
  parsedEarly.set(url, { value, text });
}

/** The document kept for a URL, with the text it was parsed from, handed out once. */
export function takeEarlyDocument(url: string): { value: unknown; text: string } | undefined {
  const kept = parsedEarly.get(url);
  parsedEarly.delete(url);
  return kept;
}
