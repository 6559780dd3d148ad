/**
 * Languages other than English are fetched when needed: a page that starts in one shows
 * no English on the way, and the switcher fetches a language before switching to it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { chartView, expectPannedBy, FULLY_DRAWN } from './drawn';
import { en } from '../../src/lib/i18n/en';
import { fa } from '../../src/lib/i18n/fa';
import { sq } from '../../src/lib/i18n/sq';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The interface's own English sentences: long enough not to be found in the data by chance. */
const ENGLISH = Object.entries(en)
  .filter(([, text]) => typeof text === 'string' && text.length >= 12 && !text.includes('{'))
  .map(([key, text]) => ({ key, text: text as string }));

/** A page that keeps the text of its body after every change, from the very first. */
async function openRecording(path: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as { texts: string[] }).texts = texts;
    new MutationObserver(() => texts.push(document.body?.textContent ?? '')).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, baseUrl).href);
  return { page, requests };
}

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { texts: string[] }).texts);

describe('languages', () => {
  it.each([
    ['index.html?lang=sq', sq],
    ['index.html?lang=fa', fa],
    ['embed.html?lang=fa', fa],
  ] as const)('%s shows no English on the way to its first event', async (path, catalogue) => {
    const { page } = await openRecording(path);
    await page.waitForSelector('[data-event-id]');
    await expect.poll(() => page.locator('[data-event-row]').count()).toBeGreaterThan(0);
    const english = ENGLISH.filter(
      ({ key }) => catalogue[key as keyof typeof en] !== en[key as keyof typeof en],
    );
    const seen = (await recorded(page)).flatMap((text) =>
      english.filter((entry) => text.includes(entry.text)).map((entry) => entry.key),
    );
    expect([...new Set(seen)]).toEqual([]);
    await page.context().close();
  });

  it('fetches a language when the reader picks it, then switches to it', async () => {
    const { page, requests } = await openRecording('index.html');
    await page.waitForSelector('[data-event-id]');
    const fetched = (name: string) => requests.some((url) => new URL(url).pathname.includes(name));
    expect(fetched('fa-pack')).toBe(false);
    expect(fetched('sq-pack')).toBe(false);
    await page.locator('[data-language-switch]').selectOption('fa');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fa');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('.language span').textContent()).toBe(fa['lang.label']);
    expect(fetched('fa-pack')).toBe(true);
    expect(fetched('sq-pack')).toBe(false);
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('fa');
    await page.context().close();
  });

  it('keeps the time window when the language turns the axis round, and writes its years', async () => {
    const { page } = await openRecording('index.html?from=2012&to=2024');
    await page.waitForSelector(FULLY_DRAWN);
    const before = await chartView(page);
    const years = async () => {
      const { t0, t1 } = await chartView(page);
      return [new Date(t0).getUTCFullYear(), new Date(t1 - 1).getUTCFullYear()];
    };
    expect(await years()).toEqual([2012, 2024]);
    // Right to left, then back: the same years in view, earliest at the right, then left.
    for (const [language, dir] of [
      ['fa', 'rtl'],
      ['en', 'ltr'],
    ] as const) {
      await page.locator('[data-language-switch]').selectOption(language);
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
      await page.waitForSelector(FULLY_DRAWN);
      expect(await years()).toEqual([2012, 2024]);
      const { t0, t1 } = await chartView(page);
      expect(Math.abs(t0 - before.t0)).toBeLessThan((before.t1 - before.t0) / before.width);
      expect(Math.abs(t1 - before.t1)).toBeLessThan((before.t1 - before.t0) / before.width);
      const url = new URL(page.url()).searchParams;
      expect([url.get('from'), url.get('to')]).toEqual(['2012', '2024']);
      const ticks = await page
        .locator('[data-axis-level] text')
        .evaluateAll((nodes) =>
          nodes.map((node) => ({ x: node.getBoundingClientRect().x, text: node.textContent })),
        );
      const [first, last] = [ticks.at(0)!, ticks.at(-1)!];
      // Ticks come in time order; the later one sits to the left right to left.
      expect(last.x < first.x).toBe(dir === 'rtl');
      // Years in the language's digits, as its dates and counts are.
      expect(first.text).toBe(language === 'fa' ? '۲۰۱۲' : '2012');
    }
    await page.context().close();
  });

  it('drags the right way once the axis has turned round, from where the view was', async () => {
    const { page } = await openRecording('index.html?from=2000&to=2010');
    await page.waitForSelector(FULLY_DRAWN);
    // The gestures' code comes at the first reach for the chart, in English.
    let box = await chartView(page);
    await page.mouse.move(box.left + box.width / 2, box.top + 200);
    await page.locator('[data-language-switch]').selectOption('fa');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.waitForSelector(FULLY_DRAWN);
    box = await chartView(page);
    const y = box.top + 200;
    await page.mouse.move(box.left + 500, y);
    await page.mouse.down();
    await page.mouse.move(box.left + 600, y, { steps: 5 });
    await page.mouse.up();
    // Right to left, later times are to the left: pulling the chart right brings them in.
    await expectPannedBy(page, box, 100);
    await page.context().close();
  });
});
