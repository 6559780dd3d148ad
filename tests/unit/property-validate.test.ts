/**
 * Property tests of the validator against hostile and broken datasets: mutated copies
 * of the test fixture and of the shipped dataset, values JSON cannot hold, cycles,
 * very deep nesting, huge strings and a 50,000-event document. What is proved:
 *
 * - `validate` never throws and never gives up on a document that has an events array;
 * - every input event is in exactly one of `dataset.events` and `rejected`, in order,
 *   the accepted ones by identity;
 * - events are judged independently: an event is accepted exactly when it validates
 *   alone against the same registries and no earlier accepted event has its id, so
 *   breaking a sibling never drops a valid event;
 * - `__proto__` and `constructor` keys never reach Object.prototype.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH, validate, type ValidationReport } from '../../src/lib/data/validate';
import { loadText } from '../../src/lib/data/load-now';
import { toItems } from '../../src/lib/data/items';

type Json = Record<string, unknown>;

const MINI_TEXT = readFileSync('tests/fixtures/mini.json', 'utf8');
const MEK_TEXT = readFileSync('data/mek.json', 'utf8');
const MEK: Json = JSON.parse(MEK_TEXT);
const mini = (): Json => JSON.parse(MINI_TEXT);
const mek = (): Json => structuredClone(MEK);

const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const eventsOf = (doc: Json): unknown[] => doc.events as unknown[];

/** Sets an own property, even `__proto__`, the way JSON.parse does. */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * The partition invariant: every input event accepted or rejected, never both, never
 * neither, in input order, accepted ones by identity, every rejection with a reason.
 */
/** The event itself, or a copy that only lost some countries, actors or its era. */
function keptAs(input: unknown, kept: unknown): boolean {
  if (input === kept) return true;
  if (!isObject(input) || !isObject(kept)) return false;
  const trimmed = ['countries', 'actors', 'era'];
  for (const key of new Set([...Object.keys(input), ...Object.keys(kept)])) {
    if (!trimmed.includes(key) && input[key] !== kept[key]) return false;
  }
  for (const key of ['countries', 'actors']) {
    const before = input[key];
    const after = kept[key];
    if (before === after) continue;
    if (!Array.isArray(before) || !Array.isArray(after)) return false;
    if (!after.every((value) => before.includes(value))) return false;
  }
  return kept.era === input.era || kept.era === undefined;
}

