/**
 * One repetition: a fresh browser context opens one target on one dataset, and we take
 * time to first drawn event, code weight, heap and DOM size after render, then frame
 * intervals during the scripted interaction.
 */
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { weightOf, sum, type Weight } from './bytes';
import { interactionSchedule, runInteraction } from './interact';
import {
  AREA,
  COUNT_ELEMENTS,
  FIRST_EVENT,
  TIMELINE_WHOLE,
  START_FRAMES,
  STOP_FRAMES,
  USED_HEAP,
  LONGEST_TASK,
  areaScript,
  RESOURCE_TIMES,
  probeScript,
} from './probe';
import { frameStats, type FrameStats } from './stats';
import { debug, evaluate, settle, waitUntil } from './page';

export const VIEWPORT = { width: 1280, height: 900 };

export interface RepResult {
  drawn: boolean;
  timedOut: boolean;
  error?: string;
  /** performance.now() (from navigation start) when the first event's frame was drawn. */
  firstEventMs: number | null;
  firstEventInDomMs: number | null;
  /** Ours: when the interactive timeline's first view was whole (TIMELINE_WHOLE). */
  timelineWholeMs: number | null;
  /** When the page's own code and its data had arrived (resource timing responseEnd). */
  codeLoadedMs: number | null;
  dataLoadedMs: number | null;
  heapBytes: number | null;
  domElements: number | null;
  /** The longest main-thread task from navigation until the page settled after drawing. */
  longestTaskMs: number | null;
  frames: FrameStats | null;
  inputSent: number;
  code: Weight;
  codeFiles: string[];
  blocked: string[];
  pageErrors: string[];
}

export interface Job {
  target: 'ours' | 'timelinejs' | 'vis';
  /** Page path from the site root, with its query. */
  path: string;
  dataPath: string;
  cpuRate: number;
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function measureOnce(
  browser: Browser,
  baseUrl: string,
  root: string,
  job: Job,
): Promise<RepResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  const codeFiles = new Set<string>();
  // Only loopback answers (the browser refuses other hosts, see lib/browser.ts): every
  // other request (fonts, analytics, CDNs), from the page or its workers, fails and is noted.
  context.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') blocked.push(url.href);
  });
  const result: RepResult = {
    drawn: false,
    timedOut: false,
    firstEventMs: null,
    firstEventInDomMs: null,
    timelineWholeMs: null,
    codeLoadedMs: null,
    dataLoadedMs: null,
    heapBytes: null,
    domElements: null,
    longestTaskMs: null,
    frames: null,
    inputSent: 0,
    code: { raw: 0, gzip: 0 },
    codeFiles: [],
    blocked,
    pageErrors,
  };
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message.slice(0, 200)));
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const url = new URL(response.url());
      if (
        (type === 'script' || type === 'stylesheet') &&
        url.hostname === '127.0.0.1' &&
        response.ok()
      )
        codeFiles.add(decodeURIComponent(url.pathname));
    });
    const cdp = await context.newCDPSession(page);
    if (job.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: job.cpuRate });
    await page.addInitScript({
      content: probeScript(FIRST_EVENT[job.target]!, TIMELINE_WHOLE[job.target]),
    });
    const navigated = Date.now();
    await page.goto(new URL(job.path, baseUrl).href, {
      waitUntil: 'commit',
      timeout: job.timeoutMs,
    });
    debug('committed');
    const drawn = await waitUntil(
      cdp,
      'window.__bench && window.__bench.drawnAt !== null',
      job.timeoutMs - (Date.now() - navigated),
    );
    if (!drawn) {
      result.timedOut = true;
      debug('timed out');
      return result;
    }
    result.drawn = true;
    // After the first event, everything else together gets one more minute at most.
    const deadline = Date.now() + 60_000;
    const left = (ms: number) => Math.min(ms, deadline - Date.now());
    debug('drawn; settling');
    const probe = await evaluate<{ inDomAt: number; drawnAt: number }>(
      cdp,
      'window.__bench',
      left(10_000),
    );
    result.firstEventMs = probe?.drawnAt ?? null;
    result.firstEventInDomMs = probe?.inDomAt ?? null;
    await settle(cdp, left(6_000));
    result.timelineWholeMs =
      (await evaluate<number | null>(cdp, 'window.__bench.wholeAt', left(10_000))) ?? null;
    result.longestTaskMs = await evaluate<number>(cdp, LONGEST_TASK, left(10_000));
    debug('timings and heap');
    const times = await evaluate<{ code: number | null; data: number | null }>(
      cdp,
      RESOURCE_TIMES(job.dataPath, result.firstEventInDomMs),
      left(10_000),
    );
    result.codeLoadedMs = times?.code ?? null;
    result.dataLoadedMs = times?.data ?? null;
    await Promise.race([cdp.send('HeapProfiler.collectGarbage'), sleep(left(20_000))]);
    result.heapBytes = await evaluate<number>(cdp, USED_HEAP, left(10_000));
    result.domElements = await evaluate<number>(cdp, COUNT_ELEMENTS, left(10_000));
    debug('interaction');
    const area = await evaluate<{ x: number; y: number; width: number; height: number }>(
      cdp,
      areaScript(AREA[job.target]!),
      left(10_000),
    );
    if (area && area.width > 0) {
      await sleep(200); // let the scroll into view paint before frames count
      await evaluate(cdp, START_FRAMES, left(10_000));
      const run = await runInteraction(
        cdp,
        interactionSchedule(area, VIEWPORT.height),
        Math.max(left(15_000), 0),
      );
      result.inputSent = run.sent;
      const frames = await evaluate<number[]>(cdp, STOP_FRAMES, Math.max(left(30_000), 5_000));
      debug('done');
      result.frames = frames ? frameStats(frames) : null;
    } else result.error = `no interaction area (${AREA[job.target]})`;
    return result;
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return result;
  } finally {
    result.codeFiles = [...codeFiles].sort();
    result.code = sum(result.codeFiles.map((path) => weightOf(join(root, path))));
    debug('closing');
    await Promise.race([context.close(), sleep(15_000)]);
    debug('closed');
  }
}
