/** The machine and software a run was measured on, so figures are read in context. */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { REPO } from './site';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  versions: Record<string, string>;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

const versionOf = (pkg: string): string => {
  try {
    return (
      JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'unknown';
  }
};

export function describeMachine(chromium: string): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    versions: Object.fromEntries(
      ['@knight-lab/timelinejs', 'vis-timeline', 'svelte', 'd3', 'playwright-core', 'vite'].map(
        (p) => [p, versionOf(p)],
      ),
    ),
  };
}

/** The 1, 5 and 15 minute load averages: other work on the machine skews every figure. */
export const loadAverage = (): number[] => loadavg().map((v) => Math.round(v * 100) / 100);

/** The commit measured, and whether the working tree had changes on top (read-only git). */
export function sourceVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}
