/** Which format a parsed JSON document is in, judged by its shape alone. */
import { isObject } from './context';

export type Format = 'ours' | 'timelinejs' | 'unknown';

/**
 * Ours has `meta` and `events` whose entries carry a string `start`; TimelineJS has
 * `events` whose entries carry a `start_date` object. An empty events list decides
 * by `meta` (ours) versus a `title` slide or `eras` (TimelineJS).
 */
export function detectFormat(value: unknown): Format {
  if (!isObject(value) || !Array.isArray(value.events)) return 'unknown';
  const events = value.events.filter(isObject);
  const ours = isObject(value.meta) && events.every((e) => typeof e.start === 'string');
  const timelinejs = !('meta' in value) && events.every((e) => isObject(e.start_date));
  if (events.length === 0 && value.events.length > 0) return 'unknown';
  if (ours) return 'ours';
  if (timelinejs && (events.length > 0 || isObject(value.title) || Array.isArray(value.eras)))
    return 'timelinejs';
  return 'unknown';
}
