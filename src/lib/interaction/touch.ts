/**
 * Touch gestures for the chart, with pointer events: one finger swiping sideways pans,
 * two fingers pinch to zoom about their midpoint. The track sets `touch-action: pan-y`,
 * so a vertical swipe is left to the browser and scrolls the page: the reader is never
 * trapped. Every change goes through the d3-zoom behaviour, the view's one writer.
 */
import type { Selection, ZoomBehavior, ZoomTransform } from 'd3';
import { zoomIdentity } from 'd3';
import type { ChartModel } from '../state/chart.svelte';

interface Touch {
  x: number;
}

export function attachTouchGestures(
  element: HTMLElement,
  behavior: ZoomBehavior<HTMLElement, unknown>,
  selection: Selection<HTMLElement, unknown, null, undefined>,
  chart: ChartModel,
): () => void {
  const touches = new Map<number, Touch>();
  let pinch: { distance: number; center: number; transform: ZoomTransform } | null = null;

  const localX = (event: PointerEvent) => event.clientX - element.getBoundingClientRect().left;
  const startPinch = () => {
    const [a, b] = [...touches.values()];
    if (!a || !b) return;
    pinch = {
      distance: Math.abs(a.x - b.x) || 1,
      center: (a.x + b.x) / 2,
      transform: chart.transform,
    };
  };

  const down = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return;
    touches.set(event.pointerId, { x: localX(event) });
    try {
      element.setPointerCapture?.(event.pointerId);
    } catch {
      // A finger replayed after it was lifted (zoom.svelte.ts): nothing to capture.
    }
    if (touches.size === 2) startPinch();
  };

  const move = (event: PointerEvent) => {
    const touch = touches.get(event.pointerId);
    if (!touch) return;
    const x = localX(event);
    if (touches.size === 1) {
      behavior.translateBy(selection, (x - touch.x) / chart.transform.k, 0);
      touch.x = x;
      return;
    }
    touch.x = x;
    if (!pinch) return;
    const [a, b] = [...touches.values()];
    if (!a || !b) return;
    const [kMin, kMax] = chart.scaleExtent;
    const k = Math.min(
      kMax,
      Math.max(kMin, pinch.transform.k * (Math.abs(a.x - b.x) / pinch.distance)),
    );
    // Keep the time that was under the pinch's centre there, and follow the centre's drift.
    const anchor = pinch.transform.invertX(pinch.center);
    const center = (a.x + b.x) / 2;
    behavior.transform(selection, zoomIdentity.translate(center - anchor * k, 0).scale(k));
  };

  const up = (event: PointerEvent) => {
    if (!touches.delete(event.pointerId)) return;
    pinch = null;
    if (touches.size === 2) startPinch();
  };

  element.addEventListener('pointerdown', down);
  element.addEventListener('pointermove', move);
  element.addEventListener('pointerup', up);
  element.addEventListener('pointercancel', up);
  return () => {
    element.removeEventListener('pointerdown', down);
    element.removeEventListener('pointermove', move);
    element.removeEventListener('pointerup', up);
    element.removeEventListener('pointercancel', up);
  };
}
