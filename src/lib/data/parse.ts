/**
 * JSON text to a value, or a syntax error that says where (line and column, 1-based),
 * synchronously, for tools and tests. The page reads JSON with `readJson` instead,
 * which loads the position-aware pass (and jsonc-parser) only when JSON.parse fails.
 */
import { describeSyntaxError } from './json-syntax';
import { withoutByteOrderMark, type ParseResult } from './read-json';

export type { ParseResult } from './read-json';
export { firstSyntaxError, lineColumn, type SyntaxProblem } from './json-syntax';

export function parseJson(text: string): ParseResult {
  const source = withoutByteOrderMark(text);
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    return describeSyntaxError(source, error);
  }
}
