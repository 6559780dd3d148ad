import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/lib/generate';
import { loadText } from '../../src/lib/data/load-now';
import {
  loadUrl,
  READ_PAUSE_BYTES,
  readText,
  resolveDataUrl,
  type Progress,
} from '../../src/lib/data/load';
import { CHUNKED_MIN_CHARS } from '../../src/lib/data/parse-chunked';
import {
  fetchEarly,
  keepEarlyDocument,
  takeEarlyDocument,
  takeEarlyResponse,
} from '../../src/lib/data/source';

const miniText = readFileSync('tests/fixtures/mini.json', 'utf8');
const brokenText = readFileSync('tests/fixtures/partly-broken.json', 'utf8');

const respond =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

describe('loadText', () => {
  it('is ok for a clean dataset, partial when some events are left out', () => {
    expect(loadText(miniText, 'mini.json').status).toBe('ok');
    const partial = loadText(brokenText, 'broken.json');
    expect(partial.status).toBe('partial');
    if (partial.status !== 'partial') return;
    expect(partial.dataset.events).toHaveLength(5);
    expect(partial.report.rejected.map((r) => r.id ?? r.index)).toEqual([
      'impossible-date',
      'unknown-actor',
      7,
    ]);
  });

  it('fails with line and column for malformed JSON', () => {
    const result = loadText('{\n "meta": ,\n}', 'x.json');
    expect(result).toMatchObject({ status: 'failed', retryable: false });
    if (result.status === 'failed') expect(result.error).toMatch(/line 2, column 10/);
  });
});

describe('loadUrl', () => {
  it('loads and validates what the server sends', async () => {
    const result = await loadUrl('https://site.test/mini.json', respond(miniText));
    expect(result.status).toBe('ok');
  });

  it('reports reading a large body, then checking its events', async () => {
    const dataset = generateDataset(15_000);
    const text = JSON.stringify(dataset);
    expect(text.length).toBeGreaterThan(CHUNKED_MIN_CHARS);
    const seen: Progress[] = [];
    const result = await loadUrl('https://site.test/big.json', respond(text), undefined, (p) =>
      seen.push(p),
    );
    expect(result.status).toBe('ok');
    if (result.status !== 'failed') expect(result.dataset.events).toEqual(dataset.events);
    const phases = seen.map((p) => p.phase);
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.every((p) => p.total === text.length)).toBe(true);
    expect(reading.at(-1)?.done).toBe(text.length);
    // All the reading comes first: the bar does not jump back.
    expect(phases).toEqual([
      ...reading.map(() => 'reading'),
      ...Array(phases.length - reading.length).fill('checking'),
    ]);
    expect(phases.length - reading.length).toBeGreaterThan(0);
  });

  it('reads a syntax error in a large body as before, with its line and column', async () => {
    const text = `{"events":[${'{"id":"a"},\n'.repeat(400_000)}{"id":]}`;
    expect(text.length).toBeGreaterThan(CHUNKED_MIN_CHARS);
    const result = await loadUrl('https://site.test/big.json', respond(text));
    expect(result).toMatchObject({ status: 'failed', retryable: false });
    if (result.status === 'failed') expect(result.error).toMatch(/line 400001, column 7$/);
  });

  it.each([
    ['a 404', respond('nope', { status: 404 }), 'the server answered 404', true],
    [
      'a network failure',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      'could not be fetched (Failed to fetch)',
      true,
    ],
    ['an oversized body', respond('x'.repeat(2000)), 'too large', false],
  ])('fails cleanly on %s', async (_name, fetchImpl, message, retryable) => {
    const result = await loadUrl('https://site.test/d.json', fetchImpl, 1000);
    expect(result).toMatchObject({ status: 'failed', retryable });
    if (result.status === 'failed') expect(result.error).toContain(message);
  });
});

describe('resolveDataUrl', () => {
  const policy = {
    pageUrl: 'https://news.test/timeline/index.html',
    allowedOrigins: ['https://data.partner.test'],
  };
  it.each([
    ['data/x.json', { url: 'https://news.test/timeline/data/x.json' }],
    ['/x.json', { url: 'https://news.test/x.json' }],
    ['https://data.partner.test/x.json', { url: 'https://data.partner.test/x.json' }],
  ])('allows %s', (value, expected) => {
    expect(resolveDataUrl(value, policy)).toEqual(expected);
  });

  it.each([
    ['https://evil.test/x.json', 'not allowed'],
    ['//evil.test/x.json', 'not allowed'],
    ['javascript:alert(1)', 'must be http(s)'],
    ['data:application/json,{}', 'must be http(s)'],
    ['http://[::1', 'not a valid URL'],
  ])('refuses %s', (value, message) => {
    const result = resolveDataUrl(value, policy);
    expect('error' in result && result.error).toContain(message);
  });
});

