/**
 * Fitting label text to a width. Pure: the caller supplies the measurement, so the
 * same code serves a canvas in the browser and an estimate under Node.
 */
import type { TimelineItem } from '../data/items';

const ELLIPSIS = '…';

/** The longest prefix of `text` that, with an ellipsis, fits `maxWidth`; the text itself if it fits. */
export function truncateToWidth(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string {
  if (measure(text) <= maxWidth) return text;
  // Whole code points, so a surrogate pair (or a Persian letter sequence) is never split.
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/** The label drawn for an item: its title in `language` when it has one, shortened to `maxWidth`. */
export function itemLabel(
  item: TimelineItem,
  language: string,
  maxWidth: number,
  measure: (text: string) => number,
): string {
  const title = item.event.translations?.[language]?.title ?? item.event.title;
  return truncateToWidth(title, maxWidth, measure);
}
