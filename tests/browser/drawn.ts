import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * A mark of a complete picture: the chart draws its first picture lane by lane, and
 * its marks layer is busy (aria-busy) until every lane is drawn.
 */
export const FULLY_DRAWN = '.marks-layer[aria-busy="false"] [data-event-id]';

/** The chart's visible window [t0, t1] (its track's data attributes) and the track's box. */
export async function chartView(page: Page) {
  return page.locator('.track').evaluate((track) => {
    const box = track.getBoundingClientRect();
    return {
      t0: Number(track.getAttribute('data-window-start')),
      t1: Number(track.getAttribute('data-window-end')),
      left: box.left,
      top: box.top,
      width: box.width,
    };
  });
}

/**
 * Waits until the view has panned by `pixels` from `before` (later times into view
 * when positive), its span unchanged. A drag begun before the gestures' code has come
 * is replayed once it has, so the view may get there a moment after the button is up.
 */
export async function expectPannedBy(
  page: Page,
  before: Awaited<ReturnType<typeof chartView>>,
  pixels: number,
): Promise<void> {
  const msPerPixel = (before.t1 - before.t0) / before.width;
  await expect
    .poll(async () => ((await chartView(page)).t0 - before.t0) / msPerPixel)
    .toBeCloseTo(pixels, -1);
  const after = await chartView(page);
  expect(after.t1 - after.t0).toBeCloseTo(before.t1 - before.t0, -3);
}
