/**
 * What the canvas of marks in motion paints (see paint-canvas.ts): the shapes of the
 * chart's layouts and the theme's colours, as plain data that can be sent to a worker.
 * Redrawing hundreds of SVG marks (their attributes, style and layout) on every frame of
 * a gesture, and creating and removing them as clusters form and split, cost far more
 * than a frame on a slow phone. At rest the SVG marks come back: they are what
 * keyboards, screen readers, pointer hover and forced colours use. The picture matches
 * their styles.
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
      /** The category's symbol, as SVG path data centred on 0,0. */
      path: string;
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

/** What the page tells the painter in a worker (marks-worker.ts), in order, per canvas. */
export type PainterMessage = { id: number } & (
  | { kind: 'canvas'; canvas: OffscreenCanvas }
  /** Device pixels. */
  | { kind: 'size'; width: number; height: number }
  | { kind: 'shapes'; shapes: readonly PaintedShape[] }
  | { kind: 'palette'; palette: Palette }
  | { kind: 'paint'; view: PaintView }
  /** The canvas is gone. */
  | { kind: 'drop' }
);
