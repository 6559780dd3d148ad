/**
 * Seeded synthetic datasets in our format: N events over 1965–2026 in 8 categories
 * (the lanes), about 10% of them periods. Same seed and size, same bytes, so runs on
 * different days measure the same input.
 */
import type { Dataset, TimelineEvent } from '../../src/lib/data/types';
import { intBetween, mulberry32, pick, weightedIndex, type Random } from './prng';

export const DEFAULT_SEED = 20260101;
const DAY = 86_400_000;
const FIRST = Date.UTC(1965, 0, 1);
const LAST = Date.UTC(2026, 11, 31);

const CATEGORIES = [
  ['politics', 'Politics', 'blue'],
  ['conflict', 'Armed conflict', 'red'],
  ['law', 'Law and courts', 'green'],
  ['diplomacy', 'Diplomacy', 'orange'],
  ['economy', 'Economy', 'purple'],
  ['society', 'Society', 'teal'],
  ['media', 'Media', 'brown'],
  ['science', 'Science', 'grey'],
] as const;
// Uneven lanes, as in real collections: some topics are much busier than others.
const CATEGORY_WEIGHTS = [22, 18, 14, 12, 11, 9, 8, 6];
const COUNTRIES = ['IR', 'IQ', 'US', 'FR', 'GB', 'AL', 'DE', 'BE'];
const ACTORS = ['government', 'parliament', 'court', 'army', 'press', 'union', 'party', 'ngo'];
const SUBJECTS = ['Parliament', 'The court', 'Ministers', 'Protesters', 'The army', 'Envoys'];
const VERBS = ['approve', 'reject', 'debate', 'announce', 'suspend', 'review', 'sign'];
const OBJECTS = ['a new budget', 'the treaty', 'an inquiry', 'sanctions', 'a ceasefire'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC day as a date string of the given precision (3 = day, 2 = month, 1 = year). */
export function formatDay(ms: number, parts: 1 | 2 | 3): string {
  const d = new Date(ms);
  const year = pad(d.getUTCFullYear(), 4);
  if (parts === 1) return year;
  const month = `${year}-${pad(d.getUTCMonth() + 1)}`;
  return parts === 2 ? month : `${month}-${pad(d.getUTCDate())}`;
}

function makeEvent(random: Random, startDay: number, index: number): TimelineEvent {
  // Mostly exact days, some months, a few years: the mix the flagship data has.
  const parts = ([3, 2, 1] as const)[weightedIndex(random, [70, 20, 10])]!;
  const start = formatDay(startDay, parts);
  const category = CATEGORIES[weightedIndex(random, CATEGORY_WEIGHTS)]![0];
  const event: TimelineEvent = {
    id: `e-${pad(index, 6)}`,
    start,
    title: `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} (${index})`,
    summary: `Synthetic event ${index} in ${category}, generated for benchmarks.`,
    category,
    countries: COUNTRIES.filter(() => random() < 0.15),
    actors: ACTORS.filter(() => random() < 0.12),
    importance: ([1, 2, 3, 4, 5] as const)[weightedIndex(random, [35, 30, 20, 10, 5])]!,
    sources: [{ title: `Source ${index}`, url: `https://example.org/s/${index}` }],
  };
  if (random() < 0.1) {
    // Periods end strictly after the start's first day, at day precision, by 2026.
    const length = intBetween(random, 1, 5 * 365);
    const truncated = Date.parse(
      `${formatDay(startDay, parts)}${parts === 1 ? '-01-01' : parts === 2 ? '-01' : ''}T00:00:00Z`,
    );
    event.end = formatDay(Math.min(truncated + length * DAY, LAST), 3);
    if (event.end <= formatDay(truncated, 3)) delete event.end;
  }
  return event;
}

/** A dataset of `count` events; same (count, seed), same dataset. */
export function generateDataset(count: number, seed = DEFAULT_SEED): Dataset {
  const random = mulberry32(seed ^ count);
  const days = Array.from(
    { length: count },
    () => FIRST + intBetween(random, 0, (LAST - FIRST) / DAY) * DAY,
  );
  // Authored files are usually in date order; ids follow that order.
  days.sort((a, b) => a - b);
  return {
    meta: {
      title: `Synthetic timeline, ${count} events`,
      description: `Seeded synthetic data (seed ${seed}) for benchmarking; not real events.`,
      language: 'en',
      license: 'CC0-1.0',
      updated: '2026-01-01',
      defaultView: { from: '1965', to: '2026', lanes: 'category' },
    },
    countries: COUNTRIES.map((code) => ({ code, name: `Country ${code}` })),
    actors: ACTORS.map((id) => ({ id, name: `The ${id}`, kind: 'organization' as const })),
    categories: CATEGORIES.map(([id, label, color]) => ({ id, label, color })),
    eras: [
      { id: 'early', title: 'Early years', start: '1965', end: '1978' },
      { id: 'middle', title: 'Middle years', start: '1979', end: '2002' },
      { id: 'late', title: 'Late years', start: '2003', end: '2026' },
    ],
    events: days.map((day, i) => makeEvent(random, day, i + 1)),
  };
}