function expectPartition(input: unknown, report: ValidationReport): void {
  if (!isObject(input) || !Array.isArray(input.events)) {
    expect(report.dataset).toBeNull();
    expect(report.fatal).toEqual(expect.any(String));
    return;
  }
  expect(report.fatal).toBeUndefined();
  const dataset = report.dataset!;
  const events: unknown[] = input.events;
  expect(dataset.events.length + report.rejected.length).toBe(events.length);
  const rejected = new Set(report.rejected.map((r) => r.index));
  expect(rejected.size).toBe(report.rejected.length);
  const kept: unknown[] = [];
  // An index loop: holes in a sparse array are events too.
  for (let i = 0; i < events.length; i++) if (!rejected.has(i)) kept.push(events[i]);
  expect(kept.length).toBe(dataset.events.length);
  // Kept events are the input's own, or a copy without references to registry entries
  // that were left out for their errors.
  expect(kept.every((event, i) => keptAs(event, dataset.events[i]))).toBe(true);
  const problems = new Set(report.problems);
  let previous = -1;
  for (const entry of report.rejected) {
    expect(entry.index).toBeGreaterThan(previous);
    expect(entry.index).toBeLessThan(events.length);
    previous = entry.index;
    expect(entry.problems.length).toBeGreaterThan(0);
    for (const problem of entry.problems) {
      expect(problem.severity).toBe('error');
      expect(problem.eventIndex).toBe(entry.index);
      expect(problems.has(problem)).toBe(true);
    }
    if (entry.id !== undefined) {
      expect(typeof entry.id).toBe('string');
      expect(entry.id.length).toBeLessThanOrEqual(120);
    }
  }
  // No problem points at an event that was kept, and none is unreadably long.
  for (const problem of report.problems) {
    if (problem.eventIndex !== undefined) expect(rejected.has(problem.eventIndex)).toBe(true);
    expect(problem.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  }
}

/**
 * Events are independent: event i is accepted exactly when it validates alone (same
 * registries) and no earlier accepted event has its id.
 */
function expectIndependence(doc: Json, report: ValidationReport): void {
  const rejected = new Set(report.rejected.map((entry) => entry.index));
  const seen = new Set<string>();
  eventsOf(doc).forEach((event, index) => {
    const alone = validate({ ...doc, events: [event] });
    const id = isObject(event) ? event.id : undefined;
    const expected = alone.rejected.length === 0 && typeof id === 'string' && !seen.has(id);
    // Ids may be anything here, even objects without a prototype that String() cannot print.
    const label = typeof id === 'string' ? id : typeof id;
    expect(!rejected.has(index), `event ${label}`).toBe(expected);
    if (expected) seen.add(id as string);
  });
}

// ——— generators ———

const NASTY_STRINGS = [
  '',
  ' ',
  '2023-02-30',
  '1965-9',
  '2023-13',
  '2023-00-01',
  '1900-02-29',
  '0000-02-29',
  '300000',
  '-271821',
  '1965-09-05T00:00:00Z',
  '<script>__xss.push(1)</script>',
  '<img src=x onerror=__xss.push(2)>',
  'javascript:__xss.push(3)',
  'JaVaScRiPt:alert(1)',
  'https://example.org/a',
  'mailto:a@example.org',
  '[x](javascript:alert(1))',
  '[x](https://example.org/)',
  '__proto__',
  'constructor',
  'prototype',
  'mek',
  'IR',
  'ZZ',
  'diplomacy',
  'us-listing',
  'nope',
  '{{constructor.constructor("__xss.push(4)")()}}',
  '${__xss.push(5)}',
  'a\u202Eb',
  '\u200B\u200D\uFEFF',
  '\uD800',
];

const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 20 }));
const jsonJunk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, 0, -1, 1.5, 3, 6, 1e308, -1e308, true, false, [], {}, [[]], ['IR']),
);
const hostileKey = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
);
/** Values no JSON document holds: for callers passing JavaScript objects directly. */
const jsJunk: fc.Arbitrary<unknown> = fc.oneof(
  jsonJunk,
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    undefined,
    Symbol('s'),
    10n,
    () => 1,
    new Date(NaN),
    new Map([['a', 1]]),
    new Set([1]),
    Object.create(null),
    new Uint8Array(3),
    new String('boxed'),
  ),
  fc.anything({
    maxDepth: 3,
    key: hostileKey,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
);

const EVENT_FIELDS = [
  'id',
  'start',
  'end',
  'circa',
  'title',
  'summary',
  'body',
  'category',
  'countries',
  'actors',
  'era',
  'importance',
  'sources',
  'accounts',
  'conflicts',
  'translations',
  '__proto__',
  'constructor',
  'extra',
];
const NESTED_FIELDS = [
  ['sources', '0', 'url'],
  ['sources', '0', 'date'],
  ['sources', '0', 'title'],
  ['accounts', '0', 'actor'],
  ['accounts', '0', 'statement'],
  ['translations', 'sq', 'title'],
  ['translations', '__proto__', 'title'],
  ['body', '0'],
  ['countries', '0'],
  ['actors', '0'],
];

type EventMutation =
  | { op: 'set'; at: number; path: string[]; value: unknown }
  | { op: 'delete'; at: number; field: string }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'insert'; at: number; value: unknown }
  | { op: 'copy'; at: number; to: number }
  | { op: 'sameId'; at: number; from: number }
  | { op: 'backwards'; at: number }
  | { op: 'unknownRef'; at: number; field: 'category' | 'era' | 'countries' | 'actors' };

const path = fc.oneof(
  fc.constantFrom(...EVENT_FIELDS).map((f) => [f]),
  fc.constantFrom(...NESTED_FIELDS),
  fc.array(hostileKey, { minLength: 1, maxLength: 3 }),
);

