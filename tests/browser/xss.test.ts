/**
 * The XSS corpus against the built site in Chromium. Every payload, if it ever ran,
 * would call `__xss.push(n)`; an init script defines `__xss` before the page's own
 * scripts, and the test also watches for dialogs, page errors and Content-Security-
 * Policy violations. Datasets are otherwise valid so that payloads the validator lets
 * through reach the screen; the ones it rejects are shown in the notice as text. After
 * each load the test reads like a person: opens the notice, selects events from the
 * list and the chart, hovers marks, opens the panel and searches for payload text.
 *
 * A second server sends a strict CSP with every response, and the same walk must
 * raise no violation at all.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic, type StaticServer } from './static-server';
import {
  MARKUP_PAYLOADS,
  TEXT_PAYLOADS,
  URL_PAYLOADS,
  payloadDataset,
} from '../fixtures/hostile/corpus';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

let browser: Browser;
let strict: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  writeFileSync(join(distDir, 'xss-markup.json'), JSON.stringify(payloadDataset(MARKUP_PAYLOADS)));
  writeFileSync(join(distDir, 'xss-text.json'), JSON.stringify(payloadDataset(TEXT_PAYLOADS, [])));
  writeFileSync(
    join(distDir, 'xss-urls.json'),
    JSON.stringify(payloadDataset(TEXT_PAYLOADS.slice(0, 3), URL_PAYLOADS)),
  );
  strict = await serveStatic(distDir, { 'content-security-policy': CSP });
});
afterAll(async () => {
  await strict?.close();
  await browser?.close();
});

interface Watch {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/** A fresh page with the tripwires in place before any of the page's own script runs. */
async function open(url: string): Promise<Watch> {
  const context = await browser.newContext({ timezoneId: 'Pacific/Honolulu', locale: 'en-GB' });
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: number[]; __csp: string[] };
    w.__xss = [];
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      ),
    );
  });
  const page = await context.newPage();
  const watch: Watch = { page, dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('h1, [data-error-panel]');
  return watch;
}

const tripped = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xss: number[] }).__xss.slice());
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice());

/** Nothing ran, nothing asked, nothing threw; and the DOM carries no live markup from data. */
async function expectClean(watch: Watch): Promise<void> {
  const { page } = watch;
  // Give anything scheduled (image errors, animations, timers) a moment to fire.
  await page.waitForTimeout(150);
  expect(await tripped(page)).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.errors).toEqual([]);
  const dom = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      scripts: [...document.scripts].map((s) => s.src || s.textContent!.slice(0, 40)),
      embeds: document.querySelectorAll('iframe, object, embed, frame, base, form[action]').length,
      hrefs: all
        .map((el) => el.getAttribute('href') ?? el.getAttribute('xlink:href'))
        .filter((href): href is string => href !== null),
    };
  });
  expect(dom.handlers).toEqual([]);
  expect(dom.embeds).toBe(0);
  for (const src of dom.scripts) expect(src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*\.js$/);
  for (const href of dom.hrefs) {
    const url = new URL(href, page.url());
    expect(['http:', 'https:', 'mailto:', 'data:'], href).toContain(url.protocol);
    // The only data: URL is the page's own empty favicon.
    if (url.protocol === 'data:') expect(href).toBe('data:,');
  }
}

/** A reader's walk: the notice, rows, marks (click and hover), the panel, the search box. */
async function walk(watch: Watch, searches: string[] = []): Promise<void> {
  const { page } = watch;
  const summary = page.locator('[data-load-notice] summary');
  if ((await summary.count()) > 0) await summary.click();
  const rows = page.locator('[data-event-row] button.row');
  const count = await rows.count();
  // By keyboard: the sticky detail panel can cover rows once it is open.
  const activate = async (row: ReturnType<Page['locator']>) => {
    await row.focus({ timeout: 2000 });
    await page.keyboard.press('Enter');
  };
  for (let i = 0; i < count; i += Math.max(1, Math.floor(count / 8))) {
    await activate(rows.nth(i));
    await page.waitForSelector('[data-detail-panel]', { timeout: 2000 });
  }
  const marks = page.locator('[data-event-id]');
  const drawn = Math.min(await marks.count(), 10);
  for (let i = 0; i < drawn; i++) {
    const mark = marks.nth(i);
    await mark.hover({ force: true, timeout: 2000 }).catch(() => undefined);
    await mark.click({ force: true, timeout: 2000 }).catch(() => undefined);
  }
  const search = page.locator('[data-filter-search]');
  for (const text of searches) {
    if ((await search.count()) === 0) break;
    await search.fill(text);
    await page.waitForTimeout(50);
    const first = page.locator('[data-event-row] button.row').first();
    if ((await first.count()) > 0) await activate(first);
  }
  if ((await search.count()) > 0) await search.fill('');
}

