import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";
let browser: Browser;
let strict: StaticServer;

const hostPage = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`;

beforeAll(async () => {
  browser = await launchChromium();
  strict = await serveStatic(distDir, { 'content-security-policy': CSP });
  writeFileSync(
    join(distDir, 'host-parent.html'),
    hostPage(
      `<p>Article text.</p><iframe id="frame" src="embed.html?title=0" data-chronicle-timeline data-hash-sync width="100%" height="200" title="Timeline"></iframe><script src="embed-parent.js"></script>`,
    ),
  );
  // A page that knows only pym.js's wire format, as many CMSs do.
  writeFileSync(
    join(distDir, 'host-pym.html'),
    hostPage(
      `<iframe id="frame" src="embed.html?title=0&amp;childId=graphic-1" width="100%" height="150" title="Timeline"></iframe>
      <script>addEventListener('message', function (e) {
        var m = /^pymxPYMxgraphic-1xPYMxheightxPYMx(\\d+)$/.exec(e.data);
        if (m) document.getElementById('frame').height = m[1];
      });</script>`,
    ),
  );
  writeFileSync(
    join(distDir, 'host-elements.html'),
    hostPage(
      `<style>div, li, p { color: red !important; font-size: 40px !important; }</style>
      <script type="module" src="chronicle-timeline.js"></script>
      <chronicle-timeline id="one" country="AL" title="0"></chronicle-timeline>
      <chronicle-timeline id="two" category="designation-law" title="0" theme="dark"></chronicle-timeline>`,
    ),
  );
});
afterAll(async () => {
  await browser?.close();
  await strict?.close();
});

async function open(url: string, width: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  return page;
}

async function timelineFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#frame');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-event-row]');
  return frame;
}

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const frameHeight = (page: Page) =>
  page.locator('#frame').evaluate((f: HTMLIFrameElement) => Number(f.height));

describe('the iframe embed', () => {
  it.each([320, 1200])(
    'grows and shrinks with its content at %i px, through the parent script',
    async (width) => {
      const page = await open(new URL('host-parent.html', baseUrl).href, width);
      const frame = await timelineFrame(page);
      await expect
        .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
        .toBeLessThanOrEqual(2);
      const tall = await frameHeight(page);
      expect(tall).toBeGreaterThan(400);
      await frame.locator('[data-filter-search]').fill('Manez');
      await expect.poll(() => frameHeight(page)).toBeLessThan(tall);
      expect(
        Math.abs((await frameHeight(page)) - (await contentHeight(frame))),
      ).toBeLessThanOrEqual(2);
      await page.context().close();
    },
  );

  it('resizes under a parent that speaks only pym.js', async () => {
    const page = await open(new URL('host-pym.html', baseUrl).href, 800);
    const frame = await timelineFrame(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('keeps the selected event in the article hash, and opens on it from the hash', async () => {
    const page = await open(new URL('host-parent.html', baseUrl).href, 1200);
    const frame = await timelineFrame(page);
    await frame.locator('[data-event-row="us-fto-designation"] button').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#event=us-fto-designation');
    await page.context().close();

    const again = await open(
      new URL('host-parent.html#event=ashraf3-police-raid', baseUrl).href,
      1200,
    );
    const reopened = await timelineFrame(again);
    await expect
      .poll(() => reopened.locator('[data-detail-panel] h2').textContent())
      .toContain('Albanian police raid Ashraf 3');
    await again.context().close();
  });
});

describe('the custom element', () => {
  it('runs right to left in Persian in a left-to-right page, labels on the reading side of their marks', async () => {
    const page = await open(new URL('embed.html?lang=fa&title=0', baseUrl).href, 1200);
    await page.waitForSelector('.mark .label');
    const app = page.locator('.timeline-app');
    expect(await app.getAttribute('dir')).toBe('rtl');
    expect(await app.getAttribute('lang')).toBe('fa');
    const marks = await page.locator('.mark').evaluateAll((nodes) =>
      nodes.flatMap((mark) => {
        const label = mark.querySelector('.label');
        const dot = mark.querySelector('.dot, .bar');
        if (!label || !dot) return [];
        const l = label.getBoundingClientRect();
        const d = dot.getBoundingClientRect();
        return [
          {
            direction: getComputedStyle(label).direction,
            left: l.left < d.left,
            right: l.right > d.right,
          },
        ];
      }),
    );
    expect(marks.length).toBeGreaterThan(3);
    expect(marks.every((mark) => mark.direction === 'rtl')).toBe(true);
    // Most labels follow their mark in reading direction (to its left); only those near
    // the chart's far edge flip to the other side.
    expect(marks.filter((mark) => mark.left).length).toBeGreaterThan(marks.length / 2);
    await page.context().close();
  });

  it('runs several independent timelines on one page, untouched by the page’s CSS', async () => {
    const page = await open(new URL('host-elements.html', baseUrl).href, 1200);
    await page.waitForSelector('#one [data-event-row]');
    await page.waitForSelector('#two [data-event-row]');
    const rows = (id: string) =>
      page
        .locator(`#${id} [data-event-row]`)
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-row')));
    const one = await rows('one');
    const two = await rows('two');
    expect(one).toContain('ashraf3-police-raid');
    expect(one).not.toContain('us-fto-designation');
    expect(two).toContain('us-fto-designation');
    expect(two).not.toContain('ashraf3-police-raid');
    // The host's `li { color: red; font-size: 40px }` does not reach inside.
    const style = await page
      .locator('#one [data-event-row]')
      .first()
      .evaluate((li) => getComputedStyle(li).fontSize);
    expect(style).not.toBe('40px');
    // Changing an attribute changes only that element's view.
    await page.locator('#one').evaluate((el) => el.setAttribute('country', 'FR'));
    await expect.poll(() => rows('one')).not.toContain('ashraf3-police-raid');
    expect(await rows('two')).toEqual(two);
    // The page's own URL is never touched by an element.
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });
});

