/**
 * The canvas picture of marks in motion: where each shape is painted for a given
 * stretch and shift, what is left out, and how states (selected, faded) look. A fake
 * context records the calls; the browser tests check the real canvas.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  shapesOf,
  type PaintedShape,
  type PaintView,
  type Palette,
} from '../../src/lib/components/paint-marks';
import { paintShapes } from '../../src/lib/components/paint-canvas';
import type { LaneLayout, PlacedMark } from '../../src/lib/layout';
import type { TimelineItem } from '../../src/lib/data/items';

type Call = [string, ...unknown[]];

// Node has no Path2D: a stand-in that keeps its path data, one per path (paintShapes caches).
vi.stubGlobal(
  'Path2D',
  class {
    constructor(readonly d: string) {}
  },
);

/** Records drawing calls, with the fill and alpha in force at each fill or text. */
function recorder() {
  const calls: Call[] = [];
  const state = { fillStyle: '', strokeStyle: '', globalAlpha: 1, lineWidth: 1, font: '' };
  const context = new Proxy(state as unknown as CanvasRenderingContext2D, {
    get(target, key: string) {
      if (key in state) return state[key as keyof typeof state];
      return (...args: unknown[]) => {
        if (key === 'fillText' || key === 'fill' || key === 'roundRect')
          calls.push([key, ...args, { fill: state.fillStyle, alpha: state.globalAlpha }]);
        else calls.push([key, ...args]);
      };
    },
    set(target, key: string, value) {
      (state as Record<string, unknown>)[key] = value;
      return true;
    },
  });
  return { context, calls };
}

const palette: Palette = {
  categories: new Map([
    ['blue', 'rgb(0, 0, 255)'],
    ['grey', 'rgb(128, 128, 128)'],
  ]),
  bg: 'white',
  fg: 'black',
  accent: 'navy',
  clusterBg: 'white',
  clusterBorder: 'grey',
  clusterFg: 'black',
  fontFamily: 'sans-serif',
};

const view = (over: Partial<PaintView> = {}): PaintView => ({
  width: 1000,
  height: 300,
  pixelRatio: 1,
  top: 0,
  rtl: false,
  ratio: 1,
  offset: 0,
  from: 0,
  to: 1000,
  markRadius: 12,
  ...over,
});

const point = (x: number, over: Partial<Extract<PaintedShape, { kind: 'mark' }>> = {}) =>
  ({
    kind: 'mark',
    x,
    y: 50,
    color: 'blue',
    path: 'circle',
    important: false,
    selected: false,
    faded: false,
    ...over,
  }) satisfies PaintedShape;

