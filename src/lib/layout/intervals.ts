/**
 * The occupied stretches of one row, in pixels.
 *
 * Invariants: intervals are kept sorted by left edge and never overlap one another, so
 * their right edges are sorted too and one binary search answers "is [left, right) free?".
 * Costs: isFree O(log m); occupy O(log m) to find the slot plus an array splice (a
 * memmove, O(m) but tiny for the few thousand marks of a lane).
 */

export interface Interval {
  left: number;
  right: number;
}

export class RowOccupancy {
  private readonly intervals: Interval[] = [];

  /** Index of the first interval whose right edge is beyond `x`. */
  private firstEndingAfter(x: number): number {
    let low = 0;
    let high = this.intervals.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.intervals[middle]!.right > x) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** True when [left, right) touches no occupied interval padded by `gap` on both sides. */
  isFree(left: number, right: number, gap = 0): boolean {
    const next = this.intervals[this.firstEndingAfter(left - gap)];
    return next === undefined || next.left >= right + gap;
  }

  /** Marks [left, right) as taken; the caller has checked that it is free. */
  occupy(left: number, right: number): void {
    const at = this.firstEndingAfter(left);
    this.intervals.splice(at, 0, { left, right });
  }

  /** Frees an interval previously occupied with exactly these edges. */
  release(left: number, right: number): void {
    const at = this.firstEndingAfter(left);
    for (let i = at; i < this.intervals.length; i++) {
      const interval = this.intervals[i]!;
      if (interval.left === left && interval.right === right) {
        this.intervals.splice(i, 1);
        return;
      }
      if (interval.left > left) return;
    }
  }

  get size(): number {
    return this.intervals.length;
  }
}