describe('under a strict Content-Security-Policy', () => {
  it.each(['index.html', 'embed.html', 'article.html', 'index.html?event=ashraf3-police-raid'])(
    '%s makes no CSP violation and no request to another host',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      await context.addInitScript(() => {
        (window as unknown as { __violations: string[] }).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __violations: string[] }).__violations.push(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(strict.url) && !request.url().startsWith('data:'))
          foreign.push(request.url());
      });
      await page.goto(new URL(path, strict.url).href);
      await page.waitForSelector('[data-event-id], iframe');
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(800);
      const violations = await page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      const frameViolations = await Promise.all(
        page
          .frames()
          .slice(1)
          .map((f) =>
            f.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []),
          ),
      );
      expect([...violations, ...frameViolations.flat()]).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    },
  );
});

describe('an element whose script comes from another origin', () => {
  it('paints its moving marks in the page: a worker may not load from there', async () => {
    // The script's site sends CORS headers, as a CDN must for a module script.
    const cdn = await serveStatic(distDir, { 'access-control-allow-origin': '*' });
    const hostDir = mkdtempSync(join(tmpdir(), 'timeline-host-'));
    writeFileSync(
      join(hostDir, 'index.html'),
      hostPage(
        `<script type="module" src="${cdn.url}chronicle-timeline.js"></script><chronicle-timeline title="0"></chronicle-timeline>`,
      ),
    );
    const host = await serveStatic(hostDir);
    try {
      const page = await open(host.url, 1200);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.waitForSelector('chronicle-timeline [data-event-id]');
      const canvas = page.locator('chronicle-timeline canvas.marks-canvas');
      // The canvas comes when the reader first reaches for the chart.
      const box = (await page.locator('chronicle-timeline .track').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 120);
      await canvas.waitFor({ state: 'attached' });
      await page.locator('chronicle-timeline [data-zoom="in"]').click();
      const y = box.y + 120;
      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 60, y, { steps: 5 });
      // The drag may be held until the gestures and the painter have come: look until the
      // canvas shows it, while the button is still down.
      const readCanvas = () =>
        canvas.evaluate(async (element: HTMLCanvasElement) => {
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          // The page's own canvas: it has a context of the page's.
          const data = element
            .getContext('2d')!
            .getImageData(0, 0, element.width, element.height).data;
          let opaque = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]) opaque++;
          return { visibility: getComputedStyle(element).visibility, opaque };
        });
      await expect
        .poll(async () => (await readCanvas()).opaque, { timeout: 5000 })
        .toBeGreaterThan(1000);
      expect((await readCanvas()).visibility).toBe('visible');
      await page.mouse.up();
      expect(page.workers()).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await host.close();
      await cdn.close();
      rmSync(hostDir, { recursive: true, force: true });
    }
  });
});

describe('the demo article', () => {
  it('drives the story timeline step by step, and back again', async () => {
    const page = await open(new URL('article.html', baseUrl).href, 1200);
    await page.waitForSelector('#story-timeline [data-event-id]');
    const heading = () => page.locator('#story-timeline [data-detail-panel] h2').textContent();
    const steps = page.locator('.step');
    await steps.nth(0).scrollIntoViewIfNeeded();
    await steps.nth(0).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(heading).toContain('Albania offers to take in');
    await steps.nth(3).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(heading).toContain('Albania cuts diplomatic relations');
    expect(await page.locator('#story-timeline').getAttribute('country')).toBe('AL');
    await steps.nth(1).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(heading).toContain('Last MEK members leave Camp Liberty');
    expect(await page.locator('#story-timeline').getAttribute('country')).toBeNull();
    await page.context().close();
  });
});
