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
