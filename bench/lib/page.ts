/** Talking to a page that may be frozen: every wait has a wall-clock limit. */
import type { Page } from 'playwright-core';
import { COUNT_ELEMENTS } from './probe';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/** page.evaluate has no timeout; a frozen page must not stall the run. */
export async function evaluate<T>(page: Page, script: string, ms: number): Promise<T | null> {
  if (ms <= 0) return null;
  return Promise.race([page.evaluate(script) as Promise<T>, sleep(ms).then(() => null)]);
}

/**
 * Until the element count has held still for a second (five polls 250 ms apart): then
 * rendering has settled. vis-timeline, for one, first draws every item, then half a second
 * later keeps only those in view. Wall-clock capped: each poll waits for a busy page.
 */
export async function settle(page: Page, capMs: number): Promise<void> {
  const end = Date.now() + capMs;
  const counts: (number | null)[] = [];
  while (Date.now() < end) {
    counts.push(await evaluate<number>(page, COUNT_ELEMENTS, end - Date.now()));
    const last = counts.slice(-5);
    if (last.length === 5 && last[0] !== null && last.every((c) => c === last[0])) return;
    await sleep(250);
  }
}

export const debug = process.env.BENCH_DEBUG
  ? (stage: string) => console.log(`    … ${new Date().toISOString().slice(11, 19)} ${stage}`)
  : () => {};
