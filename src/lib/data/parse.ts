/**
 * JSON text to a value, or a syntax error that says where (line and column, 1-based).
 * The fast path is the platform's JSON.parse; only a failure pays for a second,
 * position-aware pass, because engines word (and place) their errors differently.
 */
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type ParseResult =
  { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const READABLE: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," (or a closing bracket)',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'control character in a string',
};

export function parseJson(text: string): ParseResult {
  // A byte-order mark is common in files saved by spreadsheet tools.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerant(source, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first === undefined) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, message: `malformed JSON: ${message}`, line: 1, column: 1 };
    }
    const code = printParseErrorCode(first.error);
    const { line, column } = lineColumn(source, first.offset);
    return { ok: false, message: `malformed JSON: ${READABLE[code] ?? code}`, line, column };
  }
}
