/**
 * A problem found in a dataset, and how it reads on one line. Problems carry the
 * JSON path of the thing they are about and, inside an event, its id, so a reader
 * can find it in the file.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** JSON path of the top-level item: "meta", "actors[3]", "events[12]". */
  path: string;
  /** Index into `events`, for problems inside an event. */
  eventIndex?: number;
  /** The event's id (or registry entry's id), when it has a readable one. */
  id?: string;
  /** What is wrong, naming the field: `end "2011" is before start "2012-09-21"`. */
  message: string;
}

/** `events[12] (id "us-delisting"): end "2011" is before start "2012-09-21"` */
export function formatProblem(problem: Problem, file?: string): string {
  const where = problem.id === undefined ? problem.path : `${problem.path} (id "${problem.id}")`;
  const prefix = file === undefined ? '' : `${file}: `;
  const level = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${where}: ${level}${problem.message}`;
}

/** JSON-ish rendering of a value for a message, cut short so huge strings stay readable. */
export function quote(value: unknown, max = 60): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "sources/0/url" → "sources[0].url" */
export function fieldPath(segments: readonly string[]): string {
  let path = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}