function eventMutation(value: fc.Arbitrary<unknown>): fc.Arbitrary<EventMutation> {
  const at = fc.nat();
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), at, path, value }) },
    fc.record({
      op: fc.constant('delete' as const),
      at,
      field: fc.constantFrom(...EVENT_FIELDS),
    }),
    fc.record({ op: fc.constant('replace' as const), at, value }),
    fc.record({ op: fc.constant('insert' as const), at, value }),
    fc.record({ op: fc.constant('copy' as const), at, to: fc.nat() }),
    fc.record({ op: fc.constant('sameId' as const), at, from: fc.nat() }),
    fc.record({ op: fc.constant('backwards' as const), at }),
    fc.record({
      op: fc.constant('unknownRef' as const),
      at,
      field: fc.constantFrom(
        'category' as const,
        'era' as const,
        'countries' as const,
        'actors' as const,
      ),
    }),
  );
}

/** Writes `value` at `path` below `root`, making plain objects on the way. */
function setPath(root: Json, keys: string[], value: unknown): void {
  let node: Json = root;
  for (const key of keys.slice(0, -1)) {
    const child = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    if (child !== null && typeof child === 'object') node = child as Json;
    else {
      const fresh: Json = {};
      define(node, key, fresh);
      node = fresh;
    }
  }
  define(node, keys[keys.length - 1]!, value);
}

