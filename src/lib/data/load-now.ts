/**
 * Loading a document already in hand, at once: for tests and tools. The page loads
 * through `loadUrl` (load.ts), which fetches the validators only when it needs them.
 */
import { parseJson } from './parse';
import { validate } from './validate';
import { resultOf, type LoadResult } from './load';

/** Validates an already-parsed document. */
export function loadValue(value: unknown, source: string): LoadResult {
  return resultOf(validate(value), source);
}

/** Parses JSON text (reporting line and column of a syntax error) and validates it. */
export function loadText(text: string, source: string): LoadResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      status: 'failed',
      error: `${parsed.message} at line ${parsed.line}, column ${parsed.column}`,
      source,
      retryable: false,
    };
  }
  return loadValue(parsed.value, source);
}
