/**
 * The first picture: what a page's entry draws from the dataset the moment it arrives,
 * while the zoomable timeline's code is still being evaluated and mounted. Lanes and
 * marks where the timeline will put them in time, the most important mark per few
 * pixels, no labels. The timeline replaces it as soon as its own first view is drawn.
 *
 * The document has not been validated yet (that is the timeline's job, and its report
 * is what counts): anything that does not look like an event is left out of the picture,
 * and nothing here may throw on strange input.
 */
import { parseDate, endMs, startMs } from '../data/dates';
import { itemOf, type TimelineItem } from '../data/items';
import type { ColorToken, LaneDimension, TimelineEvent } from '../data/types';
import { LANE_DIMENSIONS } from '../data/types';
import { domainWithView, linearScale } from '../time/linear';
import { buildLanes, type LaneRegistries } from './lanes';

export interface PictureMark {
  id: string;
  /** Pixels from the start edge of the picture (left, or right in rtl is already applied). */
  x: number;
  /** Where a period's bar ends, when the mark is a period. */
  x2?: number;
  /** The category's position in the registry (its shape) and its colour. */
  shape: number;
  color: ColorToken;
  /** Symbol area in px², as the timeline draws the mark. */
  size: number;
}

export interface PictureLane {
  id: string;
  label: string;
  marks: PictureMark[];
}

export interface FirstPicture {
  title: string;
  description: string;
  lanes: PictureLane[];
}

