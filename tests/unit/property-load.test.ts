/**
 * Property tests of the way in: JSON text and fetched bodies. What is proved:
 *
 * - `loadText` never throws; malformed text always fails with a line and column that
 *   lie inside the text, for random truncations and byte or character flips of the
 *   fixture and of the shipped dataset, and for nesting too deep for a recursive parser;
 * - the iterative syntax checker (the fallback for that depth) finds exactly the error
 *   jsonc-parser finds, wherever jsonc-parser can run;
 * - `loadUrl` never throws or rejects, whatever the server sends: broken streams, endless
 *   bodies, lying Content-Length, bytes that are not UTF-8.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { loadUrl, type LoadResult } from '../../src/lib/data/load';
import { loadText } from '../../src/lib/data/load-now';
import { firstSyntaxError, lineColumn, parseJson } from '../../src/lib/data/parse';

const MINI = readFileSync('tests/fixtures/mini.json', 'utf8');
const MEK = readFileSync('data/mek.json', 'utf8');
const SLOW = 120_000;

/** jsonc-parser's first error, as parseJson would report it. */
function jsoncFirst(text: string): { code: string; offset: number } | null {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  return first ? { code: printParseErrorCode(first.error), offset: first.offset } : null;
}

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}

/** loadText must not throw; malformed text fails with a position inside the text. */
function expectLoads(text: string): LoadResult {
  let result: LoadResult | undefined;
  expect(() => (result = loadText(text, 'fuzz.json'))).not.toThrow();
  if (isValidJson(text)) return result!;
  expect(result!.status).toBe('failed');
  if (result!.status !== 'failed') return result!;
  const match = /at line (\d+), column (\d+)$/.exec(result!.error);
  expect(match, result!.error).not.toBeNull();
  const line = Number(match![1]);
  const column = Number(match![2]);
  const lines = text.split('\n');
  expect(line).toBeGreaterThanOrEqual(1);
  expect(line).toBeLessThanOrEqual(lines.length);
  expect(column).toBeGreaterThanOrEqual(1);
  // At most one past the end of its line (an error at the end of the text).
  expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
  expect(result!.error).toMatch(/^malformed JSON: /);
  return result!;
}

const JSON_CHARS = [...'{}[]:,"\\ \n\t-+.0123456789eEtrufalsn/*\u0000\u2028\uFEFF\uD800'];

describe('loadText: malformed text', () => {
  it.each([
    ['the fixture', MINI, 200],
    ['the shipped dataset', MEK, 25],
  ])(
    'reports line and column for any truncation of %s',
    (_name, text, runs) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: text.trimEnd().length - 1 }), (cut) => {
          const truncated = text.slice(0, cut);
          expectLoads(truncated);
          // A cut document ends too early: the error is at or before the cut.
          const error = firstSyntaxError(truncated);
          expect(error).not.toBeNull();
          expect(error!.offset).toBeLessThanOrEqual(cut);
        }),
        { numRuns: runs },
      );
    },
    SLOW,
  );

  it.each([
    ['the fixture', MINI, 200],
    ['the shipped dataset', MEK, 20],
  ])(
    'never throws on byte flips of %s, read as UTF-8',
    (_name, text, runs) => {
      const bytes = new TextEncoder().encode(text);
      fc.assert(
        fc.property(
          fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
            minLength: 1,
            maxLength: 6,
          }),
          (flips) => {
            const copy = bytes.slice();
            for (const flip of flips) copy[flip.at % copy.length] = flip.byte;
            expectLoads(new TextDecoder().decode(copy));
          },
        ),
        { numRuns: runs },
      );
    },
    SLOW,
  );

  it(
    'never throws on JSON-significant characters put anywhere in the fixture',
    () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              at: fc.nat(),
              char: fc.constantFrom(...JSON_CHARS),
              insert: fc.boolean(),
            }),
            { minLength: 1, maxLength: 5 },
          ),
          (edits) => {
            let text = MINI;
            for (const edit of edits) {
              const at = edit.at % (text.length + 1);
              text = text.slice(0, at) + edit.char + text.slice(edit.insert ? at : at + 1);
            }
            expectLoads(text);
          },
        ),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it.each([
    ['an unclosed 10,000-deep array', '['.repeat(10_000)],
    ['an unclosed 1,000,000-deep array', '['.repeat(1_000_000)],
    [
      'deep arrays inside the fixture, unclosed',
      MINI.replace('"events": [', `"events": [${'['.repeat(50_000)}`),
    ],
    ['a 100,000-deep object, unclosed', '{"a":'.repeat(100_000)],
    ['a 100,000-deep array with a stray comma', `${'['.repeat(100_000)}1,]${']'.repeat(99_999)}`],
  ])('reports %s with a position, never a stack overflow', (_name, text) => {
    const result = expectLoads(text);
    expect(result.status).toBe('failed');
  });

  it('loads a 100,000-deep but well-formed document as a validation failure, not a crash', () => {
    const text = MINI.replace(
      '"events": [',
      `"events": [${'['.repeat(100_000)}${']'.repeat(100_000)}, `,
    );
    const result = expectLoads(text);
    expect(result.status).toBe('partial');
    if (result.status === 'partial') {
      expect(result.report.rejected.map((r) => r.index)).toEqual([0]);
      expect(result.dataset.events).toHaveLength(5);
    }
  });

  it('reads line and column the same way the user counts them', () => {
    const result = parseJson('{\n  "a": 1,\n  "b": [1, 2,]\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 14 });
  });
});

