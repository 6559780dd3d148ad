/**
 * What the first view does not need is fetched when the reader asks for it, and brings
 * no stylesheet into anyone's page: its styles came with the page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

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
];

beforeAll(async () => {
  browser = await launchChromium();
  writeFileSync(
    join(distDir, 'host-lazy.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
    <script type="module" src="chronicle-timeline.js"></script>
    <chronicle-timeline event="mek-founded" title="0"></chronicle-timeline></body></html>`,
  );
});
afterAll(() => browser?.close());

async function open(path: string): Promise<{ page: Page; fetched: (name: string) => boolean }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
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
});
