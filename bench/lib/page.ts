/**
 * Talking to a page that may be frozen: every wait has a wall-clock limit.
 *
 * Reads go straight through the DevTools protocol (`Runtime.evaluate`), never through
 * Playwright's `page.evaluate` or `waitForFunction`: those first evaluate Playwright's
 * own helper scripts in the page, 10–18 ms of main-thread work that landed in the middle
 * of the page's loading and that no reader's browser does.
 */
import type { CDPSession } from 'playwright-core';
import { COUNT_ELEMENTS } from './probe';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The value of a script expression in the page, or null past `ms`. A thrown error rejects. */
export async function evaluate<T>(cdp: CDPSession, script: string, ms: number): Promise<T | null> {
  if (ms <= 0) return null;
  const reply = cdp
    .send('Runtime.evaluate', { expression: script, returnByValue: true })
    .then(({ result, exceptionDetails }) => {
      if (exceptionDetails)
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return (result.value ?? null) as T | null;
    });
  return Promise.race([reply, sleep(ms).then(() => null)]);
}

/** Until a script expression is truthy (asked every `everyMs`): false past `ms`. */
export async function waitUntil(
  cdp: CDPSession,
  script: string,
  ms: number,
  everyMs = 100,
): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // A page between documents has no context to evaluate in: ask again.
    if (await evaluate<boolean>(cdp, `!!(${script})`, end - Date.now()).catch(() => false))
      return true;
    await sleep(Math.min(everyMs, end - Date.now()));
  }
  return false;
}

/**
 * Until the element count has held still for a second (five polls 250 ms apart): then
 * rendering has settled. vis-timeline, for one, first draws every item, then half a second
 * later keeps only those in view. Wall-clock capped: each poll waits for a busy page.
 */
export async function settle(cdp: CDPSession, capMs: number): Promise<void> {
  const end = Date.now() + capMs;
  const counts: (number | null)[] = [];
  while (Date.now() < end) {
    counts.push(await evaluate<number>(cdp, COUNT_ELEMENTS, end - Date.now()));
    const last = counts.slice(-5);
    if (last.length === 5 && last[0] !== null && last.every((c) => c === last[0])) return;
    await sleep(250);
  }
}

export const debug = process.env.BENCH_DEBUG
  ? (stage: string) => console.log(`    … ${new Date().toISOString().slice(11, 19)} ${stage}`)
  : () => {};
