/**
 * The real app (`App.svelte`, fetching through a stubbed `fetch`) mounted in jsdom on
 * broken and hostile datasets. For every document: no uncaught error, no rejected
 * promise, no `console.error`; the list shows exactly the validator's valid events;
 * the notice lists exactly its rejected ones, with the same messages; an empty dataset
 * shows the empty state and an unusable document the error panel. Then a reader's
 * clicks (rows, marks, the notice, the panel) still raise no error.
 *
 * jsdom has no layout: ResizeObserver is stubbed (Svelte's `bind:clientWidth` needs
 * one), elements report an 800 px width so the chart lays out and draws its marks, and
 * SVG elements get the `width.baseVal` that d3-brush reads for its default extent
 * (without it the overview's brush throws inside an effect, and Svelte then skips the
 * effects after it, URL sync included).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../../src/App.svelte';
import { loadText } from '../../src/lib/data/load-now';
import { formatProblem } from '../../src/lib/data/problems';
import {
  HOSTILE_IDS,
  MARKUP_PAYLOADS,
  TEXT_PAYLOADS,
  URL_PAYLOADS,
  event,
  events,
  mini,
  payloadDataset,
  type Json,
} from '../fixtures/hostile/corpus';

const DATA_URL = 'http://localhost:3000/data/hostile.json';
const SLOW = 120_000;

// ——— the page's environment ———

const problems: string[] = [];
const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => problems.push(`rejection: ${String(e.reason)}`);
const onUncaught = (error: unknown) => problems.push(`uncaught: ${String(error)}`);
const widthDescriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 800,
  });
  for (const name of ['width', 'height'] as const)
    Object.defineProperty(SVGElement.prototype, name, {
      configurable: true,
      get(this: SVGElement) {
        return { baseVal: { value: Number(this.getAttribute(name)) || 0 } };
      },
    });
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterAll(() => {
  if (widthDescriptor) Object.defineProperty(HTMLElement.prototype, 'clientWidth', widthDescriptor);
  for (const name of ['width', 'height']) delete (SVGElement.prototype as unknown as Json)[name];
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
});

beforeEach(() => {
  problems.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
  });
  // Bad URL parameters are warned about, by design; keep the output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Serves `body` for every fetch, as the data URL would. */
function serve(body: string, status = 200): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );
}

