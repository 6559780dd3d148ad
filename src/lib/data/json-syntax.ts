/**
 * Where a JSON syntax error is, in the reader's terms: line and column (1-based) and a
 * plain description. Engines word (and place) their JSON.parse errors differently, so
 * this is a second, position-aware pass over text JSON.parse has already refused.
 * It brings jsonc-parser with it: the page loads this module only on that error path.
 */
import {
  createScanner,
  parse as parseTolerant,
  printParseErrorCode,
  type ParseError,
} from 'jsonc-parser';
import type { ParseFailure } from './read-json';

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

/** The first syntax error's code (a `ParseErrorCode` name) and offset, or null. */
export type SyntaxProblem = { code: string; offset: number } | null;

/** jsonc-parser's first error. Its parser recurses, so deep nesting can overflow the stack. */
function firstErrorTolerant(source: string): SyntaxProblem {
  const errors: ParseError[] = [];
  parseTolerant(source, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  return first === undefined
    ? null
    : { code: printParseErrorCode(first.error), offset: first.offset };
}

// jsonc-parser's token kinds and scan errors (its enums are `const`, which isolated
// modules cannot import).
const T = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  nullKeyword: 7,
  trueKeyword: 8,
  falseKeyword: 9,
  string: 10,
  number: 11,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  unknown: 16,
  eof: 17,
} as const;
const SCAN_ERRORS: Record<number, string> = {
  2: 'UnexpectedEndOfString',
  3: 'UnexpectedEndOfNumber',
  4: 'InvalidUnicode',
  5: 'InvalidEscapeCharacter',
  6: 'InvalidCharacter',
};

/**
 * The same first error as jsonc-parser reports (strict JSON: no comments, no trailing
 * commas), found with an explicit stack instead of recursion, so a document nested a
 * million levels deep costs memory, not the call stack.
 */
export function firstSyntaxError(source: string): SyntaxProblem {
  const scanner = createScanner(source, false);
  /** Thrown at the first error; nothing else here throws. */
  class Found {
    constructor(readonly problem: NonNullable<SyntaxProblem>) {}
  }
  const fail = (code: string): never => {
    throw new Found({ code, offset: scanner.getTokenOffset() });
  };
  const next = (): number => {
    for (;;) {
      const token = scanner.scan();
      const scanError = SCAN_ERRORS[scanner.getTokenError()];
      if (scanError !== undefined) fail(scanError);
      if (token === T.lineComment || token === T.blockComment) fail('InvalidCommentToken');
      if (token === T.unknown) fail('InvalidSymbol');
      if (token !== T.trivia && token !== T.lineBreak) return token;
    }
  };
  const isScalar = (token: number) =>
    token === T.string ||
    token === T.number ||
    token === T.nullKeyword ||
    token === T.trueKeyword ||
    token === T.falseKeyword;

  try {
    // The open containers, innermost last: T.openBracket or T.openBrace.
    const stack: number[] = [];
    let token = next();
    // True where a value must start; false inside a container, where `first` says
    // whether a member has been read since its opening bracket.
    let wantValue = true;
    let first = true;
    for (;;) {
      if (wantValue) {
        if (token === T.openBracket || token === T.openBrace) {
          stack.push(token);
          first = true;
        } else if (isScalar(token)) {
          if (token === T.number && Number.isNaN(Number(scanner.getTokenValue())))
            fail('InvalidNumberFormat');
          first = false;
        } else fail('ValueExpected');
        token = next();
        wantValue = false;
        continue;
      }
      const open = stack[stack.length - 1];
      if (open === undefined) {
        if (token !== T.eof) fail('EndOfFileExpected');
        return null;
      }
      if (token === (open === T.openBracket ? T.closeBracket : T.closeBrace)) {
        stack.pop();
        token = next();
        first = false;
        continue;
      }
      if (token === T.eof)
        fail(open === T.openBracket ? 'CloseBracketExpected' : 'CloseBraceExpected');
      if (token === T.comma) {
        if (first) fail('ValueExpected');
        token = next();
      } else if (!first) fail('CommaExpected');
      if (open === T.openBrace) {
        if (token !== T.string) fail('PropertyNameExpected');
        token = next();
        if (token !== T.colon) fail('ColonExpected');
        token = next();
      }
      wantValue = true;
    }
  } catch (found) {
    if (found instanceof Found) return found.problem;
    throw found;
  }
}

/** What is wrong with `source`, which JSON.parse refused with `error`, and where. */
export function describeSyntaxError(source: string, error: unknown): ParseFailure {
  let first: SyntaxProblem;
  try {
    first = firstErrorTolerant(source);
  } catch {
    // Too deep for the recursive parser: the iterative one finds the same error.
    first = firstSyntaxError(source);
  }
  if (first === null) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `malformed JSON: ${message}`, line: 1, column: 1 };
  }
  const { line, column } = lineColumn(source, first.offset);
  return {
    ok: false,
    message: `malformed JSON: ${READABLE[first.code] ?? first.code}`,
    line,
    column,
  };
}
