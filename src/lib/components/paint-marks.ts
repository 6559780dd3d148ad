/**
 * Paints the chart's marks and clusters on a canvas while the view moves. Redrawing
 * hundreds of SVG marks (their attributes, style and layout) on every frame of a
 * gesture, and creating and removing them as clusters form and split, cost far more
 * than a frame on a slow phone; a canvas repaints the same picture in a millisecond or
 * two. At rest the SVG marks come back: they are what keyboards, screen readers,
 * pointer hover and forced colours use. The picture here matches their styles.
 */
import { markBar } from '../layout/bar';
import type { LaneLayout } from '../layout';

/** One mark or cluster, in laid-out pixels (before the live stretch and shift). */
export type PaintedShape =
  | {
      kind: 'mark';
      x: number;
      /** Periods: the laid-out x of the end. */
      x2?: number;
      y: number;
      color: string;
      shape: Path2D;
      important: boolean;
      selected: boolean;
      faded: boolean;
      /** Label text and its reading-start edge, when the layout gave it room. */
      label?: { text: string; x: number };
    }
  | { kind: 'cluster'; x: number; y: number; count: string };

export interface Palette {
  /** Resolved colour for each category colour name (blue, red…). */
  categories: Map<string, string>;
  bg: string;
  fg: string;
  accent: string;
  clusterBg: string;
  clusterBorder: string;
  clusterFg: string;
  fontFamily: string;
}

export interface PaintView {
  width: number;
  height: number;
  pixelRatio: number;
  rtl: boolean;
  /** Where a laid-out x is drawn now: x · ratio + offset (see ChartModel). */
  ratio: number;
  offset: number;
  /** The chart y at the canvas's top edge: the canvas covers the lanes only. */
  top: number;
  /** The span to repaint (px from the canvas's left edge); the rest is left as it is. */
  from: number;
  to: number;
  markRadius: number;
}

const CATEGORY_COLOURS = ['blue', 'red', 'green', 'orange', 'purple', 'teal', 'brown', 'grey'];

/**
 * The theme's colours as the browser resolves them (custom properties may hold
 * `light-dark()`), read through a probe element inside `host`.
 */
export function readPalette(host: HTMLElement): Palette {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  host.append(probe);
  // In forced colours the SVG marks use system colours (see EventMark): so does the canvas.
  const forced = typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
  const system: Record<string, string> = {
    '--tl-bg': 'Canvas',
    '--tl-fg': 'CanvasText',
    '--tl-accent': 'Highlight',
    '--tl-cluster-bg': 'Canvas',
    '--tl-cluster-border': 'CanvasText',
    '--tl-cluster-fg': 'CanvasText',
  };
  const resolve = (name: string) => {
    probe.style.color = forced ? (system[name] ?? 'CanvasText') : `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const palette: Palette = {
    categories: new Map(CATEGORY_COLOURS.map((name) => [name, resolve(`--tl-cat-${name}`)])),
    bg: resolve('--tl-bg'),
    fg: resolve('--tl-fg'),
    accent: resolve('--tl-accent'),
    clusterBg: resolve('--tl-cluster-bg'),
    clusterBorder: resolve('--tl-cluster-border'),
    clusterFg: resolve('--tl-cluster-fg'),
    fontFamily: getComputedStyle(host).fontFamily,
  };
  probe.remove();
  return palette;
}

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

/** The shapes of every lane's layout, with lane `i`'s rows starting at `rowY(i, row)`. */
export function shapesOf(
  layouts: readonly LaneLayout[],
  rowY: (lane: number, row: number) => number,
  describe: (mark: LaneLayout['marks'][number]) => Omit<
    Extract<PaintedShape, { kind: 'mark' }>,
    'kind' | 'x' | 'x2' | 'y' | 'label'
  > & {
    label: string;
  },
  count: (n: number) => string,
): PaintedShape[] {
  const shapes: PaintedShape[] = [];
  layouts.forEach((layout, lane) => {
    for (const mark of layout.marks) {
      const { label, ...look } = describe(mark);
      shapes.push({
        kind: 'mark',
        x: mark.x,
        ...(mark.x2 === undefined ? {} : { x2: mark.x2 }),
        y: rowY(lane, mark.row),
        ...look,
        ...(mark.labeled ? { label: { text: label, x: mark.labelX - mark.x } } : {}),
      });
    }
    for (const cluster of layout.clusters)
      shapes.push({
        kind: 'cluster',
        x: cluster.x,
        y: rowY(lane, cluster.row),
        count: count(cluster.count),
      });
  });
  return shapes;
}

/**
 * Clears the canvas between `view.from` and `view.to` (px) and paints there `shapes` as
 * the SVG marks would look at this view: symbols and bars, then labels, then clusters,
 * so that each pass keeps one font and few style changes.
 */
export function paintShapes(
  context: CanvasRenderingContext2D,
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
function resetTransform(context: CanvasRenderingContext2D, view: PaintView): void {
  const scale = view.pixelRatio;
  context.setTransform(scale, 0, 0, scale, 0, -view.top * scale);
}

function paintSymbol(
  context: CanvasRenderingContext2D,
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
    context.fill(mark.shape);
    context.stroke(mark.shape);
    resetTransform(context, view);
  }
}

function paintCluster(
  context: CanvasRenderingContext2D,
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