describe('an early request (fetchEarly)', () => {
  it('is taken by the first load of its URL, and a retry asks the server again', async () => {
    const calls: string[] = [];
    const counting =
      (label: string): typeof fetch =>
      async () => {
        calls.push(label);
        return new Response(miniText);
      };
    const url = 'https://site.test/early.json';
    fetchEarly(url, counting('early'));
    expect(calls).toEqual(['early']);
    expect((await loadUrl(url, counting('loader'))).status).toBe('ok');
    expect(calls).toEqual(['early']);
    expect((await loadUrl(url, counting('loader'))).status).toBe('ok');
    expect(calls).toEqual(['early', 'loader']);
  });

  it('is not used for another URL', async () => {
    fetchEarly('https://site.test/one.json', respond('not this'));
    const result = await loadUrl('https://site.test/two.json', respond(miniText));
    expect(result.status).toBe('ok');
    expect(takeEarlyResponse('https://site.test/one.json')).toBeDefined();
    expect(takeEarlyResponse('https://site.test/one.json')).toBeUndefined();
  });

  it('reports a failed early request as a retryable load failure, not an unhandled rejection', async () => {
    const url = 'https://site.test/offline.json';
    fetchEarly(url, () => {
      throw new TypeError('Failed to fetch');
    });
    // Let the rejection settle before anyone awaits it, as while the app's code loads.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const result = await loadUrl(url, respond(miniText));
    expect(result).toMatchObject({ status: 'failed', retryable: true });
    if (result.status === 'failed') expect(result.error).toContain('Failed to fetch');
  });

  it('goes through the same checks as any response', async () => {
    const url = 'https://site.test/missing.json';
    fetchEarly(url, respond('nope', { status: 404 }));
    const result = await loadUrl(url, respond(miniText));
    expect(result).toMatchObject({ status: 'failed', retryable: true });
  });
});

describe('a document the first picture parsed (keepEarlyDocument)', () => {
  it('is validated in place of the body, once: a retry reads the body again', async () => {
    const url = 'https://site.test/kept.json';
    keepEarlyDocument(url, JSON.parse(miniText), miniText);
    const kept = await loadUrl(url, respond('this body is never parsed'));
    expect(kept.status).toBe('ok');
    if (kept.status === 'ok')
      expect(kept.dataset.events.length).toBe(
        (JSON.parse(miniText) as { events: [] }).events.length,
      );
    const again = await loadUrl(url, respond('this body is parsed'));
    expect(again.status).toBe('failed');
  });

  it('still goes through the response checks, and is not used for a CSV body', async () => {
    const url = 'https://site.test/kept-missing.json';
    keepEarlyDocument(url, JSON.parse(miniText), miniText);
    expect(await loadUrl(url, respond(miniText, { status: 404 }))).toMatchObject({
      status: 'failed',
      retryable: true,
    });
    const csv = 'https://site.test/kept.csv';
    keepEarlyDocument(csv, JSON.parse(miniText), miniText);
    const result = await loadUrl(csv, respond('Year,Headline\n1965,Founded\n'));
    // The spreadsheet's one row, not the kept document's events.
    expect(result.status === 'failed' ? [] : result.dataset.events.map((e) => e.start)).toEqual([
      '1965',
    ]);
    expect(takeEarlyDocument(csv)).toBeDefined();
  });
});

describe('readText', () => {
  /** A response whose body arrives in chunks of `size` bytes, cutting characters in two. */
  const streamed = (bytes: Uint8Array, size: number) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += size)
            controller.enqueue(bytes.slice(at, at + size));
          controller.close();
        },
      }),
    );

  it('decodes a large body in pieces, pausing every READ_PAUSE_BYTES', async () => {
    const text = 'Tehrān تهران 😀 {"a":[1]}\n'.repeat(250_000);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(3 * READ_PAUSE_BYTES);
    let pauses = 0;
    const read = await readText(streamed(bytes, 65_537), 40 * 1024 * 1024, async () => {
      pauses++;
    });
    expect(read).toBe(text);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(bytes.length / (READ_PAUSE_BYTES + 65_537)));
    expect(pauses).toBeLessThanOrEqual(Math.floor(bytes.length / READ_PAUSE_BYTES));
  });

  it('still gives up once the body passes the limit, and never pauses for a small one', async () => {
    const bytes = new TextEncoder().encode('x'.repeat(5000));
    let pauses = 0;
    const pause = async () => void pauses++;
    expect(await readText(streamed(bytes, 1000), 4999, pause)).toBeNull();
    expect(await readText(streamed(bytes, 1000), 5000, pause)).toBe('x'.repeat(5000));
    expect(pauses).toBe(0);
  });
});
