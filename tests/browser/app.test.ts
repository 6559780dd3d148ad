import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { validate } from '../../src/lib/data/validate';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  // Fixtures served beside the app, as a newsroom would host its own data.
  copyFileSync('tests/fixtures/mini.json', join(distDir, 'mini.json'));
  copyFileSync('tests/fixtures/partly-broken.json', join(distDir, 'partly-broken.json'));
  copyFileSync('tests/fixtures/timelinejs/berlin-wall.json', join(distDir, 'berlin-wall.json'));
  copyFileSync('tests/fixtures/timelinejs/constitutions.csv', join(distDir, 'constitutions.csv'));
  writeFileSync(join(distDir, 'malformed.json'), '{\n  "meta": {\n    "title": "x",\n  }\n}');
});
afterAll(() => browser?.close());

/** A page in a time zone far from UTC, recording page errors and every request. */
async function open(path: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ timezoneId: 'Pacific/Honolulu', locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, baseUrl).href);
  return { page, errors, requests };
}

describe('the app page', () => {
  it('shows the built-in dataset: its title and every valid event in time order', async () => {
    const doc = JSON.parse(readFileSync('data/mek.json', 'utf8'));
    const expected = validate(doc).dataset!.events.length;
    const { page, errors } = await open('index.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe(doc.meta.title);
    // The list joins once the chart's first picture is complete.
    const rows = page.locator('[data-event-row]');
    await expect.poll(() => rows.count()).toBe(expected);
    const starts = await page
      .locator('[data-event-row] time')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(starts).toEqual([...starts].sort());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads ?data= and writes day-precision dates without a time-zone shift', async () => {
    const { page, errors } = await open('index.html?data=mini.json');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Test timeline');
    const row = page.locator('[data-event-row="albania-breaks-relations"] time');
    expect(await row.textContent()).toContain('7 September 2022');
    expect(await page.locator('[data-event-row="mek-founded"] time').textContent()).toContain(
      '1965',
    );
    expect(await page.locator('[data-event-row]').count()).toBe(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves out broken events, lists them in a dismissible notice, and draws the rest', async () => {
    const { page } = await open('index.html?data=partly-broken.json');
    const notice = page.locator('[data-load-notice]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('3 events were left out');
    await expect.poll(() => page.locator('[data-event-row]').count()).toBe(5);
    await notice.locator('summary').click();
    expect(await notice.textContent()).toContain('start "2023-02-30" does not exist');
    expect(await notice.textContent()).toContain('unknown actor "nobody"');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
    expect(await page.locator('[data-event-row]').count()).toBe(5);
    await page.context().close();
  });

  it('shows an error panel with a retry button when the data is missing', async () => {
    const { page, requests } = await open('index.html?data=nowhere.json');
    const asked = () => requests.filter((url) => url.endsWith('/nowhere.json')).length;
    const panel = page.locator('[data-error-panel]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('404');
    expect(asked()).toBe(1);
    await panel.getByRole('button', { name: 'Try again' }).click();
    // A retry asks the server again rather than reusing the first answer.
    await expect.poll(asked).toBe(2);
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.context().close();
  });

  it.each(['index.html', 'embed.html'])(
    '%s asks for its dataset once, while the app’s code is still on its way',
    async (path) => {
      // The entry and what it imports statically are served at once; every other
      // script is held back until the dataset has been asked for (or 5 s have passed).
      const pageUrl = new URL(`${path}?data=mini.json`, baseUrl);
      const html = await (await fetch(pageUrl)).text();
      const entry = new URL(/<script type="module"[^>]*src="([^"]+)"/.exec(html)![1]!, pageUrl);
      const entryCode = await (await fetch(entry)).text();
      const immediate = new Set([
        entry.href,
        ...[...entryCode.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map(
          (match) => new URL(match[1]!, entry).href,
        ),
      ]);
      let dataAsked = () => {};
      const asked = new Promise<'asked'>((resolve) => (dataAsked = () => resolve('asked')));
      const waited = asked.then(
        () => 'before the app’s code',
        () => 'never',
      );
      const held = Promise.race([
        waited,
        new Promise<string>((resolve) => setTimeout(() => resolve('after a timeout'), 5000)),
      ]);
      const { page, requests } = await open('about:blank');
      page.on('request', (request) => {
        if (request.url().endsWith('/mini.json')) dataAsked();
      });
      await page.route(/\.js$/, async (route) =>
        immediate.has(route.request().url()) ? route.continue() : held.then(() => route.continue()),
      );
      await page.goto(pageUrl.href);
      expect(await held).toBe('before the app’s code');
      await page.waitForSelector('[data-event-id]');
      expect(requests.filter((url) => url.endsWith('/mini.json'))).toHaveLength(1);
      await page.context().close();
    },
  );

  it('reports malformed JSON with its line and column', async () => {
    const { page } = await open('index.html?data=malformed.json');
    const panel = page.locator('[data-error-panel]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toMatch(/line 4, column 3/);
    await page.context().close();
  });

  it.each(['berlin-wall.json', 'constitutions.csv'])(
    'loads a TimelineJS timeline (%s) given in ?data= directly',
    async (file) => {
      const { page, errors } = await open(`index.html?data=${file}`);
      await expect.poll(() => page.locator('[data-event-row]').count()).toBeGreaterThan(2);
      expect(await page.locator('[data-event-id]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('refuses data from another origin without requesting it', async () => {
    const { page, requests } = await open('index.html?data=https://elsewhere.example/data.json');
    const panel = page.locator('[data-error-panel]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('not allowed');
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    await page.context().close();
  });
});
