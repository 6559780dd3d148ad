/**
 * The one writer of the chart's view. Every programmatic move (buttons, keys, eras,
 * clusters, the URL, the overview brush, a resize) goes through the viewport made here;
 * the reader's gestures (wheel, drags, touch) and animated moves are d3-zoom's, in
 * `zoom-gestures.ts`, which is fetched when the reader first reaches for the chart
 * (pointer over it, focus in it, a touch) or a move is to be animated. Until then the view
 * jumps, and a wheel, a drag or fingers that come before that code are replayed to it.
 */
import { untrack } from 'svelte';
import type { ZoomTransform } from 'd3';
import { transformFor, windowOf } from '../time/scale';
import { IDENTITY, zoomedAbout } from '../time/transform';
import type { ChartModel, Viewport } from '../state/chart.svelte';
import { holdGesture, type HeldGesture } from './held-gesture';
import type { ZoomGestures } from './zoom-gestures';
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
/** The longest the gestures wait for the canvas that paints their moves. */
const CANVAS_WAIT_MS = 1000;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A wheel turned before the gestures' code had come, to be replayed to it. */
interface HeldWheel {
  target: EventTarget;
  init: WheelEventInit;
}

/** A finger put down before the gestures' code had come: where it started and is now. */
interface HeldTouch {
  target: EventTarget;
  from: PointerEventInit;
  to: PointerEventInit;
}

const touchAt = (event: PointerEvent): PointerEventInit => ({
  bubbles: true,
  cancelable: true,
  composed: true,
  pointerId: event.pointerId,
  pointerType: 'touch',
  isPrimary: event.isPrimary,
  clientX: event.clientX,
  clientY: event.clientY,
});

