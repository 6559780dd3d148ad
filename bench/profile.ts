/**
 * npm run bench:profile -- [--dataset 10000] [--phase load|gesture] [--throttle 4] [--top 30]
 * Where our page spends its time: builds without minification, loads embed.html with a
 * dataset in headless Chromium under the CPU profiler (CDP Profiler, 200 µs sampling),
 * and prints self time per function, for the load or for the benchmark's scripted
 * 3-second gesture. Profile before optimising; bench/README.md records what it found.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium';
import { serveStatic } from '../tests/browser/static-server';
import { interactionSchedule, runInteraction } from './lib/interact';
import { makeWorkDir, REPO, prepareDatasetFiles } from './lib/site';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const dataset = option('dataset', '10000');
const phase = option('phase', 'load');
const throttle = Number(option('throttle', '1'));
const top = Number(option('top', '30'));

/** Self time per function (name, file and line), largest first. */
function selfTimes(profile: Profile): { label: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() || '(native)';
    const label = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
    totals.set(label, (totals.get(label) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].map(([label, ms]) => ({ label, ms })).sort((a, b) => b.ms - a.ms);
}

const RENDERING_METRICS = [
  'TaskDuration',
  'ScriptDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
];

/** Chromium's cumulative task, script, style and layout seconds, to split "(program)". */
async function renderingMetrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<Profile> {
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const before = await renderingMetrics(cdp);
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const after = await renderingMetrics(cdp);
  console.log(
    RENDERING_METRICS.map(
      (name) =>
        `${name} ${(((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000).toFixed(0)} ms`,
    ).join(', '),
  );
  return profile;
}

const root = makeWorkDir();
const server = await serveStatic(root);
const browser = await launchChromium();
try {
  await build({
    root: REPO,
    logLevel: 'error',
    build: { outDir: join(root, 'app'), emptyOutDir: true, minify: false },
  });
  const files = prepareDatasetFiles(root, [dataset]);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const url = `${server.url}app/embed.html?data=../${files[0]!.ours}`;
  const load = () =>
    page
      .goto(url)
      .then(() => page.waitForSelector('[data-event-id]', { timeout: 120_000 }))
      .then(() => page.waitForTimeout(500));
  let profile: Profile;
  if (phase === 'load') profile = await profiled(cdp, load);
  else {
    await load();
    const box = (await page.locator('.track').first().boundingBox())!;
    const steps = interactionSchedule(box, 900);
    profile = await profiled(cdp, () => runInteraction(cdp, steps));
  }
  const times = selfTimes(profile);
  const total = times.reduce((sum, row) => sum + row.ms, 0);
  console.log(`${phase}, ${dataset} events, CPU ×${throttle}: ${total.toFixed(0)} ms sampled`);
  for (const row of times.slice(0, top))
    console.log(`${row.ms.toFixed(1).padStart(8)} ms  ${row.label}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