export interface PictureOptions {
  width: number;
  rtl: boolean;
  language: string;
  /** A window asked for by the page (`from`, `to`), as the timeline would clamp it. */
  window?: [number, number] | null;
  lanes?: LaneDimension | null;
  /** One mark per this many pixels of a lane at most (the most important wins). */
  spacing?: number;
  /** Pixels kept clear at each end, so that a mark at the edge is whole. */
  inset?: number;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((v) => typeof v === 'string');

function translated(entry: Loose, field: string, language: string): string | undefined {
  const own = isObject(entry.translations) ? entry.translations[language] : undefined;
  return (isObject(own) ? text(own[field]) : undefined) ?? text(entry[field]);
}

/** Entries of a registry that have the two string fields the lanes need. */
function registry(value: unknown, key: string, name: string, language: string) {
  return list(value)
    .filter(isObject)
    .flatMap((entry) => {
      const id = text(entry[key]);
      const label = translated(entry, name, language);
      return id !== undefined && label !== undefined ? [{ id, label, entry }] : [];
    });
}

/**
 * Items for what looks like an event: an id (the first of its kind), a category and
 * dates that parse. Not sorted: the picture keeps the most important per stretch, in
 * any order. Only an event with odd lists or importance is copied, to mend them.
 */
function itemsOf(value: unknown): TimelineItem[] {
  const seen = new Set<string>();
  const items: TimelineItem[] = [];
  for (const raw of list(value)) {
    if (!isObject(raw) || typeof raw.id !== 'string' || typeof raw.category !== 'string') continue;
    if (raw.id === '' || seen.has(raw.id)) continue;
    const event = (Array.isArray(raw.countries) &&
    Array.isArray(raw.actors) &&
    typeof raw.importance === 'number'
      ? raw
      : {
          ...raw,
          countries: strings(raw.countries),
          actors: strings(raw.actors),
          importance: typeof raw.importance === 'number' ? raw.importance : 1,
        }) as unknown as TimelineEvent;
    const item = itemOf(event);
    if (!item) continue;
    seen.add(raw.id);
    items.push(item);
  }
  return items;
}

/** The picture of `doc` at `options.width`, or null when it does not look like a dataset. */
export function firstPicture(doc: unknown, options: PictureOptions): FirstPicture | null {
  if (!isObject(doc) || !isObject(doc.meta) || !Array.isArray(doc.events)) return null;
  const { width, rtl, language } = options;
  if (!(width > 0)) return null;
  const meta = doc.meta;
  const categories = registry(doc.categories, 'id', 'label', language);
  const registries: LaneRegistries = {
    countries: registry(doc.countries, 'code', 'name', language).map((c) => ({
      code: c.id,
      name: c.label,
    })),
    actors: registry(doc.actors, 'id', 'name', language).map((a) => ({ id: a.id, name: a.label })),
    categories,
  };
  const items = itemsOf(doc.events);
  const defaultView = isObject(meta.defaultView) ? meta.defaultView : {};
  const view = { from: text(defaultView.from), to: text(defaultView.to) };
  const domain = domainWithView(items, view);
  const from = parseDate(view.from);
  const to = parseDate(view.to);
  let window: [number, number] = [from ? startMs(from) : domain[0], to ? endMs(to) : domain[1]];
  if (options.window)
    window = [Math.max(options.window[0], domain[0]), Math.min(options.window[1], domain[1])];
  const inset = Math.min(options.inset ?? 10, width / 4);
  const range: [number, number] = rtl ? [width - inset, inset] : [inset, width - inset];
  const x = linearScale(window[1] > window[0] ? window : domain, range);
  const wanted = options.lanes ?? text(defaultView.lanes);
  const dimension: LaneDimension = (LANE_DIMENSIONS as readonly string[]).includes(wanted ?? '')
    ? (wanted as LaneDimension)
    : 'category';
  // Lanes the timeline names from its catalogue ("Other", "All events") stay unnamed
  // here in other languages: the catalogue has not arrived.
  const lanes = buildLanes(items, dimension, registries, (kind) =>
    language === 'en' || (kind !== 'other' && kind !== 'all') ? undefined : '',
  );
  const indexOf = new Map(categories.map((c, index) => [c.id, index]));
  const colorOf = new Map(
    categories.map((c) => [c.id, (text(c.entry.color) ?? 'grey') as ColorToken]),
  );
  // About a large mark's width: marks stand side by side, not on top of each other.
  const spacing = options.spacing ?? 16;
  const [t0, t1] = window;
  return {
    title: translated(meta, 'title', language) ?? '',
    description: translated(meta, 'description', language) ?? '',
    lanes: lanes.map((lane) => ({
      id: lane.id,
      label: lane.label,
      marks: thinned(lane.items, t0, t1, spacing, x, (item) => ({
        id: item.id,
        x: x(Math.max(item.start, t0)),
        ...(item.isPeriod ? { x2: x(Math.min(item.end, t1)) } : {}),
        shape: Math.max(0, indexOf.get(item.event.category) ?? 0),
        color: colorOf.get(item.event.category) ?? 'grey',
        size: item.importance >= 4 ? 170 : 100,
      })),
    })),
  };
}

/**
 * The items in [t0, t1], at least `spacing` pixels apart: the most important of each
 * stretch (the first met on a tie). Bounded by the width, not the data.
 */
function thinned(
  items: readonly TimelineItem[],
  t0: number,
  t1: number,
  spacing: number,
  x: (t: number) => number,
  place: (item: TimelineItem) => PictureMark,
): PictureMark[] {
  const best = new Map<number, { item: TimelineItem; at: number }>();
  for (const item of items) {
    if (item.end < t0 || item.start > t1) continue;
    const at = x(Math.max(item.start, t0));
    const key = Math.floor(at / spacing);
    const held = best.get(key);
    if (!held || item.importance > held.item.importance) best.set(key, { item, at });
  }
  // Neighbouring stretches can hold marks closer than `spacing`: of two such, the more
  // important stays (the first on a tie), so no mark is drawn over another.
  const kept: { item: TimelineItem; at: number }[] = [];
  for (const entry of [...best.values()].sort((a, b) => a.at - b.at)) {
    const last = kept[kept.length - 1];
    if (!last || entry.at - last.at >= spacing) kept.push(entry);
    else if (entry.item.importance > last.item.importance) kept[kept.length - 1] = entry;
  }
  return kept.map((entry) => place(entry.item));
}
