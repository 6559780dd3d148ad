import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { chartView, expectPannedBy, FULLY_DRAWN } from './drawn';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function openChart(
  width = 1000,
  options: { hasTouch?: boolean; query?: string; workers?: 'none' | 'failing' } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    timezoneId: 'Pacific/Honolulu',
    reducedMotion: 'reduce',
    hasTouch: options.hasTouch ?? false,
  });
  // As in a browser that cannot hand a canvas to a worker: the page paints itself.
  if (options.workers === 'none')
    await context.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
    });
  // A worker whose script never arrives: the page takes over, on a new canvas.
  if (options.workers === 'failing')
    await context.route(/marks-worker[^/]*\.js$/, (route) => route.abort());
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(new URL(`index.html${options.query ?? ''}`, baseUrl).href);
  await page.waitForSelector(FULLY_DRAWN);
  return page;
}

/** The visible window [t0, t1] and the track's box. */
const view = chartView;

const timeAt = (v: Awaited<ReturnType<typeof view>>, clientX: number) =>
  v.t0 + ((clientX - v.left) / v.width) * (v.t1 - v.t0);

/** Bounding boxes of every drawn label; none may intersect another. */
async function overlappingLabels(page: Page, selector: string): Promise<string[]> {
  const boxes = await page.locator(selector).evaluateAll((nodes) =>
    nodes.map((node) => {
      const r = node.getBoundingClientRect();
      return {
        text: node.textContent ?? '',
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      };
    }),
  );
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const apart =
        a.right <= b.left + 0.5 ||
        b.right <= a.left + 0.5 ||
        a.bottom <= b.top + 0.5 ||
        b.bottom <= a.top + 0.5;
      if (!apart) clashes.push(`${a.text} × ${b.text}`);
    }
  return clashes;
}

