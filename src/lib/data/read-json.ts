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

/** Below a megabyte JSON.parse takes a few milliseconds: no need to parse in pieces. */
export const CHUNKED_MIN_CHARS = 1 << 20;

export async function readJson(text: string): Promise<ParseResult> {
  const source = withoutByteOrderMark(text);
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const { describeSyntaxError } = await import('./json-syntax');
    return describeSyntaxError(source, error);
  }
}
