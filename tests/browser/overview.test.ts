/**
 * The overview strip: its window is drawn at once, and its brush (fetched when the reader
 * first reaches for the strip) pans, zooms and jumps; a gesture that begins before the
 * brush has arrived still counts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { FULLY_DRAWN } from './drawn';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The app page, drawn; with `slowBrush`, the brush's code arrives late. */
async function open(
  slowBrush = false,
  hasTouch = false,
): Promise<{ page: Page; brushFetched: () => boolean }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, hasTouch });
  let fetched = false;
  await page.route(/\/overview-brush-[^/]*\.js$/, async (route) => {
    fetched = true;
    if (slowBrush) await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  // A decade of the span, so that the window can be dragged and clicked beside.
  await page.goto(new URL('index.html?from=1995&to=2005', baseUrl).href);
  await page.waitForSelector(FULLY_DRAWN);
  await settled(page);
  return { page, brushFetched: () => fetched };
}

/** The window's rectangle in the strip, drawn by the page or by the brush. */
async function windowBox(
  page: Page,
): Promise<{ x: number; width: number; y: number; height: number }> {
  const box = await page
    .locator('[data-overview] .window, [data-overview] .brush .selection')
    .first()
    .boundingBox();
  if (!box) throw new Error('no window in the overview');
  return box;
}

const brushListening = (page: Page) => page.locator('[data-overview] .brush .selection').count();

/** Waits for the window to stop moving, with the strip in sight for the mouse. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-overview]').scrollIntoViewIfNeeded();
  let last = -1;
  await expect
    .poll(async () => {
      const { x } = await windowBox(page);
      const still = x === last;
      last = x;
      return still;
    })
    .toBe(true);
}

describe('the overview', () => {
  it('draws the window at once and fetches the brush only when reached for', async () => {
    const { page, brushFetched } = await open();
    await page.waitForLoadState('networkidle');
    expect(brushFetched()).toBe(false);
    const drawn = await windowBox(page);
    expect(drawn.width).toBeGreaterThan(10);
    const strip = (await page.locator('[data-overview]').boundingBox())!;
    await page.mouse.move(strip.x + 5, strip.y + strip.height / 2);
    await expect.poll(() => brushListening(page)).toBe(1);
    expect(brushFetched()).toBe(true);
    expect(await page.locator('[data-overview] .window').count()).toBe(0);
    const brushed = await windowBox(page);
    expect(Math.abs(brushed.x - drawn.x)).toBeLessThan(1.5);
    expect(Math.abs(brushed.width - drawn.width)).toBeLessThan(1.5);
    await page.close();
  });

  it.each([false, true])('pans when the window is dragged (brush late: %s)', async (slowBrush) => {
    const { page } = await open(slowBrush);
    const before = await windowBox(page);
    const y = before.y + before.height / 2;
    await page.mouse.move(before.x + before.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(before.x + before.width / 2 - 120, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => brushListening(page)).toBe(1);
    await expect
      .poll(async () => Math.round((await windowBox(page)).x))
      .toBe(Math.round(before.x - 120));
    expect(Math.abs((await windowBox(page)).width - before.width)).toBeLessThan(1.5);
    await page.close();
  });

  it.each([
    [false, false],
    [true, false],
    [true, true],
  ])(
    'centres the window where the strip is clicked (brush late: %s, by touch: %s)',
    async (slowBrush, touch) => {
      const { page } = await open(slowBrush, touch);
      const before = await windowBox(page);
      const strip = (await page.locator('[data-overview]').boundingBox())!;
      // Far enough from the start for the whole window to fit around it.
      const x = strip.x + before.width / 2 + 10;
      expect(x).toBeLessThan(before.x - 20);
      if (touch) await page.touchscreen.tap(x, before.y + before.height / 2);
      else await page.mouse.click(x, before.y + before.height / 2);
      await expect.poll(() => brushListening(page)).toBe(1);
      await expect
        .poll(async () => {
          const box = await windowBox(page);
          return Math.abs(box.x + box.width / 2 - x) < 2;
        })
        .toBe(true);
      await page.close();
    },
  );
});
