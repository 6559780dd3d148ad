/**
 * Turns the items that found no row into cluster marks ("+12").
 *
 * Invariants: every overflowed item ends in exactly one cluster; a cluster is drawn at
 * the mean x of its members with a footprint of one mark (2·markRadius) and never
 * overlaps anything placed before it; marks already placed are never moved. Clusters go
 * to the lowest free row, else to the extra row `maxRows`; two clusters that would
 * collide there are merged, which keeps the extra row a single row.
 * Cost: O(k log k) to sort k overflowed items, then O(maxRows · log m) per cluster.
 */
import type { TimelineItem } from '../data/items';
import type { RowOccupancy } from './intervals';

export interface Cluster {
  /** Mean x of the members' start. */
  x: number;
  row: number;
  count: number;
  /** Time span of the members, UTC ms: earliest start, latest end. */
  start: number;
  end: number;
  /** Member ids in time order. */
  ids: string[];
}

export interface Overflowed {
  item: TimelineItem;
  x: number;
}

function byXThenTime(a: Overflowed, b: Overflowed): number {
  return (
    a.x - b.x ||
    a.item.start - b.item.start ||
    (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)
  );
}

/**
 * Sorted copy (stable). The input is often in order already (time order, in ltr) or
 * nearly so: a lane's overflow in order followed by the few items that lost their try
 * at a row. So only what follows the sorted prefix is sorted, then merged into it.
 */
function sortedCopy<T>(values: readonly T[], compare: (a: T, b: T) => number): T[] {
  let prefix = 1;
  while (prefix < values.length && compare(values[prefix - 1]!, values[prefix]!) <= 0) prefix++;
  if (prefix >= values.length) return [...values];
  const rest = values.slice(prefix).sort(compare);
  const merged: T[] = new Array<T>(values.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // Ties go to the prefix, which came first: the same order a stable sort gives.
  while (i < prefix && j < rest.length)
    merged[k++] = compare(values[i]!, rest[j]!) <= 0 ? values[i++]! : rest[j++]!;
  while (i < prefix) merged[k++] = values[i++]!;
  while (j < rest.length) merged[k++] = rest[j++]!;
  return merged;
}

/** Consecutive items (by x) join a group while within `gap` pixels of the group's extent. */
export function groupByProximity(overflowed: readonly Overflowed[], gap: number): Overflowed[][] {
  const groups: Overflowed[][] = [];
  let current: Overflowed[] = [];
  let extentRight = -Infinity;
  for (const entry of sortedCopy(overflowed, byXThenTime)) {
    if (current.length > 0 && entry.x - extentRight > gap) {
      groups.push(current);
      current = [];
    }
    current.push(entry);
    extentRight = Math.max(extentRight, entry.x);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function meanX(members: readonly Overflowed[]): number {
  return members.reduce((sum, m) => sum + m.x, 0) / members.length;
}

const byTime = (a: TimelineItem, b: TimelineItem) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toCluster(members: readonly Overflowed[], x: number, row: number): Cluster {
  const items = sortedCopy(
    members.map((m) => m.item),
    byTime,
  );
  return {
    x,
    row,
    count: items.length,
    start: items.reduce((min, i) => Math.min(min, i.start), Infinity),
    end: items.reduce((max, i) => Math.max(max, i.end), -Infinity),
    ids: items.map((i) => i.id),
  };
}

/**
 * `rows` holds the maxRows regular rows plus the extra row as its last element; clusters
 * are written into them. Returns clusters in x order.
 */
export function placeClusters(
  overflowed: readonly Overflowed[],
  rows: readonly RowOccupancy[],
  { markRadius: r, gap, clusterGap }: { markRadius: number; gap: number; clusterGap: number },
): Cluster[] {
  const extraRow = rows.length - 1;
  const placed: { members: Overflowed[]; x: number; row: number }[] = [];
  for (const group of groupByProximity(overflowed, clusterGap)) {
    let members = group;
    for (;;) {
      const x = meanX(members);
      const row = rows.findIndex((occupancy) => occupancy.isFree(x - r, x + r, gap));
      if (row !== -1) {
        rows[row]!.occupy(x - r, x + r);
        placed.push({ members, x, row });
        break;
      }
      // Only clusters live in the extra row and they arrive in x order, so the blocker is
      // the rightmost one there: absorb it and try again with the merged members.
      const blockerAt = placed.findLastIndex((p) => p.row === extraRow);
      const blocker = placed[blockerAt];
      if (!blocker) {
        // Unreachable while only clusters use the extra row; kept so a frame never throws.
        rows[extraRow]!.occupy(x - r, x + r);
        placed.push({ members, x, row: extraRow });
        break;
      }
      rows[extraRow]!.release(blocker.x - r, blocker.x + r);
      placed.splice(blockerAt, 1);
      members = [...blocker.members, ...members];
    }
  }
  return placed.sort((a, b) => a.x - b.x).map((p) => toCluster(p.members, p.x, p.row));
}
