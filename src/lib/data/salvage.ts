/**
 * What a dataset with errors can still give, so that one mistake costs as little as it
 * can: a broken meta's sound title and description, and events without their references
 * to registry entries left out for their errors. Pure; `validate()` uses it and reports
 * what was given up.
 */
import type { Problem } from './problems';
import type { References } from './semantic';
import type { Meta } from './types';

export type RegistryKey = 'countries' | 'actors' | 'categories' | 'eras';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * What a meta with problems can still give: its title and description, each kept when
 * it adds no problem (by `messagesOf`) to the fallback's own, so a reader sees the
 * dataset's heading rather than "Untitled timeline" because, say, its licence is missing.
 */
export function salvageMeta(
  value: unknown,
  fallback: Meta,
  messagesOf: (meta: unknown) => string[],
): Meta {
  if (!isObject(value)) return fallback;
  const fallbackMessages = new Set(messagesOf(fallback));
  let meta = fallback;
  for (const field of ['title', 'description'] as const) {
    const candidate = { ...meta, [field]: value[field] };
    if (messagesOf(candidate).every((message) => fallbackMessages.has(message)))
      meta = candidate as Meta;
  }
  return meta;
}

/** Registry entries left out for their errors: id → index in their list. */
export type BrokenEntries = Record<RegistryKey, Map<string, number>>;
/** How many kept events lost their reference to each broken entry. */
export type LostReferences = Map<RegistryKey, Map<string, number>>;

/**
 * The event without its references to registry entries left out for their errors, so a
 * mistake in one country's entry does not take every event in that country with it;
 * what it dropped is added to `dropped`. Countries, actors and the era are optional. A
 * category is not, and an account's actor is what attributes its claim, so an event in
 * a broken category or with an account by a broken actor is still rejected. Returns the
 * event itself when it has no such reference.
 */
export function withoutBrokenRefs(
  event: unknown,
  refs: References,
  broken: BrokenEntries,
  dropped: [RegistryKey, string][],
): unknown {
  // The usual case, checked first: 100,000 events pass through here.
  if (broken.countries.size + broken.actors.size + broken.eras.size === 0) return event;
  if (!isObject(event)) return event;
  let copy: Json | null = null;
  const isBroken = (key: RegistryKey, value: unknown): value is string =>
    typeof value === 'string' && !refs[key].has(value) && broken[key].has(value);
  for (const key of ['countries', 'actors'] as const) {
    const values = event[key];
    if (!Array.isArray(values) || !values.some((value) => isBroken(key, value))) continue;
    copy ??= { ...event };
    copy[key] = values.filter((value) => {
      if (!isBroken(key, value)) return true;
      dropped.push([key, value]);
      return false;
    });
  }
  if (isBroken('eras', event.era)) {
    dropped.push(['eras', event.era]);
    copy ??= { ...event };
    delete copy.era;
  }
  return copy ?? event;
}

/** Adds a kept event's dropped references to the tally. */
export function countLost(lost: LostReferences, dropped: [RegistryKey, string][]): void {
  for (const [key, id] of dropped) {
    const counts = lost.get(key) ?? new Map<string, number>();
    counts.set(id, (counts.get(id) ?? 0) + 1);
    lost.set(key, counts);
  }
}

/** One warning per broken entry that kept events lost, on the entry, with how many. */
export function lostReferenceWarnings(lost: LostReferences, broken: BrokenEntries): Problem[] {
  return [...lost].flatMap(([key, counts]) =>
    [...counts].map(([id, count]) => ({
      severity: 'warning' as const,
      path: `${key}[${broken[key].get(id)}]`,
      id,
      message: `${count === 1 ? '1 event is' : `${count} events are`} shown without a reference to it`,
    })),
  );
}
