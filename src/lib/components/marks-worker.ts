/**
 * The worker that paints marks in motion (see marks-painter.ts): it owns the canvas
 * (transferred to it), keeps the last shapes and colours the page sent, and paints the
 * latest view once per frame of its own, so the page's frames carry neither the
 * drawing nor its rasterising. Views that arrive faster than it paints are skipped.
 */
import { paintShapes, type Context2D } from './paint-canvas';
import type { PaintedShape, PainterMessage, PaintView, Palette } from './paint-marks';

let canvas: OffscreenCanvas | null = null;
let context: Context2D | null = null;
let shapes: readonly PaintedShape[] = [];
let palette: Palette | null = null;
let wanted: PaintView | null = null;
let scheduled = false;

// A worker with an OffscreenCanvas has frames of its own; setTimeout is the fallback.
const nextFrame = (task: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(task) : setTimeout(task);

function paint(): void {
  scheduled = false;
  if (!context || !palette || !wanted) return;
  paintShapes(context, shapes, wanted, palette);
  wanted = null;
}

addEventListener('message', (event: MessageEvent<PainterMessage>) => {
  const message = event.data;
  switch (message.kind) {
    case 'canvas':
      canvas = message.canvas;
      context = canvas.getContext('2d');
      break;
    case 'size':
      if (canvas) {
        canvas.width = message.width;
        canvas.height = message.height;
      }
      break;
    case 'shapes':
      shapes = message.shapes;
      break;
    case 'palette':
      palette = message.palette;
      break;
    case 'paint':
      wanted = message.view;
      if (!scheduled) {
        scheduled = true;
        nextFrame(paint);
      }
      break;
  }
});
