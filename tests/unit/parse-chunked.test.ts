import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../bench/lib/generate';
import { parseJson } from '../../src/lib/data/parse';
import {
  CHUNKED_MIN_CHARS,
  readJsonChunked,
  type ChunkedParseOptions,
} from '../../src/lib/data/parse-chunked';
import { readJson } from '../../src/lib/data/read-json';

/**
 * Same value as JSON.parse makes, down to what toEqual does not look at: key order,
 * own data properties (`__proto__` included), prototypes, and -0.
 */
function identical(first: unknown, second: unknown): boolean {
  const pairs: [unknown, unknown][] = [[first, second]];
  for (let pair = pairs.pop(); pair !== undefined; pair = pairs.pop()) {
    const [a, b] = pair;
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
      if (!Object.is(a, b)) return false;
      continue;
    }
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const keysA = Reflect.ownKeys(a);
    const keysB = Reflect.ownKeys(b);
    if (keysA.length !== keysB.length || keysA.some((key, i) => key !== keysB[i])) return false;
    for (const key of keysA) {
      const da = Object.getOwnPropertyDescriptor(a, key)!;
      const db = Object.getOwnPropertyDescriptor(b, key)!;
      if (
        da.writable !== db.writable ||
        da.enumerable !== db.enumerable ||
        da.configurable !== db.configurable ||
        'get' in da ||
        'get' in db
      )
        return false;
      pairs.push([da.value, db.value]);
    }
  }
  return true;
}

/** Every piece as small as can be, and no waiting between them. */
const tiny = (more: ChunkedParseOptions = {}): ChunkedParseOptions => ({
  minChars: 0,
  batchChars: 1,
  budgetMs: 0,
  pause: async () => {},
  ...more,
});

/** The longest text JSON.parse was given while `run` ran. */
async function longestParsed<T>(run: () => Promise<T>): Promise<{ result: T; longest: number }> {
  const parse = JSON.parse;
  let longest = 0;
  const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver) => {
    longest = Math.max(longest, text.length);
    return parse(text, reviver);
  });
  try {
    return { result: await run(), longest };
  } finally {
    spy.mockRestore();
  }
}

/** Chunked parsing answers exactly as parsing in one go does, value or error. */
async function expectSameAsOneGo(text: string, options: ChunkedParseOptions = tiny()) {
  const expected = parseJson(text);
  const { result, longest } = await longestParsed(() => readJsonChunked(text, options));
  if (!expected.ok) {
    expect(result).toEqual(expected);
    return;
  }
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  // Not toEqual: it recurses, and some documents here are nested thousands deep.
  expect(identical(result.value, expected.value), text.slice(0, 300)).toBe(true);
  // An object at the root was read in pieces, never as the whole text.
  const source = text.replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(source)) expect(longest).toBeLessThan(source.length);
}

afterEach(() => vi.restoreAllMocks());

