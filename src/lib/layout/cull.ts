/**
 * Which items touch the visible window, answered without scanning every item.
 *
 * Invariants: all times are UTC ms; an item covers [start, end) and the window is the
 * closed [t0 − margin, t1 + margin], so an item is visible when start ≤ t1 + margin and
 * end > t0 − margin. Results keep the index's start order.
 *
 * Why a tree and not only a running max of `end`: a running max finds the first item
 * that could reach the window, but one long early period keeps that max high and forces
 * a scan of every short item after it. A max-of-`end` tree over the start-sorted items
 * prunes those runs too. Query cost: O(log n) to bound by start, plus O(log n) per
 * reported item in the worst case (usually far less, as reported items are adjacent);
 * never a full scan. Building costs O(n) (O(n log n) if the input needs sorting).
 */
import { compareItems } from '../data/items';
import type { TimelineItem } from '../data/items';

export interface ItemIndex {
  readonly items: readonly TimelineItem[];
  /** Prefix maxima of `end`: runningMaxEnd[i] = max(items[0..i].end). */
  readonly runningMaxEnd: Float64Array;
  /** Implicit binary tree over the items: tree[size + i] = items[i].end, parents hold maxima. */
  readonly maxEndTree: Float64Array;
  readonly size: number;
}

function isSortedByStart(items: readonly TimelineItem[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.start > items[i]!.start) return false;
  return true;
}

/** Expects items sorted by start (as `toItems` returns them); sorts a copy otherwise. */
export function createIndex(items: readonly TimelineItem[]): ItemIndex {
  const sorted = isSortedByStart(items) ? items : [...items].sort(compareItems);
  const runningMaxEnd = new Float64Array(sorted.length);
  let size = 1;
  while (size < sorted.length) size *= 2;
  const maxEndTree = new Float64Array(2 * size).fill(-Infinity);
  let runningMax = -Infinity;
  sorted.forEach((item, i) => {
    runningMax = Math.max(runningMax, item.end);
    runningMaxEnd[i] = runningMax;
    maxEndTree[size + i] = item.end;
  });
  for (let node = size - 1; node >= 1; node--) {
    maxEndTree[node] = Math.max(maxEndTree[2 * node]!, maxEndTree[2 * node + 1]!);
  }
  return { items: sorted, runningMaxEnd, maxEndTree, size };
}

/** First index whose value satisfies `isPast`, for a predicate false…false true…true. */
function firstIndexWhere(length: number, isPast: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

export function itemsInWindow(
  index: ItemIndex,
  window: [number, number],
  marginMs = 0,
): TimelineItem[] {
  const from = window[0] - marginMs;
  const to = window[1] + marginMs;
  const { items, runningMaxEnd, maxEndTree, size } = index;
  // Items at or after `stop` start after the window; items before `begin` all end before it.
  const stop = firstIndexWhere(items.length, (i) => items[i]!.start > to);
  const begin = firstIndexWhere(stop, (i) => runningMaxEnd[i]! > from);
  const found: TimelineItem[] = [];
  if (begin >= stop) return found;
  // Depth-first, left child first, over nodes covering [low, high) that meet [begin, stop).
  const stack: number[] = [1, 0, size];
  while (stack.length > 0) {
    const high = stack.pop()!;
    const low = stack.pop()!;
    const node = stack.pop()!;
    if (high <= begin || low >= stop || maxEndTree[node]! <= from) continue;
    if (node >= size) {
      found.push(items[low]!);
      continue;
    }
    const middle = (low + high) >>> 1;
    stack.push(2 * node + 1, middle, high, 2 * node, low, middle);
  }
  return found;
}
