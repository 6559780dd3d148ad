/**
 * The benchmark's Chromium answers only loopback: a page on 127.0.0.1 loads its own
 * files, and a request to any other host fails in the page, where the benchmark counts
 * it. Checked here because nothing in a benchmark run would notice if a peer quietly
 * reached a CDN and its figures included the network.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBenchBrowser } from '../../bench/lib/browser';
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
