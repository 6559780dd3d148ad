/**
 * Paints the chart's marks and clusters on a canvas while the view moves. Redrawing
 * hundreds of SVG marks (their attributes, style and layout) on every frame of a
 * gesture, and creating and removing them as clusters form and split, cost far more
 * than a frame on a slow phone; a canvas repaints the same picture in a millisecond or
 * two. At rest the SVG marks come back: they are what keyboards, screen readers,
 * pointer hover and forced colours use. The picture here matches their styles.
 */
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
  const resolve = (name: string) => {
    probe.style.color = `var(${name})`;
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

/** Clears the canvas and paints `shapes` as the SVG marks would look at this view. */
export function paintShapes(
  context: CanvasRenderingContext2D,
  shapes: readonly PaintedShape[],
  view: PaintView,
  palette: Palette,
): void {
  const { ratio, offset } = view;
  context.setTransform(view.pixelRatio, 0, 0, view.pixelRatio, 0, 0);
  context.clearRect(0, 0, view.width, view.height);
  context.direction = view.rtl ? 'rtl' : 'ltr';
  context.lineJoin = 'round';
  // Only what can show: a label reaches at most this far from its mark.
  const reach = 400;
  for (const shape of shapes) {
    const x = shape.x * ratio + offset;
    if (x < -reach || x > view.width + reach) continue;
    if (shape.kind === 'cluster') paintCluster(context, x, shape.y, shape.count, view, palette);
    else paintMark(context, x, shape, view, palette);
  }
  context.globalAlpha = 1;
}

function paintMark(
  context: CanvasRenderingContext2D,
  x: number,
  mark: Extract<PaintedShape, { kind: 'mark' }>,
  view: PaintView,
  palette: Palette,
): void {
  context.globalAlpha = mark.faded ? 0.25 : 1;
  const fill = palette.categories.get(mark.color) ?? palette.categories.get('grey')!;
  const stroke = mark.selected ? palette.accent : mark.important ? palette.fg : palette.bg;
  context.fillStyle = fill;
  context.strokeStyle = stroke;
  context.lineWidth = mark.selected ? 3 : 1.5;
  // As EventMark: a period at least 10 px long is a bar, else a point at its middle.
  const barLeft = mark.x2 === undefined ? 0 : Math.min(0, mark.x2 - mark.x) * view.ratio;
  const barWidth = mark.x2 === undefined ? 0 : Math.abs(mark.x2 - mark.x) * view.ratio;
  if (mark.x2 !== undefined && barWidth >= 10) {
    context.beginPath();
    context.roundRect(x + barLeft, mark.y - 4, barWidth, 8, 4);
    context.fill();
    context.stroke();
  } else {
    context.translate(x + barLeft + barWidth / 2, mark.y);
    context.fill(mark.shape);
    context.stroke(mark.shape);
    context.setTransform(view.pixelRatio, 0, 0, view.pixelRatio, 0, 0);
  }
  if (mark.label) {
    context.font = `12px ${palette.fontFamily}`;
    context.textAlign = 'start';
    context.lineWidth = 3;
    context.strokeStyle = palette.bg;
    context.strokeText(mark.label.text, x + mark.label.x, mark.y + 4);
    context.fillStyle = mark.selected ? palette.accent : palette.fg;
    context.fillText(mark.label.text, x + mark.label.x, mark.y + 4);
  }
}

function paintCluster(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  count: string,
  view: PaintView,
  palette: Palette,
): void {
  context.globalAlpha = 1;
  context.beginPath();
  context.arc(x, y, view.markRadius - 1, 0, 2 * Math.PI);
  context.fillStyle = palette.clusterBg;
  context.fill();
  context.lineWidth = 1.5;
  context.strokeStyle = palette.clusterBorder;
  context.stroke();
  context.font = `700 11px ${palette.fontFamily}`;
  context.textAlign = 'center';
  context.fillStyle = palette.clusterFg;
  context.fillText(count, x, y + 4);
}
