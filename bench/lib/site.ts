/**
 * The one directory the benchmark serves: our build, the peers' pages with local copies
 * of their dist files, and every dataset in the three formats. It lives in a temp dir
 * so nothing generated or copied from node_modules ever lands in git.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Dataset } from '../../src/lib/data/types';
import { toTimelineJs, toVisTimeline } from './convert';
import { DEFAULT_SEED, generateDataset } from './generate';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modules = join(REPO, 'node_modules');

/**
 * Builds the app like tests/browser/global-setup.ts does, into `outDir`. `sourceMaps` adds
 * maps the built files do not point to: the weighed bytes stay the same.
 */
export async function buildApp(outDir: string, { sourceMaps = false } = {}): Promise<void> {
  await build({
    root: REPO,
    // Errors only: the app's compile warnings belong to its own build, not to these figures.
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: sourceMaps ? 'hidden' : false },
  });
}

/** The page we measure: the embed page once someone ships one, the full app until then. */
export function ourPage(appDir: string): 'embed.html' | 'index.html' {
  return existsSync(join(appDir, 'embed.html')) ? 'embed.html' : 'index.html';
}

export function makeWorkDir(): string {
  return mkdtempSync(join(tmpdir(), 'timeline-bench-'));
}

/** Copies what each peer page loads; source maps are left out, as a site would. */
function copyPeers(root: string): void {
  const tl = join(modules, '@knight-lab/timelinejs/dist');
  const noMaps = (path: string) => !path.endsWith('.map');
  cpSync(join(tl, 'js'), join(root, 'vendor/timelinejs/js'), { recursive: true, filter: noMaps });
  cpSync(join(tl, 'css'), join(root, 'vendor/timelinejs/css'), { recursive: true, filter: noMaps });
  const vis = join(modules, 'vis-timeline');
  mkdirSync(join(root, 'vendor/vis'), { recursive: true });
  for (const [from, to] of [
    ['standalone/umd/vis-timeline-graph2d.min.js', 'vis-timeline-graph2d.min.js'],
    ['styles/vis-timeline-graph2d.min.css', 'vis-timeline-graph2d.min.css'],
  ] as const)
    cpSync(join(vis, from), join(root, 'vendor/vis', to));
  cpSync(join(REPO, 'bench/peers'), join(root, 'peers'), { recursive: true });
}

export interface DatasetFiles {
  name: string;
  events: number;
  /** Served paths, from the root, of our format and the two peers' formats. */
  ours: string;
  timelinejs: string;
  vis: string;
  bytes: number;
}

/** "mek" is the flagship file; a number is a synthetic dataset of that many events. */
export function loadDataset(name: string, seed: number): Dataset {
  if (name === 'mek')
    return JSON.parse(readFileSync(join(REPO, 'data/mek.json'), 'utf8')) as Dataset;
  const count = Number(name);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`unknown dataset "${name}"`);
  return generateDataset(count, seed);
}

function writeDataset(root: string, name: string, seed: number): DatasetFiles {
  const dataset = loadDataset(name, seed);
  const dir = join(root, 'data');
  mkdirSync(dir, { recursive: true });
  const ours = JSON.stringify(dataset);
  writeFileSync(join(dir, `${name}.json`), ours);
  writeFileSync(join(dir, `${name}.tl.json`), JSON.stringify(toTimelineJs(dataset)));
  writeFileSync(join(dir, `${name}.vis.json`), JSON.stringify(toVisTimeline(dataset)));
  return {
    name,
    events: dataset.events.length,
    ours: `data/${name}.json`,
    timelinejs: `data/${name}.tl.json`,
    vis: `data/${name}.vis.json`,
    bytes: Buffer.byteLength(ours),
  };
}

export interface Site {
  root: string;
  appPage: string;
  datasets: DatasetFiles[];
}

/** Writes the named datasets, in our format and the peers', under `root`/data. */
export function prepareDatasetFiles(
  root: string,
  names: string[],
  seed = DEFAULT_SEED,
): DatasetFiles[] {
  return names.map((name) => writeDataset(root, name, seed));
}

/** Everything under one root: app/ (the build), peers/, vendor/, data/. */
export async function prepareSite(root: string, names: string[], seed: number): Promise<Site> {
  await buildApp(join(root, 'app'));
  copyPeers(root);
  const datasets = prepareDatasetFiles(root, names, seed);
  return { root, appPage: `app/${ourPage(join(root, 'app'))}`, datasets };
}
