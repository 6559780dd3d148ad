/**
 * JSON text to a value, for the page. Valid JSON costs only the platform's JSON.parse;
 * the pass that says where a syntax error is (with jsonc-parser) is fetched only when
 * that fails. Results are the same as `parseJson`'s.
 */

export type ParseFailure = { ok: false; message: string; line: number; column: number };
export type ParseResult = { ok: true; value: unknown } | ParseFailure;

/** A byte-order mark is common in files saved by spreadsheet tools; JSON.parse refuses it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Below 4 MB (about 13,000 events) one JSON.parse takes under 40 ms here, less than the
 * pieces add in pauses and scanning: 10,000 events drew about 100 ms sooner parsed whole.
 */
export const CHUNKED_MIN_CHARS = 1 << 22;

export async function readJson(text: string): Promise<ParseResult> {
  const source = withoutByteOrderMark(text);
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const { describeSyntaxError } = await import('./json-syntax');
    return describeSyntaxError(source, error);
  }
}
