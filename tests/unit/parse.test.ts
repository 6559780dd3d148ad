import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson } from '../../src/lib/data/parse';
import { readJson } from '../../src/lib/data/read-json';

describe('parseJson', () => {
  it('parses valid JSON, with or without a byte-order mark', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8, 'expected a value'],
    ['{\n  "a": 1,\n}', 3, 1, 'expected a property name in double quotes'],
    ['[1, 2', 1, 6, 'expected'],
    ['{"a": "unterminated', 1, 7, 'unterminated string'],
    ['{"a": 1} extra', 1, 10, 'unexpected character'],
    ['', 1, 1, 'expected a value'],
    ['// note\n{}', 1, 1, 'comments are not allowed in JSON'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, words) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.line, result.column]).toEqual([line, column]);
    expect(result.message).toContain(words);
  });
});

describe('readJson (the page’s parser, which loads the error pass on demand)', () => {
  it.each([
    ['valid JSON', '{"a":[1,2]}'],
    ['a byte-order mark', '\uFEFF{"a":1}'],
    ['a missing value', '{\n  "a": 1,\n  "b": }'],
    ['an unclosed array', '[1, 2'],
    ['nothing', ''],
    ['a comment', '// note\n{}'],
    ['an error too deep for a recursive parser', `${'['.repeat(200_000)}}`],
  ])('answers as parseJson does for %s', async (_case, text) => {
    expect(await readJson(text)).toEqual(parseJson(text));
  });
});

describe('lineColumn', () => {
  it.each([
    [0, 1, 1],
    [3, 1, 4],
    [4, 2, 1],
    [10, 3, 2],
  ])('offset %i is line %i, column %i of "abc\\ndefg\\nhi"', (offset, line, column) => {
    expect(lineColumn('abc\ndefg\nhi', offset)).toEqual({ line, column });
  });
});
