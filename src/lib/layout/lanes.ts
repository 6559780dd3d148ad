/**
 * Groups items into the horizontal lanes of the timeline.
 *
 * Invariants: lanes follow registry order and only registry entries with items get a
 * lane; an event listing several countries (or actors) appears once in each of their
 * lanes; items with no known entry go to a final "__none__" lane; inside every lane items
 * keep the input's time order. Ids not in the registry count as none, so no item is lost.
 */
import type { TimelineItem } from '../data/items';
import type { LaneDimension } from '../data/types';

export interface Lane {
  id: string;
  label: string;
  items: TimelineItem[];
}

export interface LaneRegistries {
  countries: readonly { code: string; name: string }[];
  actors: readonly { id: string; name: string }[];
  categories: readonly { id: string; label: string }[];
}

/** 'other' labels the "__none__" lane, 'all' the single lane of dimension 'none'. */
export type LaneLabelKind = Exclude<LaneDimension, 'none'> | 'other' | 'all';

/** Returns a translated label, or undefined to keep the registry's own. */
export type LaneLabeler = (kind: LaneLabelKind, id: string) => string | undefined;

export const NO_LANE_ID = '__none__';
export const ALL_LANE_ID = '__all__';
export const DEFAULT_OTHER_LABEL = 'Other';
export const DEFAULT_ALL_LABEL = 'All events';

function registryEntries(
  dimension: Exclude<LaneDimension, 'none'>,
  registries: LaneRegistries,
): { id: string; label: string }[] {
  if (dimension === 'country')
    return registries.countries.map((c) => ({ id: c.code, label: c.name }));
  if (dimension === 'actor') return registries.actors.map((a) => ({ id: a.id, label: a.name }));
  return registries.categories.map((c) => ({ id: c.id, label: c.label }));
}

function idsOf(item: TimelineItem, dimension: Exclude<LaneDimension, 'none'>): readonly string[] {
  if (dimension === 'country') return item.event.countries;
  if (dimension === 'actor') return item.event.actors;
  return [item.event.category];
}

export function buildLanes(
  items: readonly TimelineItem[],
  dimension: LaneDimension,
  registries: LaneRegistries,
  labelOf: LaneLabeler = () => undefined,
): Lane[] {
  if (dimension === 'none') {
    return [
      {
        id: ALL_LANE_ID,
        label: labelOf('all', ALL_LANE_ID) ?? DEFAULT_ALL_LABEL,
        items: [...items],
      },
    ];
  }
  const entries = registryEntries(dimension, registries);
  const byId = new Map<string, TimelineItem[]>(entries.map((entry) => [entry.id, []]));
  const unassigned: TimelineItem[] = [];
  // One pass without allocating per item: this runs over every event (100,000 of them).
  for (const item of items) {
    let placed = false;
    if (dimension === 'category') {
      const lane = byId.get(item.event.category);
      if (lane) {
        lane.push(item);
        placed = true;
      }
    } else {
      const ids = idsOf(item, dimension);
      for (let k = 0; k < ids.length; k++) {
        const lane = byId.get(ids[k]!);
        // An id listed twice on one event puts it in its lane once.
        if (!lane || ids.indexOf(ids[k]!) !== k) continue;
        lane.push(item);
        placed = true;
      }
    }
    if (!placed) unassigned.push(item);
  }
  const lanes: Lane[] = [];
  const emitted = new Set<string>();
  for (const entry of entries) {
    const laneItems = byId.get(entry.id)!;
    // A registry listing an id twice yields one lane.
    if (laneItems.length === 0 || emitted.has(entry.id)) continue;
    emitted.add(entry.id);
    lanes.push({
      id: entry.id,
      label: labelOf(dimension, entry.id) ?? entry.label,
      items: laneItems,
    });
  }
  if (unassigned.length > 0) {
    lanes.push({
      id: NO_LANE_ID,
      label: labelOf('other', NO_LANE_ID) ?? DEFAULT_OTHER_LABEL,
      items: unassigned,
    });
  }
  return lanes;
}

/**
 * The lanes drawn for a filter: lanes of the matching items (lanes left with none
 * collapse); when fading, those same lanes with every item, the rest drawn dimmed.
 */
export function lanesShown(
  filter: { matching: readonly TimelineItem[]; fade: boolean; active: boolean },
  items: readonly TimelineItem[],
  dimension: LaneDimension,
  { registries, labelOf }: { registries: LaneRegistries; labelOf?: LaneLabeler },
): Lane[] {
  const matching = buildLanes(filter.matching, dimension, registries, labelOf);
  if (!filter.fade || !filter.active) return matching;
  const kept = new Set(matching.map((lane) => lane.id));
  return buildLanes(items, dimension, registries, labelOf).filter((lane) => kept.has(lane.id));
}
