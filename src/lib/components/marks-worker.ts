/**
 * The worker that paints marks in motion (see marks-painter.ts), for every timeline of
 * a page: it owns their canvases (transferred to it), keeps the last shapes and colours
 * each was sent, and paints each one's latest view once per frame of its own, so the
 * page's frames carry neither the drawing nor its rasterising. Views that arrive faster
 * than it paints are skipped.
 */
import { paintShapes, type Context2D } from './paint-canvas';
import type { PaintedShape, PainterMessage, PaintView, Palette } from './paint-marks';

interface Painted {
  canvas: OffscreenCanvas;
  context: Context2D | null;
  shapes: readonly PaintedShape[];
  palette: Palette | null;
  /** The latest view asked for and not yet painted. */
  wanted: PaintView | null;
}

const canvases = new Map<number, Painted>();
let scheduled = false;

// A worker with an OffscreenCanvas has frames of its own; setTimeout is the fallback.
const nextFrame = (task: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(task) : setTimeout(task);

function paintWanted(): void {
  scheduled = false;
  for (const painted of canvases.values()) {
    const { context, palette, wanted } = painted;
    if (!context || !palette || !wanted) continue;
    paintShapes(context, painted.shapes, wanted, palette);
    painted.wanted = null;
  }
}

addEventListener('message', (event: MessageEvent<PainterMessage>) => {
  const message = event.data;
  if (message.kind === 'canvas') {
    const { canvas } = message;
    canvases.set(message.id, {
      canvas,
      context: canvas.getContext('2d'),
      shapes: [],
      palette: null,
      wanted: null,
    });
    return;
  }
  const painted = canvases.get(message.id);
  if (!painted) return;
  switch (message.kind) {
    case 'size':
      painted.canvas.width = message.width;
      painted.canvas.height = message.height;
      break;
    case 'shapes':
      painted.shapes = message.shapes;
      break;
    case 'palette':
      painted.palette = message.palette;
      break;
    case 'paint':
      painted.wanted = message.view;
      if (!scheduled) {
        scheduled = true;
        nextFrame(paintWanted);
      }
      break;
    case 'drop':
      canvases.delete(message.id);
      break;
  }
});

// The page waits for this before its first move (see marks-painter.ts).
postMessage('started');