/** A deep copy, or the same value when it cannot be copied (a symbol, a function). */
function cloneOrSame(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Applies mutations to a dataset's events (a fresh copy each time: mutations alias). */
function mutateEvents(doc: Json, mutations: EventMutation[], skip?: unknown): void {
  const events = eventsOf(doc);
  const pick = (n: number) => n % Math.max(events.length, 1);
  for (const m of mutations) {
    if (m.op === 'insert') {
      events.splice(m.at % (events.length + 1), 0, m.value);
      continue;
    }
    if (events.length === 0) continue;
    const i = pick(m.at);
    const target = events[i];
    if (target === skip) continue;
    switch (m.op) {
      case 'replace':
        events[i] = m.value;
        break;
      case 'copy':
        events.splice(m.to % (events.length + 1), 0, cloneOrSame(target));
        break;
      default: {
        if (!isObject(target)) break;
        if (m.op === 'set') setPath(target, m.path, m.value);
        else if (m.op === 'delete') delete target[m.field];
        else if (m.op === 'sameId') {
          const other = events[pick(m.from)];
          if (isObject(other)) target.id = other.id;
        } else if (m.op === 'backwards') {
          target.end = '1900';
          target.start = '2000-01-01';
        } else if (m.op === 'unknownRef') {
          if (m.field === 'countries') target.countries = ['ZZ'];
          else if (m.field === 'actors') target.actors = ['nobody-at-all'];
          else target[m.field] = 'no-such-thing';
        }
      }
    }
  }
}

/** Mostly the small fixture; the shipped dataset (109 events, slower) now and then. */
const base = fc.constantFrom('mini', 'mini', 'mini', 'mini', 'mini', 'mini', 'mini', 'mek');
const SLOW = { timeout: 120_000 };
const docFor = (name: string) => (name === 'mek' ? mek() : mini());

describe('validate: mutated datasets (JSON)', () => {
  it(
    'never throws, keeps the partition, and judges every event on its own',
    () => {
      fc.assert(
        fc.property(
          base,
          fc.array(eventMutation(jsonJunk), { maxLength: 8 }),
          (name, mutations) => {
            const doc = docFor(name);
            mutateEvents(doc, mutations);
            // Through text, as a fetched document arrives.
            const text = JSON.stringify(doc);
            const parsed: Json = JSON.parse(text);
            const report = validate(parsed);
            expectPartition(parsed, report);
            if (name === 'mini') expectIndependence(parsed, report);
            const loaded = loadText(text, 'mutated.json');
            expect(loaded.status).toBe(report.rejected.length > 0 ? 'partial' : 'ok');
          },
        ),
        { numRuns: 80 },
      );
    },
    SLOW.timeout,
  );

  it(
    'never drops an event that is valid alone, whatever happens to its siblings',
    () => {
      fc.assert(
        fc.property(
          base,
          fc.nat(),
          fc.array(eventMutation(jsonJunk), { minLength: 1, maxLength: 10 }),
          (name, pick, mutations) => {
            const doc = docFor(name);
            const events = eventsOf(doc);
            const keep = events[pick % events.length] as Json;
            mutateEvents(doc, mutations, keep);
            const report = validate(doc);
            expectPartition(doc, report);
            // It survives unless an earlier event, itself accepted, took its id first.
            const position = eventsOf(doc).indexOf(keep);
            const survived = report.dataset!.events.includes(keep as never);
            const takenEarlier = report.dataset!.events.some(
              (e) => e.id === keep.id && eventsOf(doc).indexOf(e) < position,
            );
            expect(survived).toBe(!takenEarlier);
          },
        ),
        { numRuns: 80 },
      );
    },
    SLOW.timeout,
  );

  it(
    'keeps the partition when registries and metadata are broken too',
    () => {
      const registryKeys = ['countries', 'actors', 'categories', 'eras'] as const;
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              registry: fc.constantFrom(...registryKeys, 'meta' as const, 'top' as const),
              at: fc.nat(),
              key: fc.oneof(
                fc.constantFrom('id', 'code', 'name', 'label', 'color', 'start', 'end', 'title'),
                hostileKey,
              ),
              value: jsonJunk,
            }),
            { maxLength: 6 },
          ),
          fc.array(eventMutation(jsonJunk), { maxLength: 4 }),
          (registryMutations, eventMutations) => {
            const doc = mini();
            for (const m of registryMutations) {
              if (m.registry === 'top') define(doc, m.key, m.value);
              else if (m.registry === 'meta') setPath(doc, ['meta', m.key], m.value);
              else {
                // An earlier mutation may have replaced the registry with junk.
                const entries = doc[m.registry];
                if (m.at % 5 === 0) doc[m.registry] = m.value;
                else if (Array.isArray(entries) && entries.length > 0) {
                  const entry = entries[m.at % entries.length];
                  if (isObject(entry)) define(entry, m.key, m.value);
                }
              }
            }
            mutateEvents(doc, eventMutations);
            const parsed: Json = JSON.parse(JSON.stringify(doc));
            const report = validate(parsed);
            expectPartition(parsed, report);
            if (report.dataset) {
              // Events only refer to registry entries that were kept.
              const categories = new Set(report.dataset.categories.map((c) => c.id));
              const countries = new Set(report.dataset.countries.map((c) => c.code));
              for (const event of report.dataset.events) {
                expect(categories.has(event.category)).toBe(true);
                for (const code of event.countries) expect(countries.has(code)).toBe(true);
              }
              expectIndependence(parsed, report);
            }
          },
        ),
        { numRuns: 60 },
      );
    },
    SLOW.timeout,
  );
});