describe('readJsonChunked: the same value as JSON.parse', () => {
  it.each([
    ['an empty object', '{}'],
    ['an empty object with spaces', ' \n{ \t}\r\n'],
    ['empty arrays', '{"events":[],"b":[ ],"c":[\n]}'],
    [
      'whitespace everywhere',
      '\n { \t"a" \r: [ 1 , 2\n, {"x" : [ ] } ] ,\n "b":{ } , "c" : "d" }\n ',
    ],
    [
      'strings with brackets, quotes, escaped quotes and backslashes',
      String.raw`{"events":["a]b","c\"d","\\","[{","}\\\"]",",","\\\\\"",{"k]":"v,}"}],"s}":"\"]"}`,
    ],
    ['unicode escapes', String.raw`{"\u0061\u00e9":["\ud83d\ude00","\u2028","\u0000"],"b":"\/"}`],
    ['raw non-ASCII text', '{"events":["Tehrān","تهران","😀"],"ملاحظات":"ok"}'],
    ['duplicate keys: the last value, in the first place', '{"a":1,"b":2,"a":3}'],
    ['a duplicate array member', '{"events":[1,2],"x":0,"events":[3]}'],
    ['integer-like keys', '{"b":1,"2":[2],"1":3,"-1":4,"01":5}'],
    ['numbers', '{"n":[0,-0,1e308,-1.5E-7,12345678901234567890,0.1],"m":-0}'],
    ['literals', '{"a":[true,false,null],"b":null,"c":true}'],
    ['nested arrays', '{"a":[[1,[2,[3]]],[],[[]]],"b":[{"c":[{"d":[]}]}]}'],
    ['a byte-order mark', '\uFEFF{"events":[1,2,3]}'],
  ])('%s', async (_case, text) => {
    await expectSameAsOneGo(text);
    await expectSameAsOneGo(text, tiny({ batchChars: 1000 }));
  });

  it('makes __proto__, constructor and prototype own data properties, never prototypes', async () => {
    const text =
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"p":1}},"prototype":2,' +
      '"events":[{"__proto__":[1],"id":"a"},{"constructor":"x","__proto__":null}]}';
    await expectSameAsOneGo(text);
    const result = await readJsonChunked(text, tiny());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as Record<string, unknown> & { events: object[] };
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'prototype', 'events']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: 1 });
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value.events[0])).toBe(Object.prototype);
    expect(Object.hasOwn(value.events[1]!, '__proto__')).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('reads deep nesting inside members and elements', async () => {
    const deep = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
    const objects = (n: number) => `${'{"a":'.repeat(n)}0${'}'.repeat(n)}`;
    await expectSameAsOneGo(`{"a":${deep(3000)},"events":[${deep(3000)},${objects(3000)},2]}`);
  });

  it('agrees on any JSON values, in objects with arrays, at any batch size', async () => {
    const member = fc.tuple(fc.string(), fc.jsonValue());
    const arrayMember = fc.tuple(
      fc.constantFrom('events', '__proto__', 'a'),
      fc.array(fc.jsonValue(), { maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(member, arrayMember), { maxLength: 6 }),
        fc.constantFrom(undefined, 1, '\t', ' \n '),
        fc.integer({ min: 0, max: 200 }),
        async (members, indent, batchChars) => {
          // Written member by member, so keys may repeat as in hand-written JSON.
          const body = members
            .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value, null, indent)}`)
            .join(indent === undefined ? ',' : ',\n');
          await expectSameAsOneGo(`{${body}}`, tiny({ batchChars }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a large synthetic dataset in batches of the size asked for', async () => {
    const text = JSON.stringify(generateDataset(22_000));
    expect(text.length).toBeGreaterThan(CHUNKED_MIN_CHARS);
    let pauses = 0;
    const { result, longest } = await longestParsed(() =>
      readJsonChunked(text, { budgetMs: 0, batchChars: 50_000, pause: async () => void pauses++ }),
    );
    expect(result.ok && identical(result.value, JSON.parse(text))).toBe(true);
    // Each batch is a little over 50,000 characters: it ends at the first element boundary after.
    expect(longest).toBeGreaterThan(50_000);
    expect(longest).toBeLessThan(52_000);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 52_000));
  });
});

describe('readJsonChunked: anything but a valid object is answered as readJson answers', () => {
  it.each([
    ['a missing value', '{\n  "a": 1,\n  "b": }'],
    ['a trailing comma in the root', '{"a":1,}'],
    ['a trailing comma in an array', '{"events":[1,2,]}'],
    ['a leading comma in an array', '{"events":[,1]}'],
    ['a lone comma in an array', '{"events":[ , ]}'],
    ['two commas in an array', '{"events":[1,,2]}'],
    ['a missing comma in an array', '{"events":[1 2]}'],
    ['a missing comma between members', '{"a":1 "b":2}'],
    ['a missing colon', '{"a" 1}'],
    ['an unquoted key', '{a:1}'],
    ['a single-quoted string', '{"events":[\'x\']}'],
    ['mismatched brackets in an element', '{"events":[{"a":1],2]}'],
    ['mismatched brackets in a member', '{"a":[1}}'],
    ['an array closed by a brace', '{"events":[1,2}'],
    ['an unclosed root', '{"events":[1,2]'],
    ['an unclosed array', '{"events":[1,2'],
    ['an unterminated string', '{"events":["abc]}'],
    ['an escaped closing quote', '{"events":["abc\\"]}'],
    ['a bad escape', '{"events":["\\x"]}'],
    ['a raw control character', '{"events":["a\u0001b"]}'],
    ['a bad key escape', '{"\\u12":1}'],
    ['text after the root', '{"a":1} extra'],
    ['a second root', '{"a":1}{"b":2}'],
    ['a root closed by a bracket', '{"a":1]'],
    ['a comment', '{"a":1 // note\n}'],
    ['NaN', '{"events":[NaN]}'],
    ['a leading zero', '{"events":[01]}'],
    ['nothing', ''],
    ['only a byte-order mark', '\uFEFF'],
  ])('%s', async (_case, text) => {
    const expected = parseJson(text);
    expect(expected.ok).toBe(false);
    for (const batchChars of [0, 1, 3, 1000]) {
      const result = await readJsonChunked(text, tiny({ batchChars }));
      expect(result).toEqual(expected);
    }
    expect(await readJsonChunked(text, tiny())).toEqual(await readJson(text));
  });

  it.each([
    ['an array', '[1, [2, 3], {"a": 4}]'],
    ['a string', '"{not an object}"'],
    ['a number', ' 12 '],
    ['null', 'null'],
    ['an array with a byte-order mark', '\uFEFF[]'],
  ])('parses %s at the root in one go', async (_case, text) => {
    let pauses = 0;
    const result = await readJsonChunked(text, tiny({ pause: async () => void pauses++ }));
    expect(result).toEqual(parseJson(text));
    expect(pauses).toBe(0);
  });

  it('answers with the error of any damaged document, wherever the damage is', async () => {
    const documents = fc
      .array(fc.tuple(fc.constantFrom('events', 'meta', 'a'), fc.jsonValue()), {
        minLength: 1,
        maxLength: 4,
      })
      .map((members) => JSON.stringify(Object.fromEntries(members)));
    await fc.assert(
      fc.asyncProperty(
        documents,
        fc.nat(),
        fc.constantFrom('delete', ...'{}[],:"\\ x1'.split('')),
        fc.integer({ min: 0, max: 50 }),
        async (text, at, change, batchChars) => {
          const where = at % text.length;
          const damaged =
            change === 'delete'
              ? text.slice(0, where) + text.slice(where + 1)
              : text.slice(0, where) + change + text.slice(where);
          await expectSameAsOneGo(damaged, tiny({ batchChars }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws: a failing pause or progress listener falls back to one go', async () => {
    const text = '{"events":[1,2,3],"b":{"c":4}}';
    const failingPause = await readJsonChunked(
      text,
      tiny({ pause: () => Promise.reject(new Error('no')) }),
    );
    expect(failingPause).toEqual({ ok: true, value: JSON.parse(text) });
    const failingListener = await readJsonChunked(
      text,
      tiny({
        onProgress: () => {
          throw new Error('no');
        },
      }),
    );
    expect(failingListener).toEqual({ ok: true, value: JSON.parse(text) });
  });
});

describe('readJsonChunked: pieces, pauses and progress', () => {
  const text = `{"meta":{"title":"x"},"events":[${Array.from({ length: 200 }, (_, i) => `{"id":"e${i}","n":${i}}`).join(',')}],"end":true}`;

  it('pauses between batches, telling how far it has got before each pause', async () => {
    const log: string[] = [];
    const seen: [number, number][] = [];
    const result = await readJsonChunked(
      text,
      tiny({
        batchChars: 500,
        onProgress: (done, total) => {
          seen.push([done, total]);
          log.push('progress');
        },
        pause: async () => void log.push('pause'),
      }),
    );
    expect(result).toEqual({ ok: true, value: JSON.parse(text) });
    const pauses = log.filter((entry) => entry === 'pause').length;
    // About text.length / 500 batches, and one pause after each root member but the last.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 520));
    expect(pauses).toBeLessThanOrEqual(Math.ceil(text.length / 500) + 2);
    // Every pause comes right after a progress report; the last report is the whole text.
    log.forEach((entry, i) => {
      if (entry === 'pause') expect(log[i - 1]).toBe('progress');
    });
    expect(seen.every(([, total]) => total === text.length)).toBe(true);
    const done = seen.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    expect(seen.at(-1)).toEqual([text.length, text.length]);
    expect(done[0]).toBeGreaterThan(0);
  });

  it('works on until its time budget is spent before pausing', async () => {
    let clock = 0;
    let pauses = 0;
    const result = await readJsonChunked(
      text,
      tiny({
        batchChars: 100,
        budgetMs: 10,
        // Each look at the clock costs one "millisecond".
        now: () => clock++,
        pause: async () => void pauses++,
      }),
    );
    expect(result.ok).toBe(true);
    // About one look per batch: a pause every ten batches or so, not after each one.
    const batches = Math.floor(text.length / 100);
    expect(pauses).toBeGreaterThan(batches / 15);
    expect(pauses).toBeLessThan(batches / 5);
  });

  it('parses a small body in one go, without pausing', async () => {
    let pauses = 0;
    const calls: number[] = [];
    const { result, longest } = await longestParsed(() =>
      readJsonChunked(text, {
        budgetMs: 0,
        pause: async () => void pauses++,
        onProgress: (done) => calls.push(done),
      }),
    );
    expect(text.length).toBeLessThan(CHUNKED_MIN_CHARS);
    expect(result).toEqual({ ok: true, value: JSON.parse(text) });
    expect(longest).toBe(text.length);
    expect(pauses).toBe(0);
    expect(calls).toEqual([]);
  });
});
