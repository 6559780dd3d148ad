/**
 * What the first view does not need is fetched when the reader asks for it, and brings
 * no stylesheet into anyone's page: its styles came with the page.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { chartView, FULLY_DRAWN } from './drawn';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;

/** Chunks loaded only when the reader acts, by the names of their modules. */
const ON_DEMAND = [
  'DetailPanel',
  'EmbedCode',
  'export',
  'sq-pack',
  'fa-pack',
  'json-syntax',
  'interop',
  'validate',
  'zoom-gestures',
  'overview-brush',
  'MarksCanvas',
  'Tooltip',
  'LoadNotice',
];

beforeAll(async () => {
  browser = await launchChromium();
  copyFileSync('tests/fixtures/partly-broken.json', join(distDir, 'partly-broken.json'));
  writeFileSync(
    join(distDir, 'host-lazy.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
    <script type="module" src="chronicle-timeline.js"></script>
    <chronicle-timeline event="mek-founded" title="0"></chronicle-timeline></body></html>`,
  );
});
afterAll(() => browser?.close());

async function open(
  path: string,
  options: { holdGestures?: Promise<void> } = {},
): Promise<{ page: Page; fetched: (name: string) => boolean }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => {
    throw error;
  });
  const held = options.holdGestures;
  if (held)
    await page.route(/\/zoom-gestures-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
  await page.goto(new URL(path, baseUrl).href);
  const fetched = (name: string) =>
    requests.some((path) => new RegExp(`/${name}-[^/]*\\.js$`).test(path));
  return { page, fetched };
}

const stylesInHead = (page: Page) =>
  page.evaluate(() => document.head.querySelectorAll('link[rel="stylesheet"], style').length);

describe('code loaded on demand', () => {
  it('the embed fetches the detail panel only when an event is selected', async () => {
    const { page, fetched } = await open('embed.html');
    await page.waitForSelector('[data-event-id]');
    await page.waitForLoadState('networkidle');
    expect(ON_DEMAND.filter(fetched)).toEqual([]);
    const styles = await stylesInHead(page);
    await page.locator('[data-event-id]').first().click();
    const panel = page.locator('[data-detail-panel]');
    await panel.waitFor();
    expect(fetched('DetailPanel')).toBe(true);
    // The pointer on its way to the mark brought the tooltip and the moving canvas.
    await expect.poll(() => fetched('Tooltip') && fetched('MarksCanvas')).toBe(true);
    expect(await stylesInHead(page)).toBe(styles);
    expect(await panel.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    await page.close();
  });

  it('the app page fetches the embed dialog’s contents when it is opened', async () => {
    const { page, fetched } = await open('index.html?country=AL');
    await page.waitForSelector('[data-event-id]');
    await page.waitForLoadState('networkidle');
    expect(ON_DEMAND.filter(fetched)).toEqual([]);
    await page.locator('[data-embed-open]').click();
    const code = page.locator('[data-embed-dialog] [data-embed-code="iframe"]');
    await expect.poll(() => code.inputValue()).toMatch(/embed\.html\?[^"]*country=AL/);
    expect(fetched('EmbedCode')).toBe(true);
    expect(await page.locator('[data-embed-dialog] iframe').count()).toBe(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-embed-dialog] textarea').count()).toBe(0);
    await page.close();
  });

  it('the custom element styles its panel in its shadow root and adds nothing to the host', async () => {
    const { page, fetched } = await open('host-lazy.html');
    const panel = page.locator('chronicle-timeline [data-detail-panel]');
    await panel.waitFor();
    expect(fetched('DetailPanel')).toBe(true);
    expect(await panel.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    expect(await stylesInHead(page)).toBe(0);
    await page.close();
  });

  it('the embed takes its built-in dataset as the build checked it; another is validated', async () => {
    const builtIn = await open('embed.html');
    await builtIn.page.waitForSelector(FULLY_DRAWN);
    expect(builtIn.fetched('validate')).toBe(false);
    await builtIn.page.close();
    // The same checks as ever for anything else: the partly broken file's notice.
    const other = await open('embed.html?data=partly-broken.json');
    await other.page.waitForSelector(FULLY_DRAWN);
    expect(other.fetched('validate')).toBe(true);
    await expect.poll(() => other.page.locator('[data-load-notice]').count()).toBeGreaterThan(0);
    expect(other.fetched('LoadNotice')).toBe(true);
    await other.page.close();
  });

  it('a wheel and a drag begun before the gestures’ code has come are replayed to it', async () => {
    let release!: () => void;
    const holdGestures = new Promise<void>((resolve) => (release = resolve));
    const { page, fetched } = await open('embed.html', { holdGestures });
    await page.waitForSelector(FULLY_DRAWN);
    const view = () => chartView(page);
    const before = await view();
    const x = Math.round(before.left + before.width / 2);
    const y = Math.round(before.top + 150);
    await page.mouse.move(x, y);
    await expect.poll(() => fetched('zoom-gestures')).toBe(true);
    // The page does not scroll meanwhile, and the view waits for the code.
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(150);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect((await view()).t1 - (await view()).t0).toBe(before.t1 - before.t0);
    release();
    await expect
      .poll(async () => (await view()).t1 - (await view()).t0)
      .toBeLessThan((before.t1 - before.t0) / 2);
    await page.close();

    // A drag while the code is on its way: the view follows once it has come.
    let releaseDrag!: () => void;
    const holdAgain = new Promise<void>((resolve) => (releaseDrag = resolve));
    const second = await open('embed.html?from=1990&to=2000', { holdGestures: holdAgain });
    await second.page.waitForSelector(FULLY_DRAWN);
    const start = await second.page.locator('.track').evaluate((track) => ({
      t0: Number(track.getAttribute('data-window-start')),
      t1: Number(track.getAttribute('data-window-end')),
      box: track.getBoundingClientRect().toJSON() as DOMRect,
    }));
    const dragY = Math.round(start.box.top + 150);
    await second.page.mouse.move(start.box.left + 700, dragY);
    await second.page.mouse.down();
    await second.page.mouse.move(start.box.left + 500, dragY, { steps: 4 });
    await second.page.mouse.up();
    releaseDrag();
    const msPerPixel = (start.t1 - start.t0) / start.box.width;
    await expect
      .poll(() => second.page.locator('.track').getAttribute('data-window-start'))
      .not.toBe(String(start.t0));
    const moved =
      (Number(await second.page.locator('.track').getAttribute('data-window-start')) - start.t0) /
      msPerPixel;
    expect(moved).toBeCloseTo(200, -1);
    await second.page.close();
  });

  it('without the gestures’ code (offline), the chart still jumps and the wheel scrolls the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    let refused = 0;
    await page.route(/\/zoom-gestures-[^/]*\.js$/, (route) => {
      refused++;
      return route.abort();
    });
    await page.goto(new URL('embed.html', baseUrl).href);
    await page.waitForSelector(FULLY_DRAWN);
    const before = await chartView(page);
    await page.mouse.move(before.left + before.width / 2, before.top + 100);
    await expect.poll(() => refused).toBeGreaterThan(0);
    await page.waitForTimeout(100);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // The buttons still move the view, in one step.
    await page.locator('[data-zoom="in"]').click();
    await expect
      .poll(async () => {
        const view = await chartView(page);
        return view.t1 - view.t0;
      })
      .toBeLessThan(before.t1 - before.t0);
    await page.close();
  });
});
