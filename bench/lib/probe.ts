/**
 * Scripts that run inside the measured page. They are strings, not functions: tsx
 * wraps functions in helpers (`__name`) that do not exist in the page.
 */

/** Where each target draws its first event. */
export const FIRST_EVENT: Record<string, string> = {
  ours: '[data-event-id]',
  timelinejs: '.tl-timemarker',
  vis: '.vis-item',
};

/**
 * Ours only: when the interactive timeline's first view is whole (every lane drawn, the
 * first picture gone). Its first event may be the first picture's, drawn before the
 * timeline's code has run; this says when the reader can use it.
 */
export const TIMELINE_WHOLE: Partial<Record<string, string>> = {
  ours: '.marks-layer[aria-busy="false"] [data-event-id]',
};

/**
 * Installed before any page script: a MutationObserver notes when the selector first
 * matches an added node (`inDomAt`), then the frame that draws it is awaited, with a rAF
 * and a task after it (`drawnAt`). Only added nodes are checked, so the probe costs the
 * same for a page of 100 nodes as for one of 100,000. A rAF poll catches elements that
 * match by a later class change, which a childList observer does not see.
 */
export function probeScript(selector: string, wholeSelector?: string): string {
  return `(() => {
  const sel = ${JSON.stringify(selector)};
  const whole = ${JSON.stringify(wholeSelector ?? null)};
  const state = { inDomAt: null, drawnAt: null, wholeAt: null, longestTask: 0 };
  window.__bench = state;
  // Long tasks (over 50 ms) from the start: the longest is how long loading froze the page.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longestTask = Math.max(state.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const found = () => {
    if (state.inDomAt !== null) return;
    state.inDomAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { state.drawnAt = performance.now(); }, 0));
  };
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && (node.matches(sel) || node.querySelector(sel))) return found();
  });
  observer.observe(document, { childList: true, subtree: true });
  const poll = () => {
    if (state.inDomAt !== null) return;
    if (document.querySelector(sel)) found(); else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  // Checked once a frame: the time is that frame's, when the whole view is painted.
  const pollWhole = () => {
    if (document.querySelector(whole) && !document.querySelector('.first-picture'))
      state.wholeAt = performance.now();
    else requestAnimationFrame(pollWhole);
  };
  if (whole) requestAnimationFrame(pollWhole);
})();`;
}

/** The longest task seen so far (0 when none took over 50 ms). */
export const LONGEST_TASK = `window.__bench ? window.__bench.longestTask : null`;

/** Starts recording rAF timestamps (the frames' begin times) into window.__frames. */
export const START_FRAMES = `(() => {
  const frames = [];
  window.__frames = frames;
  window.__framesOn = true;
  const loop = (t) => { frames.push(t); if (window.__framesOn) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;

export const STOP_FRAMES = `(() => { window.__framesOn = false; return window.__frames; })()`;

/** Elements in the document, the DOM size a reader's browser has to lay out. */
export const COUNT_ELEMENTS = `document.getElementsByTagName('*').length`;

/** The JS heap in use; precise because the browser runs with --enable-precise-memory-info. */
export const USED_HEAP = `performance.memory ? performance.memory.usedJSHeapSize : null`;

/** The timeline area the interaction runs over, scrolled into view, in viewport pixels. */
export function areaScript(selector: string): string {
  return `(() => {
  const el = document.querySelector(${JSON.stringify(selector)});
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
})()`;
}

export const AREA: Record<string, string> = {
  ours: '.track',
  timelinejs: '.tl-timenav',
  vis: '.vis-panel.vis-center',
};

/**
 * When the page's code and its data file had arrived: resource timing's responseEnd. Code
 * is what was asked for before the first event was in the DOM (`before`, ms): a chunk or
 * worker fetched once the page is idle is not part of the way to the first event.
 */
export const RESOURCE_TIMES = (dataPath: string, before: number | null) => `(() => {
  const entries = performance.getEntriesByType('resource');
  const before = ${JSON.stringify(before ?? Number.MAX_VALUE)};
  const code = entries.filter((e) => e.startTime < before && (e.initiatorType === 'script' || e.initiatorType === 'link' || /\\.(js|css)$/.test(new URL(e.name).pathname)));
  const data = entries.find((e) => new URL(e.name).pathname === ${JSON.stringify('/' + dataPath)});
  return { code: code.length ? Math.max(...code.map((e) => e.responseEnd)) : null, data: data ? data.responseEnd : null };
})()`;
