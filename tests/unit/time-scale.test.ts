import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear, zoomIdentity } from 'd3';
import { utcMs } from '../../src/lib/data/dates';
import {
  FALLBACK_DOMAIN,
  createBaseScale,
  linearScale,
  paddedDomain,
  transformFor,
  windowOf,
  zoomScaleExtent,
} from '../../src/lib/time/scale';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

describe('linearScale', () => {
  // d3's own linear scale is the reference: ours only leaves its other features out.
  // Equal up to rounding: the two compute in a different order.
  const close = (a: number, b: number, magnitude: number) =>
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, magnitude));
  const time = fc.double({ min: -8e15, max: 8e15, noNaN: true });
  const px = fc.double({ min: -1e5, max: 1e5, noNaN: true });

  it('maps, inverts and rescales under a zoom transform as d3 scaleLinear does', () => {
    fc.assert(
      fc.property(
        time,
        time,
        px,
        px,
        time,
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        px,
        (d0, d1, r0, r1, t, k, x) => {
          // Empty domains and ranges have a test of their own, below.
          fc.pre(Math.abs(d1 - d0) > 1 && Math.abs(r1 - r0) > 1e-3);
          const ours = linearScale([d0, d1], [r0, r1]);
          const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
          const times = Math.max(Math.abs(d0), Math.abs(d1), Math.abs(t));
          const pixels = Math.max(Math.abs(r0), Math.abs(r1), Math.abs(x));
          // Each side in its own units, scaled by how far the other side is stretched.
          close(ours(t), d3(t), pixels + (times * Math.abs(r1 - r0)) / Math.abs(d1 - d0));
          close(
            ours.invert(x),
            d3.invert(x),
            times + (pixels * Math.abs(d1 - d0)) / Math.abs(r1 - r0),
          );
          const zoom = zoomIdentity.translate(x, 0).scale(k);
          const [a0, a1] = zoom.rescaleX(ours).domain();
          const [b0, b1] = zoom.rescaleX(d3).domain();
          const zoomed =
            (times + (pixels * Math.abs(d1 - d0)) / Math.abs(r1 - r0)) / Math.min(1, k);
          close(a0, b0!, zoomed);
          close(a1, b1!, zoomed);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('maps an empty domain (or range) to the middle of the other, like d3', () => {
    const noTime = linearScale([5, 5], [0, 100]);
    expect(noTime(123)).toBe(50);
    expect(noTime.invert(30)).toBe(5);
    const noWidth = linearScale([0, 10], [40, 40]);
    expect(noWidth(3)).toBe(40);
    expect(noWidth.invert(40)).toBe(5);
  });

  it('copies, and makes new scales for a new domain or range, leaving itself unchanged', () => {
    const scale = linearScale([0, 10], [0, 100]);
    expect(scale.copy()(5)).toBe(50);
    expect(scale.domain([0, 20])(5)).toBe(25);
    expect(scale.range([0, 10])(5)).toBe(5);
    expect(scale.domain()).toEqual([0, 10]);
    expect(scale.range()).toEqual([0, 100]);
    expect(scale.domain([new Date(0), new Date(10)]).domain()).toEqual([0, 10]);
  });
});

describe('createBaseScale', () => {
  it.each([
    { rtl: false, first: 0, last: 1000 },
    { rtl: true, first: 1000, last: 0 },
  ])('puts the earliest time at x=$first when rtl=$rtl', ({ rtl, first, last }) => {
    const domain: [number, number] = [utcMs(1960), utcMs(2020)];
    const scale = createBaseScale(domain, 1000, rtl);
    expect(scale(domain[0])).toBeCloseTo(first, 9);
    expect(scale(domain[1])).toBeCloseTo(last, 9);
    expect(scale((domain[0] + domain[1]) / 2)).toBeCloseTo(500, 9);
    expect(scale.invert(first)).toBe(domain[0]);
  });
});

describe('paddedDomain', () => {
  it.each([
    {
      name: 'adds 3% of the span on each side',
      items: [
        { start: utcMs(1900), end: utcMs(1950) },
        { start: utcMs(1950), end: utcMs(2000) },
      ],
      fraction: undefined,
      expected: [
        utcMs(1900) - 0.03 * (utcMs(2000) - utcMs(1900)),
        utcMs(2000) + 0.03 * (utcMs(2000) - utcMs(1900)),
      ],
    },
    {
      name: 'uses the latest end, not the last item',
      items: [
        { start: 0, end: 1000 },
        { start: 10, end: 20 },
      ],
      fraction: 0.1,
      expected: [-100, 1100],
    },
    {
      name: 'takes no margin with fraction 0',
      items: [{ start: utcMs(-43), end: utcMs(50) }],
      fraction: 0,
      expected: [utcMs(-43), utcMs(50)],
    },
  ])('$name', ({ items, fraction, expected }) => {
    const [a, b] = paddedDomain(items, fraction);
    expect(a).toBeCloseTo(expected[0]!, 0);
    expect(b).toBeCloseTo(expected[1]!, 0);
  });

  it('falls back to the fixed year 2000 when there are no items (it never reads the clock)', () => {
    expect(paddedDomain([])).toEqual([utcMs(2000), utcMs(2001)]);
    expect(FALLBACK_DOMAIN).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]);
  });

  it('widens a zero-length span so that the scale stays invertible', () => {
    const [a, b] = paddedDomain([{ start: 5, end: 5 }], 0);
    expect(b - a).toBe(DAY);
  });
});

describe('windowOf and transformFor', () => {
  const domains: { name: string; domain: [number, number] }[] = [
    { name: 'modern', domain: paddedDomain([{ start: utcMs(1960), end: utcMs(2025) }]) },
    { name: 'antiquity', domain: [utcMs(-500), utcMs(100)] },
    { name: 'long', domain: [utcMs(-3000), utcMs(2025)] },
  ];
  const cases = domains.flatMap(({ name, domain }) => {
    const span = domain[1] - domain[0];
    const windows: [string, [number, number]][] = [
      ['whole domain', domain],
      ['middle third', [domain[0] + span / 3, domain[0] + (2 * span) / 3]],
      ['one week', [domain[0] + span / 2, domain[0] + span / 2 + WEEK]],
      ['overhanging the start', [domain[0] - span / 4, domain[0] + span / 4]],
    ];
    return [false, true].flatMap((rtl) =>
      windows.map(([label, window]) => ({ name, rtl, label, domain, window })),
    );
  });

  it.each(cases)(
    'round-trips the $label of the $name domain (rtl=$rtl)',
    ({ domain, window, rtl }) => {
      const base = createBaseScale(domain, 900, rtl);
      const transform = transformFor(base, window);
      const [t0, t1] = windowOf(base, transform);
      expect(Math.abs(t0 - window[0])).toBeLessThan(1);
      expect(Math.abs(t1 - window[1])).toBeLessThan(1);
    },
  );

  it.each([false, true])('maps the window ends onto the range ends (rtl=%s)', (rtl) => {
    const base = createBaseScale([utcMs(1900), utcMs(2000)], 600, rtl);
    const window: [number, number] = [utcMs(1950), utcMs(1960)];
    const view = transformFor(base, window).rescaleX(base);
    expect(view(window[0])).toBeCloseTo(rtl ? 600 : 0, 6);
    expect(view(window[1])).toBeCloseTo(rtl ? 0 : 600, 6);
  });

  it.each([false, true])(
    'returns the whole domain for the identity, earliest first (rtl=%s)',
    (rtl) => {
      const domain: [number, number] = [utcMs(1900), utcMs(2000)];
      const [t0, t1] = windowOf(createBaseScale(domain, 600, rtl), zoomIdentity);
      expect(t0).toBeCloseTo(domain[0], -1);
      expect(t1).toBeCloseTo(domain[1], -1);
    },
  );

  it.each([false, true])('keeps t0 < t1 after zooming and panning (rtl=%s)', (rtl) => {
    const base = createBaseScale([utcMs(1900), utcMs(2000)], 600, rtl);
    const [t0, t1] = windowOf(base, zoomIdentity.translate(-250, 0).scale(8));
    expect(t0).toBeLessThan(t1);
    expect((t1 - t0) / (utcMs(2000) - utcMs(1900))).toBeCloseTo(1 / 8, 9);
  });

  it('scales by the ratio of spans', () => {
    const base = createBaseScale([0, 1000 * DAY], 500);
    const transform = transformFor(base, [100 * DAY, 200 * DAY]);
    expect(transform.k).toBeCloseTo(10, 9);
    expect(transform.x).toBeCloseTo(-50 * 10, 6);
    expect(transform.y).toBe(0);
  });
});

describe('zoomScaleExtent', () => {
  it.each([
    {
      name: 'a 70-year domain zooms to a week',
      domain: [0, 3650 * WEEK],
      min: undefined,
      kMax: 3650,
    },
    { name: 'a custom minimum window', domain: [0, 100 * DAY], min: 10 * DAY, kMax: 10 },
    {
      name: 'a domain shorter than the minimum cannot zoom in',
      domain: [0, DAY],
      min: undefined,
      kMax: 1,
    },
    { name: 'an empty domain', domain: [5, 5], min: undefined, kMax: 1 },
  ])('$name', ({ domain, min, kMax }) => {
    const [kMin, k] = zoomScaleExtent(domain as [number, number], min);
    expect(kMin).toBe(1);
    expect(k).toBeCloseTo(kMax, 9);
  });
});
