/**
 * The chart's zoom transform without d3: x ↦ k·x + x₀ (and y likewise). It has the
 * shape and methods of d3-zoom's `ZoomTransform`, so d3-zoom takes one as its state
 * once the reader's first gesture has loaded it, while the first view (drawn, jumped to
 * a window, resized) never loads d3-zoom, d3-transition and what they pull in.
 */
import type { ZoomScale, ZoomTransform } from 'd3';

export type { ZoomTransform };

/** A copy of `scale` whose domain is what its range shows once `invert` undoes the zoom. */
function rescaled<S extends ZoomScale>(scale: S, invert: (at: number) => number): S {
  const [r0, r1] = scale.range();
  return scale
    .copy()
    .domain([Number(scale.invert(invert(r0!))), Number(scale.invert(invert(r1!)))]) as S;
}

export class ViewTransform implements ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}
  /** Scaled by `k` about the origin. */
  scale(k: number): ViewTransform {
    return k === 1 ? this : new ViewTransform(this.k * k, this.x, this.y);
  }
  /** Moved by (x, y) in untransformed units. */
  translate(x: number, y: number): ViewTransform {
    return x === 0 && y === 0
      ? this
      : new ViewTransform(this.k, this.x + this.k * x, this.y + this.k * y);
  }
  apply(point: [number, number]): [number, number] {
    return [this.applyX(point[0]), this.applyY(point[1])];
  }
  applyX(x: number): number {
    return x * this.k + this.x;
  }
  applyY(y: number): number {
    return y * this.k + this.y;
  }
  invert(point: [number, number]): [number, number] {
    return [this.invertX(point[0]), this.invertY(point[1])];
  }
  invertX(x: number): number {
    return (x - this.x) / this.k;
  }
  invertY(y: number): number {
    return (y - this.y) / this.k;
  }
  /** `scale` with the domain that now fills its range. */
  rescaleX<S extends ZoomScale>(scale: S): S {
    return rescaled(scale, (x) => this.invertX(x));
  }
  rescaleY<S extends ZoomScale>(scale: S): S {
    return rescaled(scale, (y) => this.invertY(y));
  }
  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

/** No zoom, no pan: the whole domain across the width. */
export const IDENTITY = new ViewTransform(1, 0, 0);

/**
 * The transform that shows the same stretch of the content once the axis is turned round
 * (content at x drawn at width − x): a transform is in pixels, so turning the axis alone
 * would mirror the window, showing 1966–1978 where 2012–2024 was.
 */
export function mirrored(transform: ZoomTransform, width: number): ViewTransform {
  return new ViewTransform(transform.k, width * (1 - transform.k) - transform.x, transform.y);
}

/**
 * `transform` zoomed by `factor` about the screen point `centre`, with k kept inside
 * `scaleExtent` and the view kept inside [0, width]: what d3-zoom's `scaleBy` does with
 * the chart's limits (its extent [0, width], its translate extent [0, width]).
 */
export function zoomedAbout(
  transform: ZoomTransform,
  factor: number,
  centre: number,
  width: number,
  scaleExtent: readonly [number, number],
): ViewTransform {
  const k = Math.max(scaleExtent[0], Math.min(scaleExtent[1], transform.k * factor));
  const anchor = transform.invertX(centre);
  return keptInside(new ViewTransform(k, centre - anchor * k, transform.y), width);
}

/**
 * Panned back so that no empty space shows past either end of [0, width]; when the view
 * is wider than the content (k < 1) it is centred. The rule of d3-zoom's default
 * constraint for this chart's extents.
 */
export function keptInside(transform: ViewTransform, width: number): ViewTransform {
  const over0 = transform.invertX(0);
  const over1 = transform.invertX(width) - width;
  const dx = over1 > over0 ? (over0 + over1) / 2 : Math.min(0, over0) || Math.max(0, over1);
  return dx === 0
    ? transform
    : new ViewTransform(transform.k, transform.x + transform.k * dx, transform.y);
}