describe('firstSyntaxError: the iterative fallback agrees with jsonc-parser', () => {
  it('finds the same first error on random edits of the fixture', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MINI.length }),
        fc.array(fc.record({ at: fc.nat(), char: fc.constantFrom(...JSON_CHARS) }), {
          maxLength: 4,
        }),
        (cut, edits) => {
          let text = MINI.slice(0, cut === MINI.length ? undefined : cut);
          for (const edit of edits) {
            const at = edit.at % (text.length + 1);
            text = text.slice(0, at) + edit.char + text.slice(at + 1);
          }
          expect(firstSyntaxError(text)).toEqual(jsoncFirst(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds the same first error on random short JSON-like strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...JSON_CHARS, 'true', 'null', '"x"', '1'), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          expect(firstSyntaxError(text)).toEqual(jsoncFirst(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds nothing wrong in valid JSON, however deep', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        expect(firstSyntaxError(text)).toBeNull();
      }),
      { numRuns: 200 },
    );
    expect(firstSyntaxError(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)).toBeNull();
  });

  it('puts the error of a deep document where it is', () => {
    const text = `${'['.repeat(200_000)}}`;
    expect(firstSyntaxError(text)).toEqual({ code: 'ValueExpected', offset: 200_000 });
    expect(lineColumn(text, 200_000)).toEqual({ line: 1, column: 200_001 });
  });
});

/** A fetch answering with a body streamed from the given chunks (or an error). */
function streaming(
  chunks: (Uint8Array | Error)[],
  headers: Record<string, string> = {},
  endless = false,
): typeof fetch {
  return async () => {
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (endless) return controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        const chunk = chunks[i++];
        if (chunk === undefined) controller.close();
        else if (chunk instanceof Error) controller.error(chunk);
        else controller.enqueue(chunk);
      },
    });
    return new Response(body, { status: 200, headers });
  };
}

describe('loadUrl: whatever the server sends', () => {
  const url = 'https://site.test/data.json';
  const encode = (text: string) => new TextEncoder().encode(text);

  it('fails, retryably, when the body breaks off mid-stream', async () => {
    const result = await loadUrl(
      url,
      streaming([encode(MINI.slice(0, 100)), new TypeError('network error')]),
    );
    expect(result).toMatchObject({ status: 'failed', retryable: true });
  });

  it('cuts off an endless body at the limit instead of buffering it', async () => {
    const result = await loadUrl(url, streaming([], {}, true), 1024 * 1024);
    expect(result).toMatchObject({ status: 'failed', retryable: false });
    if (result.status === 'failed') expect(result.error).toContain('too large');
  });

  it('cuts off a body longer than its Content-Length says', async () => {
    const result = await loadUrl(
      url,
      streaming([encode('x'.repeat(5000))], { 'content-length': '10' }),
      1000,
    );
    expect(result).toMatchObject({ status: 'failed' });
    if (result.status === 'failed') expect(result.error).toContain('too large');
  });

  it('counts the limit in bytes, not characters', async () => {
    const text = `"${'é'.repeat(600)}"`; // 602 characters, 1202 bytes
    const result = await loadUrl(url, streaming([encode(text)]), 1000);
    if (result.status === 'failed') expect(result.error).toContain('too large');
    expect(result.status).toBe('failed');
  });

  it('loads a document split at arbitrary byte boundaries, multi-byte characters included', async () => {
    const text = MINI.replace('Test timeline', 'Tést tîmeline — تست ✓');
    const bytes = encode(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(bytes.length), { maxLength: 8 }), async (cuts) => {
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), bytes.length];
        const chunks = points.slice(1).map((end, i) => bytes.slice(points[i], end));
        const result = await loadUrl(url, streaming(chunks));
        expect(result.status).toBe('ok');
        if (result.status === 'ok') expect(result.dataset.meta.title).toBe('Tést tîmeline — تست ✓');
      }),
      { numRuns: 50 },
    );
  });

  it('never throws or rejects, for random bytes, statuses and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(200, 204, 301, 404, 500),
        fc.constantFrom('', '0', '-1', 'abc', '99999999999', '1e3'),
        async (bytes, status, length) => {
          const fetchImpl: typeof fetch = async () =>
            new Response(status === 204 ? null : bytes, {
              status,
              headers: length === '' ? {} : { 'content-length': length },
            });
          const result = await loadUrl(url, fetchImpl, 200);
          expect(['ok', 'partial', 'failed']).toContain(result.status);
        },
      ),
      { numRuns: 100 },
    );
  });
});
