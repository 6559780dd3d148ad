/**
 * npm run screenshots [-- path?query] — serves dist/ on a free loopback port and saves
 * screenshots of the page at desktop and phone widths into screenshots/ (not committed),
 * so a change can be looked at as a reader sees it. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../tests/browser/static-server';
import { launchChromium } from '../tests/browser/chromium';

const path = process.argv.slice(2).find((arg) => arg !== '--') ?? 'index.html';
const sizes = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 320, height: 700 },
];

mkdirSync('screenshots', { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(new URL(path, server.url).href);
    await page.waitForSelector('[data-event-id], [data-cluster-count], [data-error-panel]', {
      timeout: 10_000,
    });
    await page.waitForTimeout(300);
    const shoot = async (level: string) => {
      const file = `screenshots/${size.name}-${level}.png`;
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    };
    await shoot('1-fit');
    const track = page.locator('.track').first();
    if ((await track.count()) > 0) {
      await track.scrollIntoViewIfNeeded();
      // Three zoom levels: everything, about a decade, and days.
      for (let i = 0; i < 3; i++) await page.locator('[data-zoom="in"]').first().click();
      await page.waitForTimeout(600);
      await shoot('2-decade');
      const box = (await track.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + 150);
      for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -300);
      await page.waitForTimeout(300);
      await shoot('3-days');
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
