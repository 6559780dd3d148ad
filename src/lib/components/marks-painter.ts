/**
 * Who paints the marks in motion. A worker, where the browser lets the page hand its
 * canvas over (OffscreenCanvas): then neither the drawing nor its rasterising, which
 * the browser does when it shows the frame, takes the page's frames, and the view keeps
 * following the reader's hand on a slow phone. The picture may come a frame after the
 * axis. Otherwise, or if the worker cannot start (a page of another origin loading our
 * script, a policy that forbids workers), the page paints itself, as before.
 */
import type { paintShapes as PaintShapes } from './paint-canvas';
import type { PaintedShape, PainterMessage, PaintView, Palette } from './paint-marks';

export interface MarksPainter {
  /** True when a worker paints: every view is then painted afresh, and may show a frame later. */
  readonly inWorker: boolean;
  /** Settled once it can paint (the page's painter fetches its drawing code first). */
  readonly ready: Promise<void>;
  /** The canvas's size in device pixels. */
  size(width: number, height: number): void;
  shapes(shapes: readonly PaintedShape[]): void;
  palette(palette: Palette): void;
  paint(view: PaintView): void;
  dispose(): void;
}

/**
 * A painter for `canvas`. With a worker (one for all the page's timelines), the canvas
 * is the worker's from then on: if the worker fails later, `onLost` is called, and the
 * caller must paint on a new canvas (with `inPage`).
 */
export function createMarksPainter(
  canvas: HTMLCanvasElement,
  onLost: () => void,
  inPage = false,
): MarksPainter {
  return (!inPage && workerPainter(canvas, onLost)) || pagePainter(canvas);
}

function pagePainter(canvas: HTMLCanvasElement): MarksPainter {
  let shapes: readonly PaintedShape[] = [];
  let palette: Palette | null = null;
  // Loaded only where no worker paints (the worker has its own copy); the painter is
  // made when the reader reaches for the chart, and the gestures wait for `ready`.
  let paintShapes: typeof PaintShapes | null = null;
  const ready = import('./paint-canvas').then(
    (module) => {
      paintShapes = module.paintShapes;
    },
    () => undefined,
  );
  return {
    inWorker: false,
    ready,
    size(width, height) {
      canvas.width = width;
      canvas.height = height;
    },
    shapes(next) {
      shapes = next;
    },
    palette(next) {
      palette = next;
    },
    paint(view) {
      const context = canvas.getContext('2d');
      if (context && palette && paintShapes) paintShapes(context, shapes, view, palette);
    },
    dispose() {},
  };
}

/** The worker all of a page's timelines share (a canvas each), while any needs it. */
interface SharedWorker {
  worker: Worker;
  /** Each canvas's id, with what to call if the worker fails. */
  users: Map<number, () => void>;
  nextId: number;
  /** Settled when the worker's script has run: from then on it paints what it is sent. */
  started: Promise<void>;
}
let shared: SharedWorker | null = null;
/** Once a worker has failed on this page, timelines paint in the page. */
let workerFailed = false;

function sharedWorker(): SharedWorker | null {
  if (shared || workerFailed) return shared;
  let worker: Worker;
  try {
    // Same-origin only: loaded from another site, this throws and the page paints.
    worker = new Worker(new URL('./marks-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const started = new Promise<void>((resolve) =>
    worker.addEventListener('message', (event) => event.data === 'started' && resolve()),
  );
  const made: SharedWorker = { worker, users: new Map(), nextId: 1, started };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    workerFailed = true;
    if (shared === made) shared = null;
    if (made.users.size === 0) return;
    console.warn('timeline: the worker that paints moving marks failed; the page paints them');
    const lost = [...made.users.values()];
    made.users.clear();
    for (const onLost of lost) onLost();
  });
  shared = made;
  return made;
}

function workerPainter(canvas: HTMLCanvasElement, onLost: () => void): MarksPainter | null {
  if (typeof Worker !== 'function' || typeof canvas.transferControlToOffscreen !== 'function')
    return null;
  const host = sharedWorker();
  if (!host) return null;
  const id = host.nextId++;
  host.users.set(id, onLost);
  const offscreen = canvas.transferControlToOffscreen();
  const send = (message: PainterMessage, transfer: Transferable[] = []) => {
    if (host.users.has(id)) host.worker.postMessage(message, transfer);
  };
  send({ id, kind: 'canvas', canvas: offscreen }, [offscreen]);
  return {
    inWorker: true,
    // A worker that fails instead calls onLost, and the page's painter takes over.
    ready: host.started,
    size: (width, height) => send({ id, kind: 'size', width, height }),
    shapes: (shapes) => send({ id, kind: 'shapes', shapes }),
    palette: (palette) => send({ id, kind: 'palette', palette }),
    paint: (view) => send({ id, kind: 'paint', view }),
    dispose() {
      send({ id, kind: 'drop' });
      host.users.delete(id);
      // The last timeline gone, so is the worker (a new one comes with the next).
      if (host.users.size > 0) return;
      host.worker.terminate();
      if (shared === host) shared = null;
    },
  };
}
