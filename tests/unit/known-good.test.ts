import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownGood, knownGoodReport, readKnownGood } from '../../src/lib/data/known-good';
import { loadUrl } from '../../src/lib/data/load';
import { validate } from '../../src/lib/data/validate';
import type { Dataset } from '../../src/lib/data/types';
import { knownGood, knownGoodValue, servedText } from '../../scripts/first-view';

const sourceText = readFileSync('data/mek.json', 'utf8');
/** What the build serves: the same document without the file's indentation. */
const flagshipText = servedText(sourceText);
const serve =
  (body: string): typeof fetch =>
  async () =>
    new Response(body, { headers: { 'content-type': 'application/json' } });

describe('the build’s record of the built-in dataset', () => {
  it('is served without the file’s indentation, as the same document', () => {
    expect(JSON.parse(flagshipText)).toEqual(JSON.parse(sourceText));
    expect(flagshipText.length).toBeLessThan(sourceText.length * 0.85);
    expect(flagshipText).not.toMatch(/\n/);
  });

  it('is the SHA-256 and length of the flagship’s served text, which validates without a problem', () => {
    const record = knownGood('data/mek.json');
    expect(validate(JSON.parse(flagshipText)).problems).toEqual([]);
    expect(record).toEqual({
      sha256: createHash('sha256').update(flagshipText).digest('hex'),
      length: flagshipText.length,
    });
  });

  it('is absent for a dataset with problems, or one that is not JSON', () => {
    expect(knownGood('tests/fixtures/partly-broken.json')).toBeUndefined();
    const notJson = join(mkdtempSync(join(tmpdir(), 'known-good-')), 'not.json');
    writeFileSync(notJson, '{"meta": oops');
    expect(knownGood(notJson)).toBeUndefined();
    expect(knownGoodValue('tests/fixtures/partly-broken.json')).toBe('');
  });

  it('reaches the page’s code through the build', () => {
    expect(import.meta.env.VITE_KNOWN_GOOD).toBe(knownGoodValue('data/mek.json'));
    expect(readKnownGood(import.meta.env.VITE_KNOWN_GOOD)).toEqual(knownGood('data/mek.json'));
    expect(readKnownGood('')).toBeNull();
    expect(readKnownGood('abc:12')).toBeNull();
  });
});

describe('isKnownGood', () => {
  const record = knownGood('data/mek.json')!;

  it('knows the flagship’s exact text', async () => {
    expect(await isKnownGood(flagshipText, record)).toBe(true);
    expect(await isKnownGood(flagshipText)).toBe(true);
  });

  it('does not know a text changed by one character, even of the same length', async () => {
    const at = flagshipText.indexOf('"importance":5');
    const changed = `${flagshipText.slice(0, at)}"importance":6${flagshipText.slice(at + 14)}`;
    expect(changed.length).toBe(flagshipText.length);
    expect(await isKnownGood(changed, record)).toBe(false);
    expect(await isKnownGood(`${flagshipText} `, record)).toBe(false);
    // The indented file, as a development server serves it, is checked as any other.
    expect(await isKnownGood(sourceText, record)).toBe(false);
  });

  it('knows nothing without a record', async () => {
    expect(await isKnownGood(flagshipText, null)).toBe(false);
  });
});

describe('loading a known-good dataset', () => {
  it('gives exactly the report validation gives', () => {
    const doc = JSON.parse(flagshipText) as Dataset;
    expect(knownGoodReport(doc)).toEqual(validate(doc));
  });

  it('loads the flagship as validating it would, and still checks anything else', async () => {
    const flagship = await loadUrl('mek.json', serve(flagshipText));
    expect(flagship.status).toBe('ok');
    if (flagship.status === 'failed') return;
    expect(flagship.dataset).toEqual(validate(JSON.parse(flagshipText)).dataset);

    const broken = await loadUrl(
      'partly-broken.json',
      serve(readFileSync('tests/fixtures/partly-broken.json', 'utf8')),
    );
    expect(broken.status).toBe('partial');
    if (broken.status === 'failed') return;
    expect(broken.report.rejected.length).toBeGreaterThan(0);
  });
});