describe('the zoomable timeline', () => {
  it('keeps the time under the pointer fixed when zooming with the wheel', async () => {
    const page = await openChart();
    const before = await view(page);
    // Whole pixels: mouse events report integer coordinates.
    const x = Math.round(before.left + before.width * 0.3);
    const y = before.top + 200;
    const anchor = timeAt(before, x);
    await page.mouse.move(x, y);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect
      .poll(async () => (await view(page)).t1 - (await view(page)).t0)
      .toBeLessThan(before.t1 - before.t0);
    const after = await view(page);
    const msPerPixel = (after.t1 - after.t0) / after.width;
    expect(Math.abs(timeAt(after, x) - anchor)).toBeLessThan(msPerPixel);
    await page.context().close();
  });

  it('pans when dragged, by the distance dragged', async () => {
    const page = await openChart();
    await page.locator('[data-zoom="in"]').click();
    const before = await view(page);
    const y = before.top + 120;
    await page.mouse.move(before.left + 600, y);
    await page.mouse.down();
    await page.mouse.move(before.left + 500, y, { steps: 5 });
    await page.mouse.move(before.left + 400, y, { steps: 5 });
    await page.mouse.up();
    // Dragged left: earlier times leave, later ones come in.
    await expectPannedBy(page, before, 200);
    await page.context().close();
  });

  it.each([
    ['none', 'worker'],
    ['active', 'worker'],
    ['none', 'page'],
    ['active', 'page'],
    ['none', 'page after a failed worker'],
  ] as const)(
    'paints the marks on a canvas while dragged, and as SVG again at rest (forced colours: %s, painted by the %s)',
    async (forcedColors, painter) => {
      const page = await openChart(1000, {
        workers: painter === 'page' ? 'none' : painter === 'worker' ? undefined : 'failing',
      });
      await page.emulateMedia({ forcedColors });
      await page.locator('[data-zoom="in"]').click();
      await page.waitForSelector('.marks-layer:not(.moving) [data-event-id]');
      const before = await view(page);
      // A mark near the middle, so that it stays in view.
      const mark = await page.locator('.marks-layer [data-event-id]').evaluateAll(
        (nodes, middle) =>
          nodes
            .map((node) => {
              const shape = node.querySelector('.dot, .bar')!;
              const r = shape.getBoundingClientRect();
              return {
                id: node.getAttribute('data-event-id')!,
                x: r.x + r.width / 2,
                y: r.y + r.height / 2,
                fill: getComputedStyle(shape).fill,
              };
            })
            .sort((a, b) => Math.abs(a.x - middle) - Math.abs(b.x - middle))[0]!,
        before.left + before.width / 2,
      );
      const y = before.top + 40;
      await page.mouse.move(before.left + 600, y);
      await page.mouse.down();
      // Less than the layout reaches beyond the view, so the marks keep their layout.
      await page.mouse.move(before.left + 540, y, { steps: 5 });
      // Mid-move: the SVG marks are unseen, the canvas shows the mark where it has moved to.
      await expect.poll(() => page.locator('.marks-layer.moving').count()).toBe(1);
      // The worker's picture reaches the screen a frame or more after it is asked for
      // (later on a busy machine): look until it shows, while the move goes on.
      const readCanvas = () =>
        page.locator('canvas.marks-canvas').evaluate(
          async (canvas: HTMLCanvasElement, at) => {
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            const box = canvas.getBoundingClientRect();
            const scale = canvas.width / box.width;
            // Read through a copy: a canvas handed to a worker has no context of the page's.
            const copy = document.createElement('canvas');
            copy.width = canvas.width;
            copy.height = canvas.height;
            const context = copy.getContext('2d')!;
            context.drawImage(canvas, 0, 0);
            const [r, g, b, alpha] = context.getImageData(
              Math.round((at.x - box.left) * scale),
              Math.round((at.y - box.top) * scale),
              1,
              1,
            ).data;
            return {
              hidden: getComputedStyle(canvas).visibility,
              atMark: { colour: `rgb(${r}, ${g}, ${b})`, alpha },
            };
          },
          { x: mark.x - 60, y: mark.y },
        );
      // The same colour as the SVG mark: the theme's, or the system's in forced colours.
      await expect
        .poll(readCanvas, { timeout: 5000 })
        .toEqual({ hidden: 'visible', atMark: { colour: mark.fill, alpha: 255 } });
      const workers = page.workers().map((worker) => worker.url());
      expect(workers.some((url) => /marks-worker/.test(url))).toBe(painter === 'worker');
      expect(await page.locator('canvas.marks-canvas').count()).toBe(1);
      await page.mouse.up();
      // At rest: the SVG marks are back, moved by the drag, and the canvas is hidden.
      await page.waitForSelector('.marks-layer:not(.moving)');
      expect(
        await page.locator('canvas.marks-canvas').evaluate((c) => getComputedStyle(c).visibility),
      ).toBe('hidden');
      const after = await page
        .locator(`.marks-layer [data-event-id="${mark.id}"] :is(.dot, .bar)`)
        .evaluate((node) => {
          const r = node.getBoundingClientRect();
          return r.x + r.width / 2;
        });
      expect(after).toBeCloseTo(mark.x - 60, -1);
      await page.context().close();
    },
  );

  it('changes the axis from decades or years down to days as it zooms in', async () => {
    const page = await openChart();
    const level = () => page.locator('[data-axis-level]').getAttribute('data-axis-level');
    expect(['decade', 'year']).toContain(await level());
    const v = await view(page);
    await page.mouse.move(v.left + v.width / 2, v.top + 200);
    for (let i = 0; i < 60 && (await level()) !== 'day'; i++) await page.mouse.wheel(0, -400);
    expect(await level()).toBe('day');
    expect(await page.locator('[data-axis-context]').first().textContent()).toMatch(
      /^[A-Z][a-z]+ \d{4}$/,
    );
    await page.context().close();
  });

  it('shortens an era title that does not fit its bar, and zooms to the era when it is clicked', async () => {
    const page = await openChart(600);
    const before = await chartView(page);
    const title = page.locator('[data-era-title="shah-underground"]');
    expect(await title.textContent()).toMatch(/^Underground.*…$/);
    // The bar keeps the whole title as its name.
    expect(
      await page.locator('[data-era-id="shah-underground"]').getAttribute('aria-label'),
    ).toContain('Underground against the Shah');
    // A click on the title reaches the bar beneath it.
    const box = (await title.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(async () => {
        const { t0, t1 } = await chartView(page);
        return (
          t1 - t0 < (before.t1 - before.t0) / 2 &&
          t0 <= Date.UTC(1965, 8, 1) &&
          t1 >= Date.UTC(1979, 2, 1)
        );
      })
      .toBe(true);
    await page.context().close();
  });

  it('splits a cluster into its events when the cluster is clicked', async () => {
    const page = await openChart(800);
    const cluster = page
      .locator('[data-cluster-count]')
      .filter({ hasNot: page.locator('[data-cluster-count="1"]') });
    const big = page.locator('[data-cluster-count]:not([data-cluster-count="1"])').first();
    expect(await cluster.count()).toBeGreaterThan(0);
    const ids = (await big.getAttribute('data-cluster-ids'))!.split(' ');
    await big.click();
    await expect
      .poll(async () => {
        let shown = 0;
        for (const id of ids)
          if ((await page.locator(`[data-event-id="${id}"]`).count()) > 0) shown++;
        return shown;
      })
      .toBeGreaterThanOrEqual(Math.min(2, ids.length));
    await page.context().close();
  });

  it.each([
    [1280, ''],
    [800, ''],
    [320, ''],
    [1280, '?lang=fa'],
    [320, '?lang=fa'],
  ])('never lets two labels overlap at %i px (%s), zoomed out and in', async (width, query) => {
    const page = await openChart(width, { query });
    expect(await overlappingLabels(page, '.mark .label')).toEqual([]);
    expect(await overlappingLabels(page, '[data-axis-tick]')).toEqual([]);
    for (let step = 0; step < 3; step++) {
      await page.locator('[data-zoom="in"]').click();
      expect(await overlappingLabels(page, '.mark .label')).toEqual([]);
      expect(await overlappingLabels(page, '[data-axis-tick], [data-axis-context]')).toEqual([]);
    }
    await page.context().close();
  });

  it.each([
    [800, ''],
    [320, ''],
    [800, '?lang=fa'],
    [320, '?lang=fa'],
  ])('keeps every label inside the chart at %i px (%s)', async (width, query) => {
    const page = await openChart(width, { query });
    const v = await view(page);
    const outside = await page.locator('.mark .label').evaluateAll(
      (nodes, box) =>
        nodes
          .map((node) => ({ text: node.textContent, r: node.getBoundingClientRect() }))
          .filter(({ r }) => r.left < box.left - 1 || r.right > box.left + box.width + 1)
          .map(({ text }) => text),
      v,
    );
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('selects an event on click and on Enter', async () => {
    const page = await openChart();
    const mark = page.locator('[data-event-id]').first();
    const id = await mark.getAttribute('data-event-id');
    await mark.click();
    expect(await page.locator(`[data-event-id="${id}"]`).first().getAttribute('aria-pressed')).toBe(
      'true',
    );
    const other = page.locator('[data-event-id]').nth(1);
    await other.focus();
    await page.keyboard.press('Enter');
    expect(await other.getAttribute('aria-pressed')).toBe('true');
    const name = (await other.getAttribute('aria-label'))!;
    expect(await page.locator('[data-tooltip]').textContent()).toContain(
      name.slice(name.indexOf(': ') + 2),
    );
    await page.context().close();
  });

  it('keeps the same time window when the page is resized', async () => {
    const page = await openChart(1000);
    await page.locator('[data-zoom="in"]').click();
    const before = await view(page);
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(async () => (await view(page)).width).not.toBe(before.width);
    await expect
      .poll(async () => Math.abs((await view(page)).t0 - before.t0) / (before.t1 - before.t0))
      .toBeLessThan(0.01);
    await page.context().close();
  });
});

describe('the timeline on a 320 px touch screen', () => {
  it('pans with a horizontal swipe and leaves vertical swipes to the page', async () => {
    const page = await openChart(320, { hasTouch: true });
    await page.locator('[data-zoom="in"]').click();
    const cdp = await page.context().newCDPSession(page);
    const before = await view(page);
    const y = before.top + 150;
    const swipe = async (from: [number, number], to: [number, number]) => {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: from[0], y: from[1] }],
      });
      for (let i = 1; i <= 8; i++) {
        const p = [from[0] + ((to[0] - from[0]) * i) / 8, from[1] + ((to[1] - from[1]) * i) / 8];
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: p[0]!, y: p[1]! }],
        });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe([250, y], [100, y]);
    const after = await view(page);
    expect(after.t0).toBeGreaterThan(before.t0);
    const scrolled = await page.evaluate(() => scrollY);
    await swipe([160, y + 200], [160, y - 100]);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);
    expect((await view(page)).t0).toBe(after.t0);
    await page.context().close();
  });

  it('zooms with a two-finger pinch', async () => {
    const page = await openChart(320, { hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    const before = await view(page);
    const y = before.top + 150;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { x: 140, y, id: 1 },
        { x: 180, y, id: 2 },
      ],
    });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x: 140 - i * 12, y, id: 1 },
          { x: 180 + i * 12, y, id: 2 },
        ],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const after = await view(page);
    expect(after.t1 - after.t0).toBeLessThan((before.t1 - before.t0) / 2);
    await page.context().close();
  });
});