describe('validate: values that JSON cannot hold, passed directly', () => {
  it('never throws on any value at all as the document', () => {
    fc.assert(
      fc.property(jsJunk, (doc) => {
        expectPartition(doc, validate(doc));
      }),
      { numRuns: 300 },
    );
  });

  it(
    'never throws on NaN, Infinity, symbols, bigints, functions and null prototypes inside',
    () => {
      fc.assert(
        fc.property(
          fc.array(eventMutation(jsJunk), { minLength: 1, maxLength: 6 }),
          (mutations) => {
            const doc = mini();
            mutateEvents(doc, mutations);
            const report = validate(doc);
            expectPartition(doc, report);
            expectIndependence(doc, report);
          },
        ),
        { numRuns: 100 },
      );
    },
    SLOW.timeout,
  );

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-0', -0],
    ['undefined', undefined],
    ['a symbol', Symbol('doc')],
    ['a bigint', 1n],
    ['a function', () => ({ events: [] })],
    ['an array', []],
    ['a Date', new Date()],
  ])('reports %s as the document as fatal, without throwing', (_name, value) => {
    const report = validate(value);
    expect(report.dataset).toBeNull();
    expect(report.fatal).toMatch(/must be a JSON object|missing required field "events"/);
  });

  it('rejects events that are NaN, Infinity, holes or numbers, and keeps the rest', () => {
    const doc = mini();
    const good = eventsOf(doc).slice();
    // eslint-disable-next-line no-sparse-arrays
    const events = [NaN, good[0], Infinity, , -0, good[1], null, 7, 'mek-founded'];
    const report = validate({ ...doc, events });
    expectPartition({ ...doc, events }, report);
    expect(report.dataset!.events).toEqual([good[0], good[1]]);
    expect(report.rejected.map((r) => r.index)).toEqual([0, 2, 3, 4, 6, 7, 8]);
  });

  it('treats numbers as ids as errors, and the event stays listed by index', () => {
    const doc = mini();
    const event = eventsOf(doc)[1] as Json;
    event.id = 42;
    const report = validate(doc);
    expectPartition(doc, report);
    expect(report.rejected).toEqual([
      expect.objectContaining({
        index: 1,
        problems: [expect.objectContaining({ path: 'events[1]' })],
      }),
    ]);
    expect(report.rejected[0]!.id).toBeUndefined();
  });
});

