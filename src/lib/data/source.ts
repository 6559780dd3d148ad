/**
 * Where a page's dataset comes from: the `data` parameter (or attribute) when given and
 * allowed, else the built-in dataset. A refused address becomes a failed load the page
 * shows, never a request.
 */
import { resolveDataUrl, type LoadResult } from './load';

export type DataSource = { url: string } | { refused: LoadResult };

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
