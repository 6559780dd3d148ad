import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import {
  IDENTITY,
  ViewTransform,
  keptInside,
  mirrored,
  zoomedAbout,
} from '../../src/lib/time/transform';
import { linearScale } from '../../src/lib/time/linear';

// d3-zoom's own transform and constraint are the reference: ours must be a drop-in, since
// d3-zoom takes over the view from it once the reader's first gesture has loaded it.
const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
const same = (ours: ZoomTransform, theirs: ZoomTransform) => {
  close(ours.k, theirs.k);
  close(ours.x, theirs.x);
  close(ours.y, theirs.y);
};
const k = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const offset = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const width = fc.double({ min: 1, max: 5000, noNaN: true });

describe('ViewTransform', () => {
  it('scales, translates, applies and inverts as d3-zoom’s ZoomTransform does', () => {
    fc.assert(
      fc.property(k, offset, offset, k, offset, offset, (k1, x1, y1, k2, dx, px) => {
        const ours = IDENTITY.translate(x1, y1).scale(k1);
        const theirs = zoomIdentity.translate(x1, y1).scale(k1);
        same(ours, theirs);
        same(ours.scale(k2).translate(dx, px), theirs.scale(k2).translate(dx, px));
        close(ours.applyX(px), theirs.applyX(px));
        close(ours.invertX(px), theirs.invertX(px));
        close(ours.applyY(dx), theirs.applyY(dx));
        close(ours.invertY(dx), theirs.invertY(dx));
        const [ax, ay] = ours.apply([px, dx]);
        const [bx, by] = theirs.apply([px, dx]);
        close(ax, bx);
        close(ay, by);
        expect(String(ours)).toBe(String(theirs));
      }),
    );
  });

  it('rescales our time scale to the window d3-zoom would show', () => {
    const domain: [number, number] = [-1.5e11, 1.8e12];
    for (const range of [
      [0, 800],
      [800, 0],
    ] as [number, number][]) {
      const transform = new ViewTransform(7.5, -1234, 0);
      const ours = transform.rescaleX(linearScale(domain, range)).domain();
      const theirs = zoomIdentity
        .translate(-1234, 0)
        .scale(7.5)
        .rescaleX(scaleLinear().domain(domain).range(range))
        .domain();
      close(ours[0], theirs[0]!);
      close(ours[1], theirs[1]!);
    }
  });

  it('leaves itself unchanged by a unit scale or a zero move', () => {
    const transform = new ViewTransform(2, 3, 4);
    expect(transform.scale(1)).toBe(transform);
    expect(transform.translate(0, 0)).toBe(transform);
  });
});

describe('keptInside', () => {
  const constrain = zoom().constrain();
  it('pans back exactly as d3-zoom’s default constraint does for the chart’s extents', () => {
    fc.assert(
      fc.property(k, offset, width, (k1, x, w) => {
        const ours = keptInside(new ViewTransform(k1, x, 0), w);
        const theirs = constrain(
          zoomIdentity.translate(x, 0).scale(k1),
          [
            [0, 0],
            [w, 1],
          ],
          [
            [0, -Infinity],
            [w, Infinity],
          ],
        );
        same(ours, theirs);
      }),
    );
  });

  it('never shows past either end when zoomed in', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), offset, width, (k1, x, w) => {
        const kept = keptInside(new ViewTransform(k1, x, 0), w);
        expect(kept.applyX(0)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(kept.x)));
        expect(kept.applyX(w)).toBeGreaterThanOrEqual(w - 1e-6 * Math.max(1, w * k1));
      }),
    );
  });
});

describe('zoomedAbout', () => {
  it('keeps the time under the centre there, within the zoom limits', () => {
    const start = new ViewTransform(4, -1200, 0);
    const zoomed = zoomedAbout(start, 2, 400, 800, [1, 100]);
    expect(zoomed.k).toBe(8);
    close(zoomed.invertX(400), start.invertX(400));
  });

  it('stops at the limits of the zoom', () => {
    expect(zoomedAbout(new ViewTransform(80, -1000, 0), 2, 400, 800, [1, 100]).k).toBe(100);
    const out = zoomedAbout(new ViewTransform(1.5, -100, 0), 0.25, 400, 800, [1, 100]);
    expect(out.k).toBe(1);
    // Fully zoomed out, the whole domain fills the width again.
    expect(out.x).toBe(0);
  });

  it('matches d3-zoom’s scaleBy about the same point', () => {
    const limits: [number, number] = [1, 500];
    const w = 900;
    const behaviour = zoom()
      .scaleExtent(limits)
      .extent([
        [0, 0],
        [w, 1],
      ])
      .translateExtent([
        [0, -Infinity],
        [w, Infinity],
      ]);
    const constrain = behaviour.constrain();
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 500, noNaN: true }),
        offset,
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (k1, x, factor) => {
          const start = keptInside(new ViewTransform(k1, x, 0), w);
          const k2 = Math.max(limits[0], Math.min(limits[1], start.k * factor));
          const anchor = start.invertX(w / 2);
          const theirs = constrain(
            zoomIdentity.translate(w / 2 - anchor * k2, 0).scale(k2),
            [
              [0, 0],
              [w, 1],
            ],
            [
              [0, -Infinity],
              [w, Infinity],
            ],
          );
          same(zoomedAbout(start, factor, w / 2, w, limits), theirs);
        },
      ),
    );
  });
});

describe('mirrored', () => {
  it('shows the same window once the axis is turned round', () => {
    const domain: [number, number] = [-2e11, 1.8e12];
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1e4, noNaN: true }), offset, width, (k1, x, w) => {
        const ltr = linearScale(domain, [0, w]);
        const rtl = linearScale(domain, [w, 0]);
        const transform = keptInside(new ViewTransform(k1, x, 0), w);
        const window = (scale: typeof ltr, t: ZoomTransform) =>
          [0, w].map((px) => scale.invert(t.invertX(px))).sort((a, b) => a - b);
        const [a0, a1] = window(ltr, transform);
        const [b0, b1] = window(rtl, mirrored(transform, w));
        close(a0!, b0!);
        close(a1!, b1!);
        // Inside the chart's extent as the original was, and back again when mirrored twice.
        // (to rounding of the pixel span w·k the subtraction works on)
        const near = (a: ZoomTransform, b: ZoomTransform) => {
          expect(a.k).toBe(b.k);
          expect(Math.abs(a.x - b.x)).toBeLessThanOrEqual(1e-9 * (w * a.k + Math.abs(b.x)));
        };
        near(keptInside(mirrored(transform, w), w), mirrored(transform, w));
        near(mirrored(mirrored(transform, w), w), transform);
      }),
    );
  });
});