describe('validate: cycles (JavaScript objects)', () => {
  const cases: [string, (doc: Json) => void, number][] = [
    ['an event that contains itself', (d) => ((eventsOf(d)[1] as Json).self = eventsOf(d)[1]), 1],
    [
      'a source pointing back at its event',
      (d) => {
        const event = eventsOf(d)[2] as Json;
        ((event.sources as Json[])[0] as Json).event = event;
      },
      1,
    ],
    [
      'translations that contain themselves',
      (d) => {
        const event = eventsOf(d)[3] as Json;
        const translations: Json = { sq: { title: 'x' } };
        (translations.sq as Json).again = translations;
        event.translations = translations;
      },
      1,
    ],
    ['an events array that contains itself', (d) => eventsOf(d).push(d.events), 1],
    ['an event that is the document', (d) => eventsOf(d).push(d), 1],
    [
      'a body that contains itself',
      (d) => {
        const body: unknown[] = ['text'];
        body.push(body);
        (eventsOf(d)[0] as Json).body = body;
      },
      1,
    ],
  ];
  it.each(cases)('rejects %s and keeps every other event', (_name, mutate, broken) => {
    const doc = mini();
    const before = eventsOf(doc).length;
    mutate(doc);
    const report = validate(doc);
    expectPartition(doc, report);
    expect(report.rejected).toHaveLength(broken);
    expect(report.dataset!.events.length).toBe(eventsOf(doc).length - broken);
    expect(report.dataset!.events.length).toBeGreaterThanOrEqual(before - broken);
  });

  it('rejects only the metadata or registry entry that holds a cycle', () => {
    const doc = mini();
    (doc.meta as Json).doc = doc;
    const countries = doc.countries as Json[];
    countries[0]!.self = countries;
    const report = validate(doc);
    expectPartition(doc, report);
    // The broken meta is replaced, keeping only its title and description.
    expect(report.dataset!.meta).not.toHaveProperty('doc');
    expect(report.dataset!.meta.title).toBe('Test timeline');
    expect(report.dataset!.countries.map((c) => c.code)).toEqual(['US', 'AL']);
    // Events in Iran stay, without their reference to it.
    for (const event of report.dataset!.events) expect(event.countries).not.toContain('IR');
    expect(report.rejected).toEqual([]);
    expect(report.problems.at(-1)).toMatchObject({ severity: 'warning', path: 'countries[0]' });
  });

  it('survives a getter that throws, rejecting only its event', () => {
    const doc = mini();
    Object.defineProperty(eventsOf(doc)[1] as Json, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const report = validate(doc);
    expectPartition(doc, report);
    expect(report.rejected.map((r) => r.index)).toEqual([1]);
    expect(report.rejected[0]!.problems[0]!.message).toContain('boom');
  });
});

/** `[[[…]]]`, `depth` levels, built without recursion. */
function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('validate: deep nesting and huge values', () => {
  it.each([
    ['body', ['body']],
    ['an unknown field', ['junk']],
    ['translations', ['translations', 'sq']],
    ['a source', ['sources', '0', 'title']],
  ])('rejects a 10,000-deep array in %s, through JSON text, and keeps the rest', (_n, keys) => {
    const doc = mini();
    setPath(eventsOf(doc)[1] as Json, keys, '@@DEEP@@');
    const text = JSON.stringify(doc).replace(
      '"@@DEEP@@"',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    );
    const result = loadText(text, 'deep.json');
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.report.rejected.map((r) => r.index)).toEqual([1]);
    expect(result.dataset.events).toHaveLength(4);
  });

  it('rejects deep nesting as a whole event and as a registry entry', () => {
    const doc = mini();
    eventsOf(doc).push(deepArray(10_000));
    (doc.actors as unknown[]).push(deepArray(10_000));
    const report = validate(doc);
    expectPartition(doc, report);
    expect(report.rejected.map((r) => r.index)).toEqual([5]);
    expect(report.dataset!.actors).toHaveLength(4);
  });

  it('handles a 100,000-deep value passed directly', () => {
    const doc = mini();
    (eventsOf(doc)[0] as Json).extra = deepArray(100_000);
    const report = validate(doc);
    expectPartition(doc, report);
    expect(report.rejected.map((r) => r.index)).toEqual([0]);
  });

  it.each([
    ['a 1 MB title', ['title'], 'x'.repeat(1 << 20)],
    ['a 1 MB body of unclosed links', ['body'], ['[a]('.repeat(1 << 18)]],
    ['a 1 MB body of "](" runs', ['body'], [`${'](a'.repeat(350_000)}`]],
    ['a 1 MB summary of angle brackets', ['summary'], '< '.repeat(1 << 19)],
    ['a 1 MB id', ['id'], 'a'.repeat(1 << 20)],
    ['a 1 MB unknown key', [`k${'y'.repeat(1 << 20)}`], 1],
    ['a 1 MB source URL', ['sources', '0', 'url'], `https://e.org/${'a'.repeat(1 << 20)}`],
  ])('rejects %s quickly and keeps the rest', (_name, keys, value) => {
    const doc = mini();
    setPath(eventsOf(doc)[2] as Json, keys, value);
    const started = performance.now();
    const report = validate(JSON.parse(JSON.stringify(doc)));
    // Linear work: well under a second (a quadratic scan took minutes).
    expect(performance.now() - started).toBeLessThan(3000);
    expect(report.rejected.map((r) => r.index)).toEqual([2]);
    expect(report.dataset!.events).toHaveLength(4);
    // The notice shows the id and messages: a huge value is not echoed.
    expect(report.rejected[0]!.id?.length ?? 0).toBeLessThanOrEqual(120);
    for (const problem of report.problems)
      expect(problem.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it(
    'validates 50,000 events (a tenth of them broken) and loses none',
    () => {
      const doc = mini();
      const templates = eventsOf(doc) as Json[];
      const events: unknown[] = [];
      for (let i = 0; i < 50_000; i++) {
        const event = structuredClone(templates[i % templates.length]!);
        event.id = `event-${i}`;
        if (i % 10 === 3) event.start = '2023-02-30';
        if (i % 10 === 7) event.id = `event-${i - 1}`; // a duplicate of a kept event
        events.push(event);
      }
      doc.events = events;
      const report = validate(doc);
      expectPartition(doc, report);
      expect(report.rejected).toHaveLength(10_000);
      expect(report.dataset!.events).toHaveLength(40_000);
      // And every kept event becomes a drawable item.
      expect(toItems(report.dataset!.events)).toHaveLength(40_000);
    },
    SLOW.timeout,
  );
});

describe('validate: dates', () => {
  it.each([
    ['2023-02-30', 'does not exist'],
    ['2023-13', 'has no month 13'],
    ['1965-9', 'is not a date of the form'],
    ['1965-09-5', 'is not a date of the form'],
    ['300000', 'outside the years the timeline can draw'],
    ['-271821', 'outside the years the timeline can draw'],
    ['275760-09', 'outside the years the timeline can draw'],
  ])('rejects start %j (%s)', (start, message) => {
    const doc = mini();
    const event = eventsOf(doc)[0] as Json;
    event.start = start;
    delete event.end;
    const report = validate(doc);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.problems.map((p) => p.message).join('\n')).toContain(message);
  });

  it('only keeps events whose dates become finite times, in any year the schema allows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999, max: 999_999 }),
        fc.option(fc.integer({ min: 1, max: 12 })),
        fc.option(fc.integer({ min: 1, max: 31 })),
        (year, month, day) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const y = year < 0 ? `-${pad(-year)}` : pad(year);
          const start =
            month === null
              ? y
              : day === null
                ? `${y}-${pad(month)}`
                : `${y}-${pad(month)}-${pad(day)}`;
          const doc = mini();
          const event = eventsOf(doc)[0] as Json;
          event.start = start;
          delete event.end;
          const report = validate(doc);
          expectPartition(doc, report);
          for (const item of toItems(report.dataset!.events)) {
            expect(Number.isFinite(item.start)).toBe(true);
            expect(Number.isFinite(item.end)).toBe(true);
            expect(item.end).toBeGreaterThan(item.start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects a default view outside the drawable years or running backwards', () => {
    for (const view of [{ from: '300000' }, { from: '2020', to: '2010' }, { to: '2023-02-30' }]) {
      const doc = mini();
      (doc.meta as Json).defaultView = view;
      const report = validate(doc);
      // The view is dropped; the title stays.
      expect(report.dataset!.meta.defaultView, JSON.stringify(view)).toBeUndefined();
      expect(report.dataset!.meta.title).toBe('Test timeline');
      expect(report.problems.some((p) => p.path === 'meta')).toBe(true);
    }
  });
});

describe('validate: prototype pollution', () => {
  const snapshot = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const payloads = [
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"__proto__": {"__proto__": {"polluted": true}}}',
  ];

  it.each(payloads)('leaves Object.prototype alone with %s anywhere in a document', (payload) => {
    const before = snapshot();
    const places = [
      (t: string) => t.replace('"meta": {', `"meta": {"x": ${payload}, `),
      (t: string) => t.replace('"events": [', `"events": [${payload}, `),
      (t: string) => t.replace('"events": [\n    {', `"events": [\n    {"extra": ${payload}, `),
      (t: string) =>
        t.replace('"events": [\n    {', `"events": [\n    {"translations": ${payload}, `),
      (t: string) => t.replace('"countries": [', `"countries": [${payload}, `),
      (t: string) => `${payload.slice(0, -1)}, ${t.slice(1)}`,
    ];
    for (const place of places) {
      const text = place(MINI_TEXT);
      expect(text).not.toBe(MINI_TEXT);
      const result = loadText(text, 'proto.json');
      expect(result.status).not.toBe('failed');
      if (result.status === 'failed') continue;
      expect(result.report.rejected.length + result.dataset.events.length).toBe(
        JSON.parse(text).events.length,
      );
      for (const event of result.dataset.events)
        expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
      toItems(result.dataset.events);
    }
    expect(({} as Json).polluted).toBeUndefined();
    expect(([] as unknown as Json).polluted).toBeUndefined();
    expect(snapshot()).toEqual(before);
  });

  it('leaves Object.prototype alone for generated documents with hostile keys', () => {
    const before = snapshot();
    fc.assert(
      fc.property(
        fc.array(eventMutation(fc.dictionary(hostileKey, jsonJunk, { maxKeys: 4 })), {
          maxLength: 6,
        }),
        (mutations) => {
          const doc = mini();
          mutateEvents(doc, mutations);
          const parsed = JSON.parse(JSON.stringify(doc));
          const report = validate(parsed);
          expectPartition(parsed, report);
          toItems(report.dataset!.events);
          expect(({} as Json).polluted).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
    expect(snapshot()).toEqual(before);
  });
});
