/**
 * The one writer of the chart's view. d3-zoom owns wheel, mouse drag and the zoom
 * transform; touch gestures are handled here with pointer events (so a vertical swipe
 * still scrolls the page) and fed to the same behaviour; every programmatic move
 * (buttons, keys, eras, clusters, the URL, the overview brush) goes through it too.
 */
import { untrack } from 'svelte';
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { transformFor, windowOf } from '../time/scale';
import type { ChartModel, Viewport } from '../state/chart.svelte';
import { attachTouchGestures } from './touch';
import { watchForRest } from './rest';

const ANIMATION_MS = 450;
/**
 * How long the view must rest (and then a frame bring no move: see rest.ts) before the
 * marks are laid out for it (the SVG marks come back) and the slower views follow.
 * Until then the canvas shows the motion.
 */
const SETTLE_MS = 200;
/** Enough for the browser to draw the chart at rest before the list follows. */
const AFTER_A_FRAME_MS = 20;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A Svelte attachment for the element that receives gestures. */
export function zoomAttachment(chart: ChartModel) {
  // The setup reads the model without tracking it: only the nested effect below may
  // re-run, or every zoom frame would tear down and rebuild the behaviour.
  return (element: HTMLElement) => untrack(() => setup(element));

  function setup(element: HTMLElement) {
    const selection = select(element);
    /** The list's turn, a moment after the chart has come to rest. */
    let following: ReturnType<typeof setTimeout> | undefined;
    // The window last shown, so a resize can restore it on the rescaled base.
    let lastWindow: [number, number] = windowOf(chart.base, chart.transform);
    const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
      // Touch is handled by attachTouchGestures; a horizontal trackpad swipe pans there too.
      .filter((event: Event) => {
        if (event.type.startsWith('touch')) return false;
        if (event instanceof WheelEvent && Math.abs(event.deltaX) > Math.abs(event.deltaY))
          return false;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        lastWindow = windowOf(chart.base, event.transform);
        clearTimeout(following);
        if (jumping) {
          // One step, not a move: lay out for it at once and let the slower views follow.
          rest.cancel();
          chart.jumpTo(event.transform);
          chart.settledWindow = lastWindow;
          return;
        }
        chart.moveTo(event.transform);
        rest.moved();
      });
    const rest = watchForRest(SETTLE_MS, () => {
      chart.release();
      // The list follows in a task of its own, once the chart's rest has been drawn.
      const settled = lastWindow;
      following = setTimeout(() => {
        chart.settledWindow = settled;
      }, AFTER_A_FRAME_MS);
    });

    let jumping = false;
    const apply = (transform: typeof zoomIdentity, animate: boolean) => {
      if (animate && !reducedMotion()) {
        selection.transition().duration(ANIMATION_MS).call(behavior.transform, transform);
        return;
      }
      jumping = true;
      try {
        selection.interrupt().call(behavior.transform, transform);
      } finally {
        jumping = false;
      }
    };

    const viewport: Viewport = {
      zoomBy(factor) {
        if (reducedMotion()) behavior.scaleBy(selection, factor);
        else behavior.scaleBy(selection.transition().duration(ANIMATION_MS / 2), factor);
      },
      showWindow(window, options = {}) {
        apply(transformFor(chart.base, window), options.animate ?? true);
      },
      fit() {
        apply(zoomIdentity, true);
      },
      reveal(start, end) {
        const [t0, t1] = chart.window;
        if (start >= t0 && end <= t1) return;
        const span = t1 - t0;
        const middle = Math.max(start, Math.min((start + end) / 2, end));
        const window: [number, number] =
          end - start < span * 0.9
            ? [middle - span / 2, middle + span / 2]
            : [start - span * 0.05, end + span * 0.05];
        apply(transformFor(chart.base, window), true);
      },
    };

    // Keep d3-zoom's limits in step with the model; keep the time window when the width
    // changes (a resize must not move the reader).
    let lastWidth = chart.width;
    $effect(() => {
      const width = chart.width;
      behavior
        .scaleExtent(chart.scaleExtent)
        .extent([
          [0, 0],
          [width, 1],
        ])
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ]);
      if (width !== lastWidth) {
        lastWidth = width;
        // The model's base scale already has the new width; map the old window onto it.
        const window = lastWindow;
        queueMicrotask(() => apply(transformFor(chart.base, window), false));
      }
    });

    chart.viewport = viewport;
    // A still picture keeps the behaviour (programmatic moves) but listens to nothing.
    if (!chart.interactive) {
      return () => {
        chart.viewport = null;
        selection.interrupt();
      };
    }
    selection.call(behavior).on('dblclick.zoom', null);
    const detachTouch = attachTouchGestures(element, behavior, selection, chart);
    const onWheel = (event: WheelEvent) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      behavior.translateBy(selection, -event.deltaX / chart.transform.k, 0);
    };
    element.addEventListener('wheel', onWheel, { passive: false });

    return () => {
      chart.viewport = null;
      clearTimeout(following);
      rest.cancel();
      chart.release();
      detachTouch();
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null).interrupt();
    };
  }
}
