import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { FULLY_DRAWN } from './drawn';

const baseUrl = inject('baseUrl');
const eventIds = new Set(
  (JSON.parse(readFileSync('data/mek.json', 'utf8')) as { events: { id: string }[] }).events.map(
    (event) => event.id,
  ),
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The embed, with the timeline's code held back until `release` is called. */
async function openHeld(query: string, width = 1100) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/embed.svelte-*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Notes whether a first picture was ever in the page, however briefly.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('.first-picture'))
        document.documentElement.dataset.sawPicture = '';
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(new URL(`embed.html${query}`, baseUrl).href);
  return { page, release, errors, requested };
}

const sawPicture = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.sawPicture !== undefined);

describe('the first picture', () => {
  it('is drawn from the data before the timeline has loaded, then swapped for it', async () => {
    const { page, release, errors } = await openHeld('');
    await page.waitForSelector('.first-picture [data-event-id]');
    const picture = page.locator('.first-picture');
    expect(await picture.getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => page.locator('h1').textContent()).toContain('MEK');
    const ids = await picture
      .locator('[data-event-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id')!));
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.every((id) => eventIds.has(id))).toBe(true);
    // Nothing of the timeline yet: its code is what is held back.
    expect(await page.locator('.timeline-app').count()).toBe(0);
    release();
    await page.waitForSelector(FULLY_DRAWN);
    expect(await picture.count()).toBe(0);
    expect(await page.locator('.picture-pending').count()).toBe(0);
    expect(await page.locator('.timeline-app').isVisible()).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the timeline unseen behind the picture until its first view is whole', async () => {
    const { page, release } = await openHeld('?lang=fa&theme=dark', 320);
    await page.waitForSelector('.first-picture [data-event-id]');
    expect(await page.locator('.first-picture').getAttribute('dir')).toBe('rtl');
    // Each time the timeline changes the page, is it seen while the picture is still there?
    await page.evaluate(() => {
      const w = window as unknown as { seenTooEarly: boolean };
      w.seenTooEarly = false;
      new MutationObserver(() => {
        const app = document.querySelector('.timeline-app');
        if (
          app &&
          document.querySelector('.first-picture') &&
          getComputedStyle(app).visibility !== 'hidden'
        )
          w.seenTooEarly = true;
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    release();
    await page.waitForSelector(FULLY_DRAWN);
    expect(
      await page.evaluate(() => (window as unknown as { seenTooEarly: boolean }).seenTooEarly),
    ).toBe(false);
    expect(await page.locator('.first-picture').count()).toBe(0);
    await page.context().close();
  });

  it("has the data asked for once, by the page's first script, and never an address it refuses", async () => {
    const { page, release } = await openHeld('');
    release();
    await page.waitForSelector(FULLY_DRAWN);
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.json') && !entry.name.includes('oembed'))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    );
    expect(requests).toEqual(['link']);
    await page.context().close();

    const refused = await openHeld('?data=https://evil.example/x.json');
    refused.release();
    await refused.page.waitForSelector('[data-error-panel]');
    expect(refused.requested.filter((url) => new URL(url).hostname === 'evil.example')).toEqual([]);
    expect(await sawPicture(refused.page)).toBe(false);
    await refused.page.context().close();
  });

  it('waits for two scripts only: the first script and an entry that imports nothing', async () => {
    const { page, release, requested } = await openHeld('');
    await page.waitForSelector('.first-picture [data-event-id]');
    const scripts = requested.filter((url) => new URL(url).pathname.endsWith('.js'));
    // What the picture waited for is everything asked for before the timeline's chunk.
    const timeline = scripts.findIndex((url) => /\/embed\.svelte-[^/]*\.js$/.test(url));
    const before = (timeline < 0 ? scripts : scripts.slice(0, timeline)).map((url) =>
      new URL(url).pathname.replace(/^.*\//, ''),
    );
    expect(before).toHaveLength(2);
    expect(before).toContain('first-request.js');
    expect(before.filter((name) => /^embed-[\w-]+\.js$/.test(name))).toHaveLength(1);
    release();
    await page.waitForSelector(FULLY_DRAWN);
    await page.context().close();
  });

  it('has the data asked for by the classic first script while the modules are still held', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const asked = page.waitForRequest(/\/assets\/mek-[^/]*\.json$/, { timeout: 10_000 });
    await page.goto(new URL('embed.html', baseUrl).href, { waitUntil: 'commit' });
    expect((await asked).url()).toMatch(/mek-/);
    release();
    await page.waitForSelector(FULLY_DRAWN);
    await context.close();
  });

  it('is not drawn for a shared view of a filter or an event: the timeline draws that', async () => {
    for (const query of ['?country=AL', '?event=ashraf3-police-raid', '?q=raid']) {
      const { page, release } = await openHeld(query);
      release();
      await page.waitForSelector(FULLY_DRAWN);
      expect(await sawPicture(page)).toBe(false);
      await page.context().close();
    }
  });
});
