import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyKind, toDocument } from '../../src/lib/data/formats';
import { loadUrl } from '../../src/lib/data/load';

const serve =
  (body: string, type: string | null): typeof fetch =>
  async () =>
    new Response(body, { headers: type === null ? {} : { 'content-type': type } });

describe('bodyKind', () => {
  it.each([
    ['application/json; charset=utf-8', 'data/x.json', 'json'],
    ['application/ld+json', 'x', 'json'],
    ['text/plain', 'x.json', 'json'],
    [null, 'x.json', 'json'],
    ['text/csv', 'x', 'csv'],
    ['application/octet-stream', 'sheet.csv', 'csv'],
    ['text/html', 'x.json', 'refused'],
    ['image/png', 'x', 'refused'],
    ['application/javascript', 'x.js', 'refused'],
  ])('%s at %s is %s', (type, url, kind) => {
    expect(bodyKind(type, `https://site.test/${url}`)).toBe(kind);
  });
});

describe('loading other tools’ timelines', () => {
  it('converts a TimelineJS JSON detected by its shape, with notes', async () => {
    const text = readFileSync('tests/fixtures/timelinejs/berlin-wall.json', 'utf8');
    const result = await loadUrl('https://site.test/berlin.json', serve(text, 'application/json'));
    expect(result.status).not.toBe('failed');
    if (result.status === 'failed') return;
    expect(result.dataset.events.length).toBeGreaterThan(3);
    expect(result.notes?.[0]).toBe('converted from TimelineJS');
  });

  it('converts a TimelineJS spreadsheet CSV', async () => {
    const text = readFileSync('tests/fixtures/timelinejs/constitutions.csv', 'utf8');
    const result = await loadUrl('https://site.test/sheet.csv', serve(text, 'text/csv'));
    expect(result.status).not.toBe('failed');
    if (result.status !== 'failed') expect(result.dataset.events.length).toBeGreaterThan(2);
  });

  it('leaves our own format alone, without loading the converters', async () => {
    const text = readFileSync('tests/fixtures/mini.json', 'utf8');
    const converted = await toDocument(text, 'json', 'https://site.test/mini.json');
    expect(converted.notes).toEqual([]);
    expect(converted.value).toEqual(JSON.parse(text));
  });

  it('refuses a web page served where data was expected', async () => {
    const result = await loadUrl(
      'https://site.test/data.json',
      serve('<!doctype html><p>hi', 'text/html'),
    );
    expect(result).toMatchObject({ status: 'failed', retryable: false });
    if (result.status === 'failed') expect(result.error).toContain('not JSON or CSV');
  });
});