describe('paintShapes', () => {
  it('paints a point where the live view puts it: x · ratio + offset', () => {
    const { context, calls } = recorder();
    paintShapes(context, [point(100)], view({ ratio: 2, offset: 30 }), palette);
    expect(calls).toContainEqual(['translate', 230, 50]);
    expect(calls).toContainEqual(['fill', { d: 'circle' }, { fill: 'rgb(0, 0, 255)', alpha: 1 }]);
  });

  it('clears and paints only the span asked for, leaving out what cannot reach it', () => {
    const { context, calls } = recorder();
    // A label may reach 400 px from its mark: 1800 can still show, 2000 and -900 cannot.
    const shapes = [point(100), point(1800), point(2000), point(-900)];
    paintShapes(context, shapes, view({ from: 500, to: 1500 }), palette);
    expect(calls).toContainEqual(['clearRect', 500, 0, 1000, 300]);
    expect(calls).toContainEqual(['rect', 500, 0, 1000, 300]);
    // A canvas over the lanes only: chart y less its top.
    const lanes = recorder();
    paintShapes(lanes.context, [point(100)], view({ top: 120, pixelRatio: 2 }), palette);
    expect(lanes.calls[0]).toEqual(['setTransform', 2, 0, 0, 2, 0, -240]);
    expect(lanes.calls).toContainEqual(['clearRect', 0, 120, 1000, 300]);
    expect(calls.filter((call) => call[0] === 'translate').map((call) => call[1])).toEqual([
      100, 1800,
    ]);
  });

  it('draws a period as a bar once it is 10 px long, and as a point at its middle before', () => {
    const { context, calls } = recorder();
    paintShapes(context, [point(100, { x2: 160 }), point(300, { x2: 304 })], view(), palette);
    expect(calls).toContainEqual([
      'roundRect',
      100,
      46,
      60,
      8,
      4,
      { fill: 'rgb(0, 0, 255)', alpha: 1 },
    ]);
    expect(calls).toContainEqual(['translate', 302, 50]);
    // Stretched by a zoom, the short one becomes a bar too.
    const zoomed = recorder();
    paintShapes(zoomed.context, [point(300, { x2: 304 })], view({ ratio: 3 }), palette);
    expect(zoomed.calls.some((call) => call[0] === 'roundRect')).toBe(true);
  });

  it('keeps labels at their offset from the mark, with the states of the SVG marks', () => {
    const { context, calls } = recorder();
    const shapes = [
      point(100, { label: { text: 'Founded', x: 16 } }),
      point(400, { label: { text: 'Chosen', x: 16 }, selected: true }),
      point(700, { label: { text: 'Filtered out', x: -90 }, faded: true }),
    ];
    paintShapes(context, shapes, view({ ratio: 2, offset: -100 }), palette);
    const texts = calls.filter((call) => call[0] === 'fillText');
    expect(texts).toEqual([
      ['fillText', 'Founded', 116, 54, { fill: 'black', alpha: 1 }],
      ['fillText', 'Chosen', 716, 54, { fill: 'navy', alpha: 1 }],
      ['fillText', 'Filtered out', 1210, 54, { fill: 'black', alpha: 0.25 }],
    ]);
  });

  it('paints clusters as a badge with their count, over the marks', () => {
    const { context, calls } = recorder();
    paintShapes(
      context,
      [{ kind: 'cluster', x: 200, y: 80, count: '12' }, point(100)],
      view(),
      palette,
    );
    const arc = calls.findIndex((call) => call[0] === 'arc');
    const symbol = calls.findIndex((call) => call[0] === 'translate');
    expect(calls[arc]).toEqual(['arc', 200, 80, 11, 0, 2 * Math.PI]);
    expect(symbol).toBeLessThan(arc);
    expect(calls).toContainEqual(['fillText', '12', 200, 84, { fill: 'black', alpha: 1 }]);
  });
});

describe('shapesOf', () => {
  const item = (id: string) => ({ id }) as unknown as TimelineItem;
  const mark = (id: string, over: Partial<PlacedMark> = {}): PlacedMark => ({
    item: item(id),
    x: 10,
    row: 0,
    labeled: false,
    labelX: 26,
    labelWidth: 50,
    ...over,
  });

  it('places each lane’s marks and clusters on their rows, with labels only where laid out', () => {
    const layouts: LaneLayout[] = [
      {
        marks: [mark('a', { labeled: true }), mark('b', { x: 40, x2: 90, row: 1 })],
        clusters: [],
        rows: 2,
      },
      {
        marks: [],
        clusters: [{ x: 300, row: 2, count: 4, start: 0, end: 1, ids: ['c', 'd', 'e', 'f'] }],
        rows: 3,
      },
    ];
    const shapes = shapesOf(
      layouts,
      (lane, row) => lane * 100 + row * 30,
      (placed) => ({
        color: 'blue',
        path: 'circle',
        important: false,
        selected: placed.item.id === 'b',
        faded: false,
        label: `title ${placed.item.id}`,
      }),
      (count) => `${count}!`,
    );
    expect(shapes).toEqual([
      expect.objectContaining({ kind: 'mark', x: 10, y: 0, label: { text: 'title a', x: 16 } }),
      expect.objectContaining({ kind: 'mark', x: 40, x2: 90, y: 30, selected: true }),
      { kind: 'cluster', x: 300, y: 160, count: '4!' },
    ]);
    expect(shapes[1]).not.toHaveProperty('label');
  });
});
