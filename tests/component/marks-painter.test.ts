/**
 * Who paints moving marks: a worker given the canvas where the browser allows it (one
 * for all of a page's timelines), else the page; a worker that fails later hands the
 * painting back (see MarksCanvas).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { createMarksPainter as CreateMarksPainter } from '../../src/lib/components/marks-painter';
import type { PainterMessage, PaintView, Palette } from '../../src/lib/components/paint-marks';

const palette = { categories: new Map(), fontFamily: 'sans-serif' } as unknown as Palette;
const view = { from: 0, to: 10 } as PaintView;

/** A Worker that records what it is sent, and can fail as a worker whose script broke. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  sent: { message: PainterMessage; transfer: Transferable[] }[] = [];
  terminated = false;
  constructor(readonly url: URL | string) {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: PainterMessage, transfer: Transferable[] = []) {
    this.sent.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  fail() {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
}

/** A canvas that can be handed over, as in browsers with OffscreenCanvas. */
function transferableCanvas() {
  const canvas = document.createElement('canvas');
  const offscreen = { offscreen: true } as unknown as OffscreenCanvas;
  const transfer = vi.fn(() => offscreen);
  Object.assign(canvas, { transferControlToOffscreen: transfer });
  return { canvas, offscreen, transfer };
}

// The worker is shared by the page: each test starts as a fresh page.
let createMarksPainter: typeof CreateMarksPainter;
beforeEach(async () => {
  vi.resetModules();
  ({ createMarksPainter } = await import('../../src/lib/components/marks-painter'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeWorker.made = [];
});

describe('createMarksPainter', () => {
  it('hands the canvas to a worker and sends it what to paint, in order', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { canvas, offscreen } = transferableCanvas();
    const painter = createMarksPainter(canvas, () => {});
    expect(painter.inWorker).toBe(true);
    painter.size(200, 100);
    painter.palette(palette);
    painter.shapes([{ kind: 'cluster', x: 1, y: 2, count: '3' }]);
    painter.paint(view);
    const [worker] = FakeWorker.made;
    expect(String(worker!.url)).toMatch(/marks-worker/);
    expect(worker!.sent.map(({ message }) => message.kind)).toEqual([
      'canvas',
      'size',
      'palette',
      'shapes',
      'paint',
    ]);
    // The canvas is transferred, not copied.
    expect(worker!.sent[0]).toEqual({
      message: { id: 1, kind: 'canvas', canvas: offscreen },
      transfer: [offscreen],
    });
    painter.dispose();
    expect(worker!.sent.at(-1)!.message).toEqual({ id: 1, kind: 'drop' });
    expect(worker!.terminated).toBe(true);
  });

  it('shares one worker between the timelines of a page, until the last is gone', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const first = createMarksPainter(transferableCanvas().canvas, () => {});
    const second = createMarksPainter(transferableCanvas().canvas, () => {});
    expect(FakeWorker.made).toHaveLength(1);
    const [worker] = FakeWorker.made;
    first.paint(view);
    second.paint(view);
    expect(worker!.sent.map(({ message }) => [message.id, message.kind])).toEqual([
      [1, 'canvas'],
      [2, 'canvas'],
      [1, 'paint'],
      [2, 'paint'],
    ]);
    first.dispose();
    expect(worker!.terminated).toBe(false);
    second.dispose();
    expect(worker!.terminated).toBe(true);
    // A timeline made later starts a new worker.
    createMarksPainter(transferableCanvas().canvas, () => {});
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('paints in the page where there are no workers, or no canvas to hand over', () => {
    const { canvas, transfer } = transferableCanvas();
    expect(createMarksPainter(canvas, () => {}).inWorker).toBe(false);
    vi.stubGlobal('Worker', FakeWorker);
    expect(createMarksPainter(document.createElement('canvas'), () => {}).inWorker).toBe(false);
    expect(transfer).not.toHaveBeenCalled();
  });

  it('paints in the page, and keeps its canvas, when the worker cannot be made', () => {
    // A script from another origin: the constructor throws.
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('cross-origin', 'SecurityError');
        }
      },
    );
    const { canvas, transfer } = transferableCanvas();
    expect(createMarksPainter(canvas, () => {}).inWorker).toBe(false);
    expect(transfer).not.toHaveBeenCalled();
  });

  it('tells every timeline once that the worker failed, and paints in the page from then on', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lost = [vi.fn(), vi.fn()];
    const painters = lost.map((onLost) => createMarksPainter(transferableCanvas().canvas, onLost));
    const [worker] = FakeWorker.made;
    worker!.fail();
    worker!.fail();
    for (const onLost of lost) expect(onLost).toHaveBeenCalledTimes(1);
    expect(worker!.terminated).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    // Nothing more goes to the dead worker; new timelines paint in the page.
    const sent = worker!.sent.length;
    painters[0]!.paint(view);
    expect(worker!.sent).toHaveLength(sent);
    expect(createMarksPainter(transferableCanvas().canvas, () => {}).inWorker).toBe(false);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('is made for the page when asked, even where a worker could paint', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { canvas, transfer } = transferableCanvas();
    expect(createMarksPainter(canvas, () => {}, true).inWorker).toBe(false);
    expect(FakeWorker.made).toEqual([]);
    expect(transfer).not.toHaveBeenCalled();
  });
});