/** A Svelte attachment for the element that receives gestures. */
export function zoomAttachment(chart: ChartModel) {
  // The setup reads the model without tracking it: only the nested effect below may
  // re-run, or every zoom frame would tear down and rebuild the view's writer.
  return (element: HTMLElement) => untrack(() => setup(element));

  function setup(element: HTMLElement) {
    /** The list's turn, a moment after the chart has come to rest. */
    let following: ReturnType<typeof setTimeout> | undefined;
    // The window last shown, so a resize can restore it on the rescaled base.
    let lastWindow: [number, number] = windowOf(chart.base, chart.transform);
    let gestures: ZoomGestures | null = null;
    let loading: Promise<ZoomGestures | null> | null = null;
    let detached = false;
    let heldGesture: HeldGesture | null = null;
    let heldWheel: HeldWheel | null = null;
    const heldTouches = new Map<number, HeldTouch>();

    const rest = watchForRest(SETTLE_MS, () => {
      chart.release();
      // The list follows in a task of its own, once the chart's rest has been drawn.
      const settled = lastWindow;
      following = setTimeout(() => {
        chart.settledWindow = settled;
      }, AFTER_A_FRAME_MS);
    });
    /** One frame of a gesture or an animation. */
    const moved = (transform: ZoomTransform) => {
      lastWindow = windowOf(chart.base, transform);
      clearTimeout(following);
      chart.moveTo(transform);
      rest.moved();
    };
    /** One step, not a move: laid out at once, and the slower views follow. */
    const jump = (transform: ZoomTransform) => {
      gestures?.jumped(transform);
      rest.cancel();
      clearTimeout(following);
      lastWindow = windowOf(chart.base, transform);
      chart.jumpTo(transform);
      chart.settledWindow = lastWindow;
    };

    /** The gestures' code, fetched once; null if it could not be (the view then jumps). */
    const load = (): Promise<ZoomGestures | null> => {
      chart.movesWanted.reached = true;
      return (loading ??= fetchGestures());
    };
    let failed = false;
    const fetchGestures = async (): Promise<ZoomGestures | null> => {
      // The canvas comes with them; no move may begin before it can show it (at most
      // CANVAS_WAIT_MS: a canvas that never comes must not keep the reader still).
      const canvas = new Promise<void>((resolve) => {
        void chart.movesWanted.canvasReady.then(resolve);
        setTimeout(resolve, CANVAS_WAIT_MS);
      });
      try {
        const [{ attachZoomGestures }] = await Promise.all([import('./zoom-gestures'), canvas]);
        if (detached) return null;
        failed = false;
        gestures = attachZoomGestures(element, chart, moved);
        // Their work is done: no listener of ours stays on every pointer move.
        stopListening();
        replayHeld();
        return gestures;
      } catch {
        // Offline, say: what was held is dropped, the wheel scrolls the page again, and
        // the next reach tries again.
        failed = true;
        loading = null;
        heldGesture?.drop();
        heldGesture = heldWheel = null;
        heldTouches.clear();
        return null;
      }
    };
    const replayHeld = () => {
      const gesture = heldGesture;
      const wheel = heldWheel;
      const touches = [...heldTouches.values()];
      heldGesture = heldWheel = null;
      heldTouches.clear();
      if (wheel) wheel.target.dispatchEvent(new WheelEvent('wheel', wheel.init));
      gesture?.replay(element, element);
      // Fingers still down: put down where they started, moved to where they are.
      for (const touch of touches)
        touch.target.dispatchEvent(new PointerEvent('pointerdown', touch.from));
      for (const touch of touches)
        touch.target.dispatchEvent(new PointerEvent('pointermove', touch.to));
    };

    const apply = (transform: ZoomTransform, animate: boolean) => {
      if (!animate || !chart.interactive || reducedMotion()) return jump(transform);
      void load().then((loaded) =>
        loaded ? loaded.animateTo(transform, ANIMATION_MS) : jump(transform),
      );
    };

    const viewport: Viewport = {
      zoomBy(factor) {
        const width = chart.width;
        apply(zoomedAbout(chart.transform, factor, width / 2, width, chart.scaleExtent), true);
      },
      showWindow(window, options = {}) {
        apply(transformFor(chart.base, window), options.animate ?? true);
      },
      fit() {
        apply(IDENTITY, true);
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

    // Keep the gestures' limits in step with the model; keep the time window when the
    // width changes (a resize must not move the reader). When the direction changes the
    // model keeps the window itself (a mirrored transform); the jump hands that
    // transform to the gestures, which hold the one they last set.
    let [lastWidth, lastRtl] = [chart.width, chart.rtl];
    $effect(() => {
      const [width, rtl] = [chart.width, chart.rtl];
      const scaleExtent = chart.scaleExtent;
      gestures?.limit(width, scaleExtent);
      if (width !== lastWidth || rtl !== lastRtl) {
        [lastWidth, lastRtl] = [width, rtl];
        // The model's base scale already has the new width and direction; map the old
        // window onto it.
        const window = lastWindow;
        queueMicrotask(() => jump(transformFor(chart.base, window)));
      }
    });

    chart.viewport = viewport;
    // A still picture has the viewport (programmatic moves) but listens to nothing.
    if (!chart.interactive) {
      return () => {
        detached = true;
        chart.viewport = null;
      };
    }

    // The reader reaching for the chart: fetch the gestures' code before the gesture.
    const reach = () => void load();
    // A drag or a wheel begun before it came is held, and replayed to it.
    const press = (event: MouseEvent) => {
      if (gestures || heldGesture || event.button) return;
      heldGesture = holdGesture(event);
      reach();
    };
    const wheel = (event: WheelEvent) => {
      if (gestures || !event.cancelable) return;
      if (failed) return reach();
      event.preventDefault();
      const before = heldWheel?.init;
      heldWheel = {
        target: heldWheel?.target ?? event.target ?? element,
        init: {
          bubbles: true,
          cancelable: true,
          clientX: event.clientX,
          clientY: event.clientY,
          ctrlKey: event.ctrlKey,
          deltaMode: before?.deltaMode ?? event.deltaMode,
          deltaX: (before?.deltaX ?? 0) + event.deltaX,
          deltaY: (before?.deltaY ?? 0) + event.deltaY,
        },
      };
      reach();
    };
    const fingerDown = (event: PointerEvent) => {
      if (gestures || event.pointerType !== 'touch') return;
      const at = touchAt(event);
      heldTouches.set(event.pointerId, { target: event.target ?? element, from: at, to: at });
      reach();
    };
    const fingerMoved = (event: PointerEvent) => {
      const touch = gestures ? undefined : heldTouches.get(event.pointerId);
      if (touch) touch.to = touchAt(event);
    };
    const fingerUp = (event: PointerEvent) => {
      heldTouches.delete(event.pointerId);
    };
    const intents: [string, EventListener, AddEventListenerOptions][] = [
      ['pointerenter', reach, { passive: true }],
      ['focusin', reach, { passive: true }],
      ['pointerdown', fingerDown as EventListener, { passive: true }],
      ['pointermove', fingerMoved as EventListener, { passive: true }],
      ['pointerup', fingerUp as EventListener, { passive: true }],
      ['pointercancel', fingerUp as EventListener, { passive: true }],
      ['mousedown', press as EventListener, { passive: true }],
      ['wheel', wheel as EventListener, { passive: false }],
    ];
    for (const [type, listener, options] of intents)
      element.addEventListener(type, listener, options);
    // Sooner still: the pointer (or focus, or a finger) anywhere on the timeline's page,
    // or in the custom element's shadow root, usually comes a moment before the chart.
    const page = element.getRootNode();
    const early: [string, EventListener][] = [
      ['pointerover', reach],
      ['focusin', reach],
      ['touchstart', reach],
    ];
    for (const [type, listener] of early)
      page.addEventListener(type, listener, { passive: true, once: true });
    function stopListening() {
      for (const [type, listener] of intents) element.removeEventListener(type, listener);
      for (const [type, listener] of early) page.removeEventListener(type, listener);
    }

    return () => {
      detached = true;
      chart.viewport = null;
      clearTimeout(following);
      rest.cancel();
      chart.release();
      stopListening();
      heldGesture?.drop();
      gestures?.detach();
    };
  }
}