const datasets = ['xss-markup.json', 'xss-text.json', 'xss-urls.json'];

describe('the XSS corpus', () => {
  it('has at least 40 payloads', () => {
    expect(
      MARKUP_PAYLOADS.length + TEXT_PAYLOADS.length + URL_PAYLOADS.length,
    ).toBeGreaterThanOrEqual(40);
  });

  it('would notice a payload that ran, or a handler in the DOM (the tripwires work)', async () => {
    const watch = await open(new URL('index.html?data=xss-text.json', baseUrl).href);
    const { page } = watch;
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="__xss.push(99)">'),
    );
    await expect.poll(() => tripped(page)).toEqual([99]);
    await expect(expectClean(watch)).rejects.toThrow();
    await page.context().close();
  });

  it.each(datasets)('runs nothing from %s, wherever the payloads sit', async (file) => {
    const watch = await open(new URL(`index.html?data=${file}`, baseUrl).href);
    const { page } = watch;
    await page.waitForSelector('[data-event-row]');
    // The rejected payloads are listed, as text.
    const notice = page.locator('[data-load-notice]');
    expect(await notice.count()).toBe(1);
    await walk(watch, file === 'xss-text.json' ? TEXT_PAYLOADS.slice(0, 6) : ['script', 'xss']);
    const noticeText = (await notice.textContent()) ?? '';
    if (file === 'xss-markup.json') {
      // An id made of markup is shown as its own characters.
      expect(noticeText).toContain(MARKUP_PAYLOADS[0]);
      expect(noticeText).toContain('contains HTML');
    }
    if (file === 'xss-text.json') {
      // Text payloads pass the validator and are printed verbatim.
      const shown = (await page.locator('[data-event-row]').allTextContents()).join('\n');
      expect(shown).toContain(TEXT_PAYLOADS[0]);
      expect(shown).toContain(TEXT_PAYLOADS[1]);
    }
    if (file === 'xss-urls.json') expect(noticeText).toContain('is not an http(s) URL');
    await expectClean(watch);
    await page.context().close();
  });

  const PARAMS = ['q', 'event', 'country', 'actor', 'category', 'lanes', 'lang', 'from', 'to'];
  const PARAM_PAYLOADS = [
    MARKUP_PAYLOADS[1]!,
    MARKUP_PAYLOADS[12]!,
    TEXT_PAYLOADS[0]!,
    URL_PAYLOADS[0]!,
  ];

  it.each(PARAM_PAYLOADS)('runs nothing with %s in every URL parameter', async (payload) => {
    const query = new URLSearchParams({ data: 'xss-text.json' });
    for (const name of PARAMS) query.append(name, payload);
    const watch = await open(new URL(`index.html?${query}`, baseUrl).href);
    await walk(watch);
    await expectClean(watch);
    await watch.page.context().close();
  });

  it.each([
    URL_PAYLOADS[0]!,
    'data:application/json,{"events":[]}',
    'JaVaScRiPt:__xss.push(70)',
    '//evil.example/x.json',
    `x.json"><img src=x onerror=__xss.push(71)>`,
  ])('refuses ?data=%s and shows why as text', async (value) => {
    const watch = await open(
      new URL(`index.html?${new URLSearchParams({ data: value })}`, baseUrl).href,
    );
    expect(await watch.page.locator('[data-error-panel]').count()).toBe(1);
    await expectClean(watch);
    await watch.page.context().close();
  });
});

describe('under a strict Content-Security-Policy', () => {
  it('would notice a violation (the listener works)', async () => {
    const watch = await open(strict.url);
    await watch.page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
    });
    await expect.poll(() => violations(watch.page)).toEqual([expect.stringContaining('style-src')]);
    await watch.page.context().close();
  });

  // The payload walks above run without a CSP, where a slip would really execute; here
  // the point is that the app itself needs nothing the policy forbids.
  it.each(['index.html', 'index.html?data=xss-text.json'])(
    'raises no violation loading and exploring %s',
    async (path) => {
      const watch = await open(new URL(path, strict.url).href);
      const { page } = watch;
      await page.waitForSelector('[data-event-row]');
      await walk(watch, ['a']);
      // Zoom in and out through the buttons: positions are set while animating.
      for (const name of [/zoom in/i, /zoom out/i, /show everything/i]) {
        const button = page.getByRole('button', { name });
        if ((await button.count()) > 0) await button.first().click();
      }
      await page.waitForTimeout(400);
      expect(await violations(page)).toEqual([]);
      await expectClean(watch);
      await page.context().close();
    },
  );
});
