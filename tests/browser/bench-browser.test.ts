/**
 * The benchmark's Chromium answers only loopback: a page on 127.0.0.1 loads its own
 * files, and a request to any other host fails in the page, where the benchmark counts
 * it. And the benchmark reads the measured page without running any script of its own
 * there beyond what it asks. Checked here because nothing in a benchmark run would
 * notice if a peer quietly reached a CDN and its figures included the network, or if the
 * harness's own scripts took the page's main thread while it loaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBenchBrowser } from '../../bench/lib/browser';
import { evaluate, waitUntil } from '../../bench/lib/page';
import { serveStatic, type StaticServer } from './static-server';

let browser: Browser;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(dir, 'local.json'), '{"ok":true}');
  server = await serveStatic(dir);
  browser = await launchBenchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('loads from loopback and refuses every other host, which the page sees fail', async () => {
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.goto(new URL('page.html', server.url).href);

  const local = await page.evaluate(() => fetch('local.json').then((r) => r.json()));
  expect(local).toEqual({ ok: true });

  // A name that resolves to this very server anywhere else, so a refusal is the rule's doing.
  const byName = new URL('local.json', server.url.replace('127.0.0.1', 'localhost')).href;
  const outcome = await page.evaluate(
    (url) =>
      fetch(url, { mode: 'no-cors' }).then(
        () => 'answered',
        () => 'refused',
      ),
    byName,
  );
  expect(outcome).toBe('refused');
  expect(failed).toEqual([byName]);
  await page.close();
});

/** Every script the page's main thread compiles from now on, with its source length. */
async function watchScripts(session: CDPSession): Promise<{ url: string; length: number }[]> {
  const parsed: { url: string; length: number }[] = [];
  session.on('Debugger.scriptParsed', (script) =>
    parsed.push({ url: script.url, length: script.length ?? 0 }),
  );
  await session.send('Debugger.enable');
  return parsed;
}

it('reads the page with the expressions it asks for alone', async () => {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(new URL('page.html', server.url).href);
  const parsed = await watchScripts(await page.context().newCDPSession(page));

  expect(await waitUntil(cdp, "document.readyState === 'complete'", 5_000)).toBe(true);
  expect(await evaluate<number>(cdp, '6 * 7', 5_000)).toBe(42);
  expect(await evaluate<{ title: string }>(cdp, '({ title: document.title })', 5_000)).toEqual({
    title: 'page',
  });
  await expect(evaluate(cdp, 'no_such_name', 5_000)).rejects.toThrow(/no_such_name/);
  // Nothing but those short expressions was compiled in the page.
  expect(parsed.length).toBeGreaterThan(0);
  expect(parsed.filter((script) => script.length > 200)).toEqual([]);

  // What this guards against: Playwright's own evaluate first compiles its helper script.
  await page.evaluate('6 * 7');
  expect(parsed.filter((script) => script.length > 5_000)).not.toEqual([]);
  await page.close();
});
