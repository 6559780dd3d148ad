/**
 * Paints the shapes of marks in motion (paint-marks.ts) on a 2D canvas: the page's own,
 * or a worker's OffscreenCanvas (marks-worker.ts), so this module touches no DOM.
 * A canvas repaints the picture in a millisecond or two where the SVG marks would take
 * a frame.
 */
import { markBar } from '../layout/bar';
import type { PaintedShape, PaintView, Palette } from './paint-marks';

/** Either canvas's context: painting uses only what both have. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const paths = new Map<string, Path2D>();
/** One Path2D per symbol path: marks of a category share it. */
export function pathOf(d: string): Path2D {
  let path = paths.get(d);
  if (path === undefined) {
    path = new Path2D(d);
    paths.set(d, path);
  }
  return path;
}

/**
 * Clears the canvas between `view.from` and `view.to` (px) and paints there `shapes` as
 * the SVG marks would look at this view: symbols and bars, then labels, then clusters,
 * so that each pass keeps one font and few style changes.
 */
export function paintShapes(
  context: Context2D,
  shapes: readonly PaintedShape[],
  view: PaintView,
  palette: Palette,
): void {
  const { ratio, offset, from, to } = view;
  resetTransform(context, view);
  context.clearRect(from, view.top, to - from, view.height);
  context.save();
  context.beginPath();
  context.rect(from, view.top, to - from, view.height);
  context.clip();
  context.direction = view.rtl ? 'rtl' : 'ltr';
  context.lineJoin = 'round';
  // Only what can show: a label reaches at most this far from its mark.
  const reach = 400;
  const shown = shapes.filter((shape) => {
    const x = shape.x * ratio + offset;
    return x >= from - reach && x <= to + reach;
  });
  for (const shape of shown) if (shape.kind === 'mark') paintSymbol(context, shape, view, palette);
  context.font = `12px ${palette.fontFamily}`;
  context.textAlign = 'start';
  for (const shape of shown) {
    if (shape.kind !== 'mark' || !shape.label) continue;
    // No halo while moving (the SVG labels have one): stroking glyphs costs more than
    // the rest of a frame on a slow phone.
    context.globalAlpha = shape.faded ? 0.25 : 1;
    context.fillStyle = shape.selected ? palette.accent : palette.fg;
    context.fillText(shape.label.text, shape.x * ratio + offset + shape.label.x, shape.y + 4);
  }
  context.globalAlpha = 1;
  context.font = `700 11px ${palette.fontFamily}`;
  context.textAlign = 'center';
  context.lineWidth = 1.5;
  for (const shape of shown)
    if (shape.kind === 'cluster') paintCluster(context, shape, view, palette);
  context.restore();
}

/** Device pixels, with chart y (less the canvas's top) as the y axis. */
function resetTransform(context: Context2D, view: PaintView): void {
  const scale = view.pixelRatio;
  context.setTransform(scale, 0, 0, scale, 0, -view.top * scale);
}

function paintSymbol(
  context: Context2D,
  mark: Extract<PaintedShape, { kind: 'mark' }>,
  view: PaintView,
  palette: Palette,
): void {
  const x = mark.x * view.ratio + view.offset;
  context.globalAlpha = mark.faded ? 0.25 : 1;
  context.fillStyle = palette.categories.get(mark.color) ?? palette.categories.get('grey')!;
  context.strokeStyle = mark.selected ? palette.accent : mark.important ? palette.fg : palette.bg;
  context.lineWidth = mark.selected ? 3 : 1.5;
  const bar = markBar(mark.x, mark.x2, view.ratio);
  if (bar.isBar) {
    context.beginPath();
    context.roundRect(x + bar.left, mark.y - 4, bar.width, 8, 4);
    context.fill();
    context.stroke();
  } else {
    context.translate(x + bar.left + bar.width / 2, mark.y);
    const shape = pathOf(mark.path);
    context.fill(shape);
    context.stroke(shape);
    resetTransform(context, view);
  }
}

function paintCluster(
  context: Context2D,
  cluster: Extract<PaintedShape, { kind: 'cluster' }>,
  view: PaintView,
  palette: Palette,
): void {
  const x = cluster.x * view.ratio + view.offset;
  context.beginPath();
  context.arc(x, cluster.y, view.markRadius - 1, 0, 2 * Math.PI);
  context.fillStyle = palette.clusterBg;
  context.fill();
  context.strokeStyle = palette.clusterBorder;
  context.stroke();
  context.fillStyle = palette.clusterFg;
  context.fillText(cluster.count, x, cluster.y + 4);
}
