import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { FULLY_DRAWN } from './drawn';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function open(path: string, options: { dark?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(new URL(path, baseUrl).href);
  await page.waitForSelector(FULLY_DRAWN);
  return page;
}

/** axe-core's WCAG 2.2 A and AA rules; returns "rule: target" lines for each violation. */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
  });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('accessibility audit (axe-core, WCAG 2.2 AA)', () => {
  for (const lang of ['en', 'sq', 'fa'])
    for (const dark of [false, true]) {
      const theme = dark ? 'dark' : 'light';
      it(`the app in ${lang}, ${theme}, with filters active and the panel open`, async () => {
        const page = await open(`index.html?lang=${lang}&country=AL&event=ashraf3-police-raid`, {
          dark,
        });
        await page.waitForSelector('[data-detail-panel]');
        expect(await audit(page)).toEqual([]);
        await page.context().close();
      });
      it(`the embed in ${lang}, ${theme}`, async () => {
        const page = await open(`embed.html?lang=${lang}&theme=${theme}`, { dark });
        expect(await audit(page)).toEqual([]);
        await page.context().close();
      });
    }

  it('the embed on a phone in Persian, with its folded controls open', async () => {
    const page = await open('embed.html?lang=fa&country=AL', { width: 320 });
    await page.locator('[data-filter-more]').click();
    await page.locator('[data-facet="country"]').waitFor();
    expect(await audit(page)).toEqual([]);
    await page.context().close();
  });

  it('the app on a phone, with the panel as a bottom sheet', async () => {
    const page = await open('index.html?event=us-fto-designation', { width: 320 });
    expect(await audit(page)).toEqual([]);
    await page.context().close();
  });
});

describe('with the keyboard alone', () => {
  it('finds an event, opens it, reads its sources and closes it', async () => {
    const page = await open('index.html');
    const focusedOn = (selector: string) =>
      page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
    // Tab to the search field and search.
    for (let i = 0; i < 10 && !(await focusedOn('[data-filter-search]')); i++)
      await page.keyboard.press('Tab');
    expect(await focusedOn('[data-filter-search]')).toBe(true);
    await page.keyboard.type('Manez');
    // On to the first row of the list, and open it.
    for (let i = 0; i < 60 && !(await focusedOn('[data-event-row] button')); i++)
      await page.keyboard.press('Tab');
    expect(await focusedOn('[data-event-row] button')).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-detail-panel]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('[data-panel-source]').count()).toBeGreaterThan(0);
    // Back into the panel, read it, close it with Esc; focus returns to the row.
    for (
      let i = 0;
      i < 60 &&
      !(await page.evaluate(() => !!document.activeElement?.closest('[data-detail-panel]')));
      i++
    )
      await page.keyboard.press('Shift+Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('[data-detail-panel]')),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await focusedOn('[data-event-row] button')).toBe(true);
    await page.context().close();
  });

  it('skips past the controls to the chart or the list, from the first two stops', async () => {
    const page = await open('embed.html');
    const skip = (to: string) => page.locator(`[data-skip="${to}"]`);
    // Out of sight until focused.
    expect((await skip('chart').boundingBox())!.width).toBeLessThanOrEqual(1);
    await page.keyboard.press('Tab');
    expect(await skip('chart').evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip('chart').boundingBox())!.width).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.matches('.track'))).toBe(true);

    await page.locator('[data-skip="chart"]').focus();
    await page.keyboard.press('Tab');
    expect(await skip('list').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => document.activeElement?.matches('[data-event-row] button')),
    ).toBe(true);
    await page.context().close();
  });

  it('keeps a focused mark focused, and its layer hidden, through a move', async () => {
    const page = await open('index.html');
    const mark = page.locator('.marks-layer [data-event-id][tabindex="0"]');
    await mark.focus();
    const id = await mark.getAttribute('data-event-id');
    const box = (await mark.boundingBox())!;
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    const layerShown = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('.marks-layer')!).visibility);
    // A wheel over the mark zooms about it: the view moves, and the canvas paints it.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForSelector('.marks-layer.moving', { state: 'attached' });
    expect(await layerShown()).toBe('hidden');
    expect(await focused()).toBe(id);
    await page.waitForSelector('.marks-layer:not(.moving)');
    expect(await layerShown()).toBe('visible');
    expect(await focused()).toBe(id);
    await page.context().close();
  });

  it('moves between events on the chart with the arrow keys, mirrored in Persian', async () => {
    for (const [lang, next] of [
      ['en', 'ArrowRight'],
      ['fa', 'ArrowLeft'],
    ] as const) {
      const page = await open(`index.html?lang=${lang}`);
      const mark = page.locator('[data-event-id][tabindex="0"]');
      expect(await mark.count()).toBe(1);
      await mark.focus();
      const first = await page.evaluate(() =>
        document.activeElement?.getAttribute('data-event-id'),
      );
      await page.keyboard.press(next);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
        .not.toBe(first);
      const second = await page.evaluate(() =>
        document.activeElement?.getAttribute('data-event-id'),
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-announcer]').textContent()).not.toBe('');
      expect(page.url()).toContain(`event=${second}`);
      await page.keyboard.press('End');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id')))
        .toBe('mek-protest-role-dispute');
      await page.context().close();
    }
  });
});
