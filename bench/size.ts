/**
 * npm run size [-- --enforce] [-- --modules]
 * Builds the app into a temp dir, opens embed.html (with its built-in dataset) in
 * headless Chromium, and weighs every script and stylesheet it loads until it has drawn
 * its first event and the network has been quiet for a moment: what a reader who only
 * looks at the embed downloads (gzip -9, data excluded). Chunks loaded only when the
 * reader acts (opens an event, picks another language, asks for embed code) are listed
 * apart, with the total of the whole build. Over the budget in bench/budget.json it
 * says by how much; with --enforce it then exits 1. With --modules it also says, from
 * source maps, which packages and modules each loaded file's weight comes from.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/static-server';
import { sourceShares } from './lib/attribute';
import { sum, weightOf } from './lib/bytes';
import { buildApp, makeWorkDir, ourPage, REPO } from './lib/site';

const enforce = process.argv.includes('--enforce');
const byModule = process.argv.includes('--modules');
/** Sources listed per file, heaviest first; the rest are summed on one line. */
const SHOWN_SOURCES = 25;
const budget = (
  JSON.parse(readFileSync(join(REPO, 'bench/budget.json'), 'utf8')) as { embedGzipBytes: number }
).embedGzipBytes;
const QUIET_MS = 500;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every JS and CSS file of the build. */
function builtCode(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:m?js|css)$/.test(entry.name)) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

/** Local script and stylesheet files the page fetched until drawn and quiet. */
async function loadedCode(dir: string, page: string): Promise<string[]> {
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loaded = new Set<string>();
    let lastRequest = Date.now();
    tab.on('request', () => (lastRequest = Date.now()));
    tab.on('response', (response) => {
      const type = response.request().resourceType();
      const url = new URL(response.url());
      if ((type === 'script' || type === 'stylesheet') && url.href.startsWith(server.url))
        loaded.add(join(dir, decodeURIComponent(url.pathname)));
    });
    await tab.goto(new URL(page, server.url).href);
    await tab.waitForSelector('[data-event-id]', { timeout: 30_000 });
    while (Date.now() - lastRequest < QUIET_MS) await tab.waitForTimeout(100);
    return [...loaded].sort();
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A loaded file's weight by source (estimated gzip bytes), when it has a map. */
function printSources(file: string) {
  if (!existsSync(`${file}.map`)) return;
  const shares = sourceShares(readFileSync(file, 'utf8'), readFileSync(`${file}.map`, 'utf8'));
  const line = (gzip: number, what: string) =>
    console.log(`      ${String(gzip).padStart(7)}  ${what}`);
  for (const share of shares.slice(0, SHOWN_SOURCES)) line(share.gzip, share.source);
  const rest = shares.slice(SHOWN_SOURCES);
  if (rest.length > 0)
    line(
      rest.reduce((total, share) => total + share.gzip, 0),
      `${rest.length} more`,
    );
}

const dir = makeWorkDir();
try {
  await buildApp(dir, { sourceMaps: byModule });
  const page = ourPage(dir);
  const files = await loadedCode(dir, page);
  const weight = sum(files.map(weightOf));
  const rest = builtCode(dir).filter((file) => !files.includes(file));
  console.log(`${page}: ${files.length} file(s) loaded until drawn and quiet`);
  for (const file of files) {
    console.log(`  ${relative(dir, file).padEnd(48)} ${String(weightOf(file).gzip).padStart(7)}`);
    if (byModule) printSources(file);
  }
  console.log(`loaded only when the reader acts, or by other pages: ${rest.length} file(s)`);
  for (const file of rest)
    console.log(`  ${relative(dir, file).padEnd(48)} ${String(weightOf(file).gzip).padStart(7)}`);
  console.log(
    `whole build: ${kb(sum(builtCode(dir).map(weightOf)).gzip)} gzip (every page, every chunk)`,
  );
  console.log(
    `JS+CSS: ${weight.raw} bytes raw, ${weight.gzip} bytes gzip (${kb(weight.gzip)}); budget ${budget} bytes (${kb(budget)})`,
  );
  const over = weight.gzip - budget;
  if (over > 0) {
    console.log(
      `over budget by ${over} bytes${enforce ? '' : ' (not enforced: run with --enforce to fail)'}`,
    );
    process.exitCode = enforce ? 1 : 0;
  } else console.log(`within budget, ${-over} bytes to spare`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
