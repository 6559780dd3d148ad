/**
 * Who paints moving marks: a worker given the canvas where the browser allows it, else
 * the page; a worker that fails later hands the painting back (see MarksCanvas).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMarksPainter } from '../../src/lib/components/marks-painter';
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
      message: { kind: 'canvas', canvas: offscreen },
      transfer: [offscreen],
    });
    painter.dispose();
    expect(worker!.terminated).toBe(true);
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

  it('says once that the worker failed, so that the page paints on a new canvas', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lost = vi.fn();
    createMarksPainter(transferableCanvas().canvas, lost);
    const [worker] = FakeWorker.made;
    worker!.fail();
    worker!.fail();
    expect(lost).toHaveBeenCalledTimes(1);
    expect(worker!.terminated).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('is made for the page when asked, even where a worker could paint', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { canvas, transfer } = transferableCanvas();
    expect(createMarksPainter(canvas, () => {}, true).inWorker).toBe(false);
    expect(FakeWorker.made).toEqual([]);
    expect(transfer).not.toHaveBeenCalled();
  });
});
