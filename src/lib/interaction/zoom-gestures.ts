/**
 * The reader's gestures on the chart, with d3-zoom: wheel and mouse drags are its own,
 * touch (a sideways swipe pans, two fingers pinch) comes from `touch.ts` through the
 * same behaviour, and animated moves are its transitions. Loaded by `zoom.svelte.ts`
 * when the reader first reaches for the chart; until then the view only jumps.
 */
import { select, zoom, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { ChartModel } from '../state/chart.svelte';
import { attachTouchGestures } from './touch';

export interface ZoomGestures {
  /** Moves the view to `transform` over `duration` ms, reporting each frame as a move. */
  animateTo(transform: ZoomTransform, duration: number): void;
  /** The view jumped to `transform` without us: stop any animation and start from there. */
  jumped(transform: ZoomTransform): void;
  /** The chart's width or zoom limits changed. */
  limit(width: number, scaleExtent: [number, number]): void;
  detach(): void;
}

/** `moved` hears every frame of a gesture or an animation. */
export function attachZoomGestures(
  element: HTMLElement,
  chart: ChartModel,
  moved: (transform: ZoomTransform) => void,
): ZoomGestures {
  const selection = select(element);
  let syncing = false;
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    // Touch is handled by attachTouchGestures; a horizontal trackpad swipe pans below.
    .filter((event: Event) => {
      if (event.type.startsWith('touch')) return false;
      if (event instanceof WheelEvent && Math.abs(event.deltaX) > Math.abs(event.deltaY))
        return false;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (!syncing) moved(event.transform);
    });

  const limit = (width: number, scaleExtent: [number, number]) => {
    behavior
      .scaleExtent(scaleExtent)
      .extent([
        [0, 0],
        [width, 1],
      ])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ]);
  };
  const jumped = (transform: ZoomTransform) => {
    syncing = true;
    try {
      selection.interrupt().call(behavior.transform, transform);
    } finally {
      syncing = false;
    }
  };
  limit(chart.width, chart.scaleExtent);
  jumped(chart.transform);

  selection.call(behavior).on('dblclick.zoom', null);
  const detachTouch = attachTouchGestures(element, behavior, selection, chart);
  const onWheel = (event: WheelEvent) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    behavior.translateBy(selection, -event.deltaX / chart.transform.k, 0);
  };
  element.addEventListener('wheel', onWheel, { passive: false });

  return {
    animateTo(transform, duration) {
      selection.transition().duration(duration).call(behavior.transform, transform);
    },
    jumped,
    limit,
    detach() {
      detachTouch();
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null).interrupt();
    },
  };
}
