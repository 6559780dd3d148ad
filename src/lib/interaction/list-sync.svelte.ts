/**
 * Keeps the event list and the chart in step, both ways, without feedback loops:
 * the reader scrolling the list moves the chart's window to the rows in view; the
 * chart moving (by any means) scrolls the list to the first event in the window;
 * a new selection scrolls its row into view. Only the list's own scroller moves,
 * never the page.
 */
import { untrack } from 'svelte';
import type { TimelineState } from '../state/timeline.svelte';

/** How long after a wheel, touch, key or press in the list its scrolling counts as the reader's. */
const USER_SCROLL_MS = 1000;
/** Two windows this close (as a share of their span) are the same view. */
const SAME_WINDOW = 1e-6;

export function listSync(timeline: TimelineState) {
  return (scroller: HTMLElement) => untrack(() => setup(scroller));

  function setup(scroller: HTMLElement) {
    let expectedScrollTop: number | null = null;
    // The window the list last asked the chart for: seeing it come back is an echo, not news.
    let echo: [number, number] | null = null;
    const isEcho = ([t0, t1]: [number, number]) =>
      echo !== null && Math.abs(t0 - echo[0]) + Math.abs(t1 - echo[1]) <= (t1 - t0) * SAME_WINDOW;
    let frame = 0;

    const rows = () => scroller.querySelectorAll<HTMLElement>('[data-event-row]');
    const rowFor = (id: string) =>
      scroller.querySelector<HTMLElement>(`[data-event-row="${CSS.escape(id)}"]`);
    /** Space the sticky group heading takes at the top of the scroller. */
    const headerHeight = () => scroller.querySelector<HTMLElement>('.group')?.offsetHeight ?? 0;
    const isVisible = (row: HTMLElement) =>
      row.offsetTop >= scroller.scrollTop + headerHeight() &&
      row.offsetTop + row.offsetHeight <= scroller.scrollTop + scroller.clientHeight;
    const scrollTo = (top: number) => {
      const target = Math.max(0, Math.round(top));
      if (Math.abs(scroller.scrollTop - target) < 2) return;
      expectedScrollTop = target;
      scroller.scrollTop = target;
    };

    const followList = () => {
      frame = 0;
      const viewport = timeline.chart.viewport;
      if (!viewport) return;
      const top = scroller.scrollTop + headerHeight();
      const first = [...rows()].find((row) => row.offsetTop + row.offsetHeight > top);
      const item = first && timeline.items.find((i) => i.id === first.dataset.eventRow);
      if (!item) return;
      const [t0, t1] = timeline.chart.window;
      const span = t1 - t0;
      echo = [item.start - span * 0.1, item.start + span * 0.9];
      viewport.showWindow(echo, { animate: false });
      // The chart may clamp the window at the ends of time: remember what it really shows.
      echo = [...timeline.chart.window];
    };
    // Only the reader's own scrolling drives the chart: a resize or reflow also scrolls.
    let intentAt = -Infinity;
    const intent = () => {
      intentAt = performance.now();
    };
    const INTENT_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    for (const type of INTENT_EVENTS) scroller.addEventListener(type, intent, { passive: true });
    const onScroll = () => {
      if (performance.now() - intentAt > USER_SCROLL_MS) return;
      if (expectedScrollTop !== null && Math.abs(scroller.scrollTop - expectedScrollTop) < 2) {
        expectedScrollTop = null;
        return;
      }
      expectedScrollTop = null;
      if (!frame) frame = requestAnimationFrame(followList);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });

    // Chart → list, once the chart has come to rest: scrolling the list costs a layout.
    $effect(() => {
      const settled = timeline.chart.settledWindow;
      if (settled === null) return;
      const [t0] = settled;
      const matching = timeline.filter.matching;
      untrack(() => {
        if (isEcho(settled)) return;
        echo = null;
        // A selected event already in view in both places keeps the list where it is.
        const selected = timeline.selectedId === null ? null : rowFor(timeline.selectedId);
        if (selected && isVisible(selected)) return;
        const first = matching.find((item) => item.end > t0);
        const row = first && rowFor(first.id);
        if (row) scrollTo(row.offsetTop - headerHeight());
      });
    });

    // Selection → list: bring the selected row into the scroller's view if it is out of it.
    $effect(() => {
      const id = timeline.selectedId;
      if (id === null) return;
      untrack(() => {
        const row = rowFor(id);
        if (row && !isVisible(row)) {
          scrollTo(row.offsetTop - headerHeight());
        }
      });
    });

    return () => {
      scroller.removeEventListener('scroll', onScroll);
      for (const type of INTENT_EVENTS) scroller.removeEventListener(type, intent);
      if (frame) cancelAnimationFrame(frame);
    };
  }
}
