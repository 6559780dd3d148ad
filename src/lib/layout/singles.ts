import type { TimelineItem } from '../data/items';
import type { Cluster } from './cluster';
import type { LaneLayout } from './pack';

/**
 * A "cluster" of one event is drawn as that event's mark, unlabelled, in the cluster's
 * place: a badge reading "1" would say less and need a zoom to reach it.
 */
export function withSinglesAsMarks(
  layout: LaneLayout,
  items: readonly TimelineItem[],
  x: (t: number) => number,
): LaneLayout {
  if (!layout.clusters.some((cluster) => cluster.count === 1)) return layout;
  const byId = new Map(items.map((item) => [item.id, item]));
  const marks = [...layout.marks];
  const clusters: Cluster[] = [];
  for (const cluster of layout.clusters) {
    const item = cluster.count === 1 ? byId.get(cluster.ids[0]!) : undefined;
    if (!item) {
      clusters.push(cluster);
      continue;
    }
    marks.push({
      item,
      x: cluster.x,
      ...(item.isPeriod ? { x2: x(item.end) } : {}),
      row: cluster.row,
      labeled: false,
      labelX: cluster.x,
      labelWidth: 0,
    });
  }
  // Marks stay in time order: it is their order in the document, for screen readers.
  marks.sort((a, b) => a.item.start - b.item.start);
  return { ...layout, marks, clusters };
}
