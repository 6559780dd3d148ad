/**
 * The text each event can be found by. Invariants: one entry per item id;
 * entries are already normalised (see normalize.ts), so matching is plain
 * substring search; fields are joined by a space, and query terms never contain
 * one, so no term can match across two fields.
 */
import type { Dataset, TimelineEvent } from '../data/types';
import type { TimelineItem } from '../data/items';
import { normalizeText } from './normalize';

/** Event id → normalised searchable text, in English and in `language`. */
export function buildSearchIndex(
  items: readonly TimelineItem[],
  dataset: Dataset,
  language: string,
): Map<string, string> {
  const actorNames = actorNamesById(dataset, language);
  const index = new Map<string, string>();
  for (const item of items) {
    const parts = [...eventTexts(item.event, language)];
    for (const actor of item.event.actors) parts.push(...(actorNames.get(actor) ?? []));
    index.set(item.id, normalizeText(unique(parts).join(' ')));
  }
  return index;
}

/** English title/summary/body, then the same in `language` where translated. */
function eventTexts(event: TimelineEvent, language: string): string[] {
  const texts = [event.title, event.summary, ...(event.body ?? [])];
  const translation = event.translations?.[language];
  if (translation) {
    texts.push(translation.title ?? '', translation.summary ?? '', ...(translation.body ?? []));
  }
  return texts;
}

function actorNamesById(dataset: Dataset, language: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const actor of dataset.actors) {
    const translated = actor.translations?.[language]?.name;
    names.set(actor.id, translated ? [actor.name, translated] : [actor.name]);
  }
  return names;
}

// A translation that repeats the English (common for names) would only make
// the haystack longer; drop repeats and blanks.
function unique(texts: string[]): string[] {
  return [...new Set(texts.filter((text) => text.trim() !== ''))];
}
