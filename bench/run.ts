/**
 * npm run bench [-- --reps N --datasets mek,1000 --targets ours,vis --speeds 1,4 --keep]
 * npm run bench:smoke
 * Builds the app, serves it with the peers and the datasets on 127.0.0.1, measures every
 * target × dataset × CPU speed, and writes latest.md, latest.json and scaling.svg.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../tests/browser/static-server';
import { parseArgs, type TargetId } from './lib/args';
import { launchBenchBrowser } from './lib/browser';
import { renderSvg } from './lib/chart';
import { describeMachine, loadAverage, sourceVersion } from './lib/machine';
import { measureOnce, type RepResult } from './lib/measure';
import { renderMarkdown } from './lib/report';
import { summarize, TARGET_NAMES, type Cell, type Results } from './lib/results';
import { makeWorkDir, prepareSite, REPO } from './lib/site';

const options = parseArgs(process.argv.slice(2));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[${elapsed()}] ${line}`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const closeQuietly = (browser: Browser) =>
  Promise.race([browser.close().catch(() => {}), sleep(15_000)]);

const loadAtStart = loadAverage();
if (loadAtStart[0]! > cpus().length / 2)
  log(
    `warning: load average ${loadAtStart.join(', ')} on ${cpus().length} cores; other work will skew the figures`,
  );
const root = makeWorkDir();
log(`building the app and writing ${options.datasets.join(', ')} into ${root}`);
const site = await prepareSite(root, options.datasets, options.seed);
const server = await serveStatic(root);
log(`serving on ${server.url}; our page is ${site.appPage}`);

const cells: Cell[] = [];
const code: Results['code'] = {};
const blocked: Results['blocked'] = {};
let chromiumVersion = 'unknown';
// Where a target first timed out at each speed: larger datasets at that speed are skipped.
const gaveUp = new Map<string, string>();

type Files = (typeof site.datasets)[number];
const pagePath = (target: TargetId, files: Files) =>
  target === 'ours'
    ? `${site.appPage}?data=/${files.ours}`
    : `peers/${target}.html?data=/${files[target]}`;

/** One repetition in its own Chromium: a page that froze or ate memory cannot slow the next. */
async function repetition(target: TargetId, files: Files, cpuRate: number): Promise<RepResult> {
  const browser = await launchBenchBrowser();
  chromiumVersion = browser.version();
  try {
    return await measureOnce(browser, server.url, root, {
      target,
      path: pagePath(target, files),
      dataPath: files[target],
      cpuRate,
      timeoutMs: options.timeoutMs,
    });
  } finally {
    await closeQuietly(browser);
  }
}

function describe(result: RepResult): string {
  if (result.timedOut) return `no event within ${options.timeoutMs / 1000} s`;
  if (!result.drawn) return `failed: ${result.error}`;
  const p95 = result.frames?.p95Ms?.toFixed(1) ?? '—';
  const errors = result.pageErrors.length ? ` (page errors: ${result.pageErrors[0]})` : '';
  return `first event ${result.firstEventMs?.toFixed(0)} ms, p95 frame ${p95} ms, ${result.domElements} elements${errors}`;
}

function record(target: TargetId, files: Files, cpuRate: number, reps: RepResult[]): void {
  const { status, median } = summarize(reps);
  const first = reps.find((r) => r.codeFiles.length > 0);
  if (first && !code[target]) code[target] = { ...first.code, files: first.codeFiles };
  const hosts = new Set(blocked[target]?.hosts ?? []);
  for (const r of reps) for (const url of r.blocked) hosts.add(new URL(url).host);
  blocked[target] = {
    count: (blocked[target]?.count ?? 0) + reps.reduce((n, r) => n + r.blocked.length, 0),
    hosts: [...hosts].sort(),
  };
  const kept = reps.map(({ codeFiles: _f, code: _c, ...rest }) => rest);
  cells.push({ target, dataset: files.name, cpuRate, status, median, reps: kept });
  if (status === 'timeout') {
    const note = `${TARGET_NAMES[target]} timed out on ${files.name} at ${cpuRate}×`;
    gaveUp.set(`${target}@${cpuRate}`, note);
    gaveUp.set(`${target}@1:${files.name}`, note);
  }
}

// The run's first page load pays for what later ones find warm (the server's code paths,
// files not yet in the disk cache), and ours goes first in every cell: one unmeasured load
// per target, so that cost lands on no target's figures.
for (const target of options.targets) {
  const files = site.datasets[0]!;
  log(
    `${target} · ${files.name} · warm-up, not counted: ${describe(await repetition(target, files, 1))}`,
  );
}

for (const files of site.datasets)
  for (const cpuRate of options.speeds) {
    const active = options.targets.filter((target) => {
      const why =
        gaveUp.get(`${target}@${cpuRate}`) ??
        (cpuRate !== 1 ? gaveUp.get(`${target}@1:${files.name}`) : undefined);
      if (!why) return true;
      cells.push({
        target,
        dataset: files.name,
        cpuRate,
        status: 'skipped',
        note: why,
        median: null,
        reps: [],
      });
      log(`${target} · ${files.name} · ${cpuRate}×: skipped (${why})`);
      return false;
    });
    // Repetitions take turns between targets, so a burst of other load on the machine
    // spreads over all of them instead of landing on one target's three runs.
    const reps = new Map<TargetId, RepResult[]>(active.map((t) => [t, []]));
    for (let rep = 1; rep <= options.reps; rep++)
      for (const target of active) {
        const done = reps.get(target)!;
        if (done.length > 0 && !done[0]!.drawn) continue; // it failed once; it will again
        const result = await repetition(target, files, cpuRate);
        done.push(result);
        log(
          `${target} · ${files.name} · ${cpuRate}× · rep ${rep}/${options.reps}: ${describe(result)}`,
        );
      }
    for (const target of active) record(target, files, cpuRate, reps.get(target)!);
  }

await server.close();
if (options.keep) log(`kept the served files in ${root}`);
else rmSync(root, { recursive: true, force: true });

const results: Results = {
  date: new Date().toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  machine: describeMachine(chromiumVersion),
  load: { start: loadAtStart, end: loadAverage() },
  source: sourceVersion(),
  options: {
    reps: options.reps,
    seed: options.seed,
    timeoutMs: options.timeoutMs,
    smoke: options.smoke,
  },
  ourPage: site.appPage.replace(/^app\//, ''),
  datasets: site.datasets.map(({ name, events, bytes }) => ({ name, events, bytes })),
  code,
  blocked,
  cells,
};
const out = resolve(REPO, options.out);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, 'latest.md'), renderMarkdown(results, options.targets));
writeFileSync(join(out, 'scaling.svg'), renderSvg(results, options.targets));
log(`wrote ${join(options.out, 'latest.md')}, latest.json and scaling.svg`);

// Our page must draw the small datasets at normal speed; peers (and big sizes) may time out.
const broken = cells.filter(
  (c) =>
    c.target === 'ours' &&
    c.cpuRate === 1 &&
    ['mek', '1000'].includes(c.dataset) &&
    c.status !== 'ok',
);
if (broken.length) {
  console.error(
    `our page failed to draw: ${broken.map((c) => `${c.dataset} (${c.status})`).join(', ')}`,
  );
  process.exit(1);
}
// A hung renderer can keep handles open; the results are written, so leave now.
process.exit(0);