/** Mounts the app on a document and waits until it has loaded (or failed). */
async function mountOn(body: string, status = 200): Promise<void> {
  serve(body, status);
  render(App, { source: { url: DATA_URL }, language: 'en' });
  await waitFor(
    () => expect(document.querySelector('.timeline-app > :not(.loading)')).not.toBeNull(),
    { timeout: 30_000 },
  );
  // The event list joins a couple of frames after the chart.
  await waitFor(
    () => expect(document.querySelector('#event-list, [data-error-panel]')).not.toBeNull(),
    { timeout: 5_000 },
  );
  // Let effects (URL sync, the chart opening its window) settle.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

const rowIds = () =>
  [...document.querySelectorAll('[data-event-row]')].map((row) =>
    row.getAttribute('data-event-row'),
  );
/** Events the list accounts for: its rows, plus those it says lie before and after them. */
const listed = () =>
  rowIds().length +
  Number(document.querySelector('[data-list-earlier]')?.getAttribute('data-list-earlier') ?? 0) +
  Number(document.querySelector('[data-list-later]')?.getAttribute('data-list-later') ?? 0);

/** What the page must show for `text`, according to the validator alone. */
async function expectShown(text: string): Promise<void> {
  const result = loadText(text, DATA_URL);
  const panel = document.querySelector('[data-error-panel]');
  if (result.status === 'failed') {
    expect(panel).not.toBeNull();
    expect(panel!.textContent).toContain(result.error);
    expect(rowIds()).toEqual([]);
    return;
  }
  expect(panel).toBeNull();
  const report = result.report;
  // Every valid event, and nothing else, is listed (a long list draws its rows in part).
  const valid = report.dataset!.events.map((e) => e.id);
  expect(listed()).toBe(valid.length);
  const validIds = new Set(valid);
  expect(rowIds().every((id) => validIds.has(id!))).toBe(true);
  if (valid.length <= 200) expect(new Set(rowIds())).toEqual(validIds);
  if (valid.length === 0)
    expect(document.body.textContent).toContain('This timeline has no events yet.');
  // The chart mounted and drew (marks, or clusters of them, once it opened its window).
  expect(document.querySelector('svg.chart')).not.toBeNull();
  const drawn = document.querySelectorAll('[data-event-id], [data-cluster-count]').length;
  // (A default view may open on an empty stretch of time.)
  if (valid.length > 0 && !report.dataset!.meta.defaultView) expect(drawn).toBeGreaterThan(0);
  // The notice lists exactly the rejected events, by index, name and message. Its code
  // is fetched when there is something to say, so it may come a moment after the rest.
  if (report.rejected.length === 0) {
    expect(document.querySelector('[data-load-notice]')).toBeNull();
    return;
  }
  const notice = await waitFor(() => {
    const shown = document.querySelector('[data-load-notice]');
    expect(shown).not.toBeNull();
    return shown;
  });
  const entries = [...notice!.querySelectorAll('li[data-rejected-index]')];
  expect(entries.map((li) => Number(li.getAttribute('data-rejected-index')))).toEqual(
    report.rejected.map((r) => r.index),
  );
  const number = new Intl.NumberFormat('en');
  entries.forEach((li, i) => {
    const rejected = report.rejected[i]!;
    expect(li.querySelector('strong')!.textContent).toBe(
      rejected.id ?? `event #${number.format(rejected.index)}`,
    );
    expect([...li.querySelectorAll('ul > li')].map((m) => m.textContent)).toEqual(
      rejected.problems.map((p) => formatProblem(p)),
    );
  });
}

function expectNoErrors(): void {
  expect(problems).toEqual([]);
}

/** A reader's clicks: the notice, rows, marks, the panel's buttons. */
async function clickAround(limit = 8): Promise<void> {
  const summary = document.querySelector('[data-load-notice] summary');
  if (summary) await fireEvent.click(summary);
  const rows = [...document.querySelectorAll<HTMLElement>('[data-event-row] button')];
  for (const row of rows.slice(0, limit)) {
    await fireEvent.click(row);
    const next = document.querySelector<HTMLElement>('[data-panel-next]');
    if (next && !(next as HTMLButtonElement).disabled) await fireEvent.click(next);
  }
  const marks = [...document.querySelectorAll<Element>('[data-event-id]')];
  for (const mark of marks.slice(0, limit)) {
    await fireEvent.pointerEnter(mark);
    await fireEvent.click(mark);
  }
  const close = document.querySelector<HTMLElement>('[data-panel-close]');
  if (close) await fireEvent.click(close);
}

// ——— documents ———

const text = (doc: unknown) => JSON.stringify(doc);

function manyEvents(count: number): Json {
  const doc = mini();
  const templates = events(doc);
  const list: Json[] = [];
  for (let i = 0; i < count; i++) {
    const copy = structuredClone(templates[i % templates.length]!);
    copy.id = `many-${i}`;
    if (i % 50 === 7) copy.start = '2023-02-30';
    list.push(copy);
  }
  doc.events = list;
  return doc;
}

function allInvalid(): Json {
  const doc = mini();
  events(doc).forEach((e, i) => {
    if (i % 3 === 0) e.category = 'no-such-category';
    else if (i % 3 === 1) e.end = '1000';
    else delete e.sources;
  });
  events(doc).push(5 as never, null as never, 'text' as never, [] as never);
  return doc;
}

function extremes(): Json {
  const doc = mini();
  const list = events(doc);
  list.push(event('earliest', { start: '-271820', importance: 5 }));
  list.push(event('latest', { start: '275759-12-31', importance: 5 }));
  list.push(event('long-period', { start: '-5000', end: '5000' }));
  list.push(event('year-zero', { start: '0', end: '0-01-01' }));
  for (let i = 0; i < 40; i++) list.push(event(`same-day-${i}`, { start: '2001-02-03' }));
  list.push(event('long-title', { title: 'W'.repeat(200), summary: 'S'.repeat(1000) }));
  list.push(event('long-body', { body: Array.from({ length: 50 }, () => 'B '.repeat(2500)) }));
  (doc.meta as Json).defaultView = { from: '2030', to: '2040', lanes: 'actor' };
  return doc;
}

function brokenRegistries(): Json {
  const doc = mini();
  (doc.categories as Json[])[0]!.color = 'ultraviolet';
  (doc.countries as Json[])[1]!.code = 'usa';
  (doc.actors as Json[]).push({ id: 'mek', name: 'Duplicate', kind: 'person' });
  (doc.eras as Json[])[0]!.end = '1900';
  doc.meta = { title: 'x' };
  return doc;
}

function hostileIds(): Json {
  const doc = mini();
  HOSTILE_IDS.forEach((id) => {
    (doc.categories as Json[]).push({ id, label: `Category ${id}`, color: 'teal' });
    (doc.actors as Json[]).push({ id, name: `Actor ${id}`, kind: 'other' });
    events(doc).push(event(id, { category: id, actors: [id] }));
  });
  return doc;
}

const DOCUMENTS: [string, string][] = [
  ['the fixture', text(mini())],
  ['the shipped dataset', readFileSync('data/mek.json', 'utf8')],
  ['no events at all', text({ ...mini(), events: [] })],
  ['every event invalid', text(allInvalid())],
  ['broken registries and metadata', text(brokenRegistries())],
  ['dates at the edges of time, piles and huge text', text(extremes())],
  ['ids that are Object.prototype names', text(hostileIds())],
  ['text payloads in every field', text(payloadDataset(TEXT_PAYLOADS))],
  ['markup payloads in every field', text(payloadDataset(MARKUP_PAYLOADS))],
  [
    'a 10,000-deep array as an event',
    text(mini()).replace('"events": [', `"events": [${'['.repeat(10_000)}${']'.repeat(10_000)},`),
  ],
  ['a byte-order mark before the document', `\uFEFF${text(mini())}`],
];

const FATAL: [string, string, number?][] = [
  ['an array', '[]'],
  ['null', 'null'],
  ['a string', '"timeline"'],
  ['an object without events', '{}'],
  ['events that are not an array', text({ ...mini(), events: { a: 1 } })],
  ['malformed JSON', '{\n  "meta": {\n    "title": "x",\n  }\n}'],
  ['a truncated document', text(mini()).slice(0, 1234)],
  ['an empty body', ''],
  ['an unclosed 100,000-deep array', '['.repeat(100_000)],
  ['a 404', 'not found', 404],
];

describe('the app on broken and hostile datasets', () => {
  it.each(DOCUMENTS)(
    'shows exactly what the validator says for %s, without an error',
    async (_name, body) => {
      await mountOn(body);
      await expectShown(body);
      await clickAround();
      await expectShown(body);
      expectNoErrors();
    },
    SLOW,
  );

  it.each(FATAL)('shows the error panel for %s', async (_name, body, status) => {
    await mountOn(body, status);
    if (status === undefined) await expectShown(body);
    else expect(document.querySelector('[data-error-panel]')!.textContent).toContain('404');
    expect(document.querySelector('[data-error-panel]')).not.toBeNull();
    expect(document.querySelector('h1')).toBeNull();
    expectNoErrors();
  });

  it(
    'lists 5,000 events (a hundred of them broken) and every rejected one',
    async () => {
      const body = text(manyEvents(5000));
      await mountOn(body);
      await expectShown(body);
      expect(listed()).toBe(4900);
      expect(rowIds().length).toBeLessThanOrEqual(200);
      expectNoErrors();
    },
    SLOW,
  );

  it(
    'holds for randomly broken copies of the fixture',
    async () => {
      const junk = fc.oneof(
        fc.constantFrom(
          '2023-02-30',
          '1965-9',
          '2023-13',
          null,
          -1,
          6,
          [],
          {},
          'ZZ',
          'nope',
          ...TEXT_PAYLOADS,
          ...MARKUP_PAYLOADS.slice(0, 5),
          ...URL_PAYLOADS.slice(0, 5),
        ),
        fc.jsonValue({ maxDepth: 2 }),
      );
      const field = fc.constantFrom(
        'id',
        'start',
        'end',
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
        'translations',
        'circa',
        'extra',
      );
      const mutated = fc
        .array(fc.tuple(fc.nat(6), field, junk, fc.boolean()), { minLength: 1, maxLength: 6 })
        .map((edits) => {
          const doc = mini();
          const list = events(doc);
          for (const [at, key, value, remove] of edits) {
            const target = list[at % list.length]!;
            if (at === 6) list.push(structuredClone(target));
            else if (remove) delete target[key];
            else Object.defineProperty(target, key, { value, enumerable: true, writable: true });
          }
          return JSON.stringify(doc);
        });
      for (const body of fc.sample(mutated, { numRuns: 12, seed: 20261122 })) {
        await mountOn(body);
        await expectShown(body);
        await clickAround(3);
        expectNoErrors();
        cleanup();
      }
    },
    SLOW,
  );
});

describe('the app with hostile URL parameters', () => {
  const hostile = [
    ...MARKUP_PAYLOADS.slice(0, 6),
    ...TEXT_PAYLOADS.slice(0, 6),
    ...URL_PAYLOADS.slice(0, 3),
  ];

  it.each(['event', 'country', 'actor', 'category', 'lanes', 'lang', 'from', 'to'])(
    'ignores payloads in %s and still shows every valid event',
    async (name) => {
      const params = new URLSearchParams();
      for (const payload of hostile) params.append(name, payload);
      params.append(name, '__proto__');
      params.append(name, 'constructor');
      history.replaceState(null, '', `/?${params}`);
      const body = text(mini());
      await mountOn(body);
      await expectShown(body);
      await clickAround(3);
      expectNoErrors();
    },
  );

  it('searches for payload text as text', async () => {
    const body = text(payloadDataset(TEXT_PAYLOADS));
    for (const payload of [TEXT_PAYLOADS[0]!, MARKUP_PAYLOADS[1]!, '\u202E', 'constructor']) {
      history.replaceState(null, '', `/?${new URLSearchParams({ q: payload })}`);
      await mountOn(body);
      const input = document.querySelector<HTMLInputElement>('input[type="search"]');
      expect(input?.value.trim()).toBe(payload.replace(/\s+/g, ' ').trim());
      await clickAround(3);
      expectNoErrors();
      cleanup();
    }
  });
});
