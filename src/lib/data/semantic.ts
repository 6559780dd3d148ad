/**
 * What the schema cannot say: real calendar dates, ends after starts, references
 * that resolve, links that are really http(s), and text without HTML. Every check
 * guards its own types, so it is safe on input the schema already rejected.
 */
import { dateProblem, endMs, parseDate, startMs, type CalendarDate } from './dates';
import { quote } from './problems';

/** Ids an event may refer to; built from the registries that passed their checks. */
export interface References {
  countries: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  eras: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

// A tag-like run: "<b", "</p", "<!--", "<?xml". Plain "1 < 2" stays allowed.
const HTML_PATTERN = /<\s*[a-zA-Z!/?]/;

/** Whether text looks like it carries markup, which the timeline never renders. */
export function containsHtml(text: string): boolean {
  // Most text has no "<" at all, and finding none is cheaper than running the pattern.
  return text.includes('<') && HTML_PATTERN.test(text);
}

/**
 * Addresses every URL parser accepts as http(s): an http(s) scheme, then a host of
 * letters, digits and hyphens whose last label starts with a letter (so it is a name,
 * never read as an IPv4 number), then the end or a path, query or fragment (which
 * cannot make a URL invalid). No user, no port, no "xn--" label that would need
 * punycode checks. Anything else goes to the parser itself.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#\\]|$)/i;
const PUNYCODE_LABEL = /(?:^|[./])xn--/i;

/** Why a URL is unsafe or unusable as a link, or null for a good http(s) URL. */
export function urlProblem(url: string): string | null {
  // Parsing is the costly part of checking a dataset's sources; the common form needs none.
  if (PLAIN_HTTP_URL.test(url) && !PUNYCODE_LABEL.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'is not an http(s) URL';
  return null;
}

/** `end "2011" is before start "2012-09-21"` when a period runs backwards. */
export function rangeProblem(start: unknown, end: unknown): string | null {
  const from = parseDate(start);
  const to = parseDate(end);
  if (!from || !to) return null;
  return backwards(from, to) ? `end ${quote(end)} is before start ${quote(start)}` : null;
}

/** An end at a coarser precision that contains the start ("2012" for "2012-09-21") is fine. */
const backwards = (from: CalendarDate, to: CalendarDate) => endMs(to) <= startMs(from);

/**
 * Checks a date field and returns the date it names when that is real and drawable, so
 * the caller can compare it without parsing it again. The schema allows six-digit
 * years, but a JavaScript date only spans about ±273,790 years around 1970, and outside
 * that `startMs` or `endMs` is NaN, which would poison every scale and layout downstream.
 */
function checkDate(value: unknown, field: string, out: string[]): CalendarDate | null {
  if (value === undefined) return null;
  const date = parseDate(value);
  if (!date) {
    out.push(`${field} ${quote(value)} ${dateProblem(value)}`);
    return null;
  }
  if (Number.isFinite(startMs(date)) && Number.isFinite(endMs(date))) return date;
  out.push(
    `${field} ${quote(value)} is outside the years the timeline can draw (-271820 to 275759)`,
  );
  return null;
}

/** Where a string sits: object keys and array indexes, from the entry down. */
type FieldPath = (string | number)[];

/** `sources[0].url`, as authors read it; built only for a string that has a problem. */
function pathText(path: FieldPath): string {
  let text = '';
  for (const part of path)
    text = typeof part === 'number' ? `${text}[${part}]` : text === '' ? part : `${text}.${part}`;
  return text;
}

/** Strings deeper than this are not looked at (a dataset has no reason to nest so far). */
const MAX_TEXT_DEPTH = 8;

/**
 * Checks every string under `value` (HTML, bad link targets), a plain recursive walk:
 * this runs over every string of every event when a dataset loads.
 */
function checkTexts(value: unknown, path: FieldPath, out: string[]): void {
  if (path.length > MAX_TEXT_DEPTH) return;
  if (typeof value === 'string') checkText(value, path, out);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      checkTexts(value[i], path, out);
      path.pop();
    }
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      path.push(key);
      checkTexts(child, path, out);
      path.pop();
    }
  }
}

function checkText(text: string, path: FieldPath, out: string[]): void {
  // A field named "url" (the whole path ends in ".url", or is "url") holds a link target.
  const key = path[path.length - 1];
  if (typeof key === 'string' && (key === 'url' || key.endsWith('.url'))) {
    const problem = urlProblem(text);
    if (problem) out.push(`${pathText(path)} ${quote(text)} ${problem}`);
  } else if (containsHtml(text)) {
    out.push(`${pathText(path)} contains HTML; text must be plain (links as [label](https://…))`);
  }
  checkLinkTargets(text, out);
}

/** HTML in any text, and bad link targets, in any object (an event, a registry entry). */
export function textProblems(entry: unknown): string[] {
  const out: string[] = [];
  checkTexts(entry, [], out);
  return out;
}

/**
 * The end of a link target: the first ")", whitespace or square bracket. The renderer
 * ends a URL at a bracket too, so a `[x](…)` written inside another target is checked
 * on its own: without it, `](https://a.org[x](mailto:b@c.org)` passed as one https
 * target while the renderer drew a mailto link.
 */
const TARGET_END = /[)\s[\]]/g;

/**
 * Every `](target)` in a string, where the target runs to the first `)` and holds no
 * whitespace or bracket. Scanned from each `](` with a single-character search rather
 * than one regular expression so the cost stays linear: `/\]\(([^)\s]*)\)/g` rescans
 * the same run from every `](` inside it, and a 1 MB string of `[a](` took minutes. A
 * scan resumes where it stopped, which skips nothing: a run holds no `]`, so no `](`.
 */
function checkLinkTargets(text: string, out: string[]): void {
  let i = text.indexOf('](');
  while (i !== -1) {
    const from = i + 2;
    TARGET_END.lastIndex = from;
    const stop = TARGET_END.exec(text);
    const end = stop ? stop.index : text.length;
    if (stop?.[0] === ')') {
      const target = text.slice(from, end);
      const problem = urlProblem(target);
      if (problem) out.push(`link target ${quote(target)} ${problem}`);
    }
    i = text.indexOf('](', Math.max(end, from));
  }
}

function checkRefs(
  values: unknown,
  known: ReadonlySet<string>,
  field: string,
  kind: string,
  out: string[],
): void {
  if (!Array.isArray(values)) return;
  for (const value of values)
    if (typeof value === 'string' && !known.has(value))
      out.push(`${field} refers to unknown ${kind} ${quote(value)}`);
}

/** Semantic problems of one event (shape problems come from the schema). */
export function eventProblems(event: unknown, refs: References): string[] {
  if (!isObject(event)) return [];
  const out: string[] = [];
  const start = checkDate(event.start, 'start', out);
  const end = checkDate(event.end, 'end', out);
  if (start && end && backwards(start, end))
    out.push(`end ${quote(event.end)} is before start ${quote(event.start)}`);
  if (typeof event.category === 'string' && !refs.categories.has(event.category))
    out.push(`category refers to unknown category ${quote(event.category)}`);
  if (typeof event.era === 'string' && !refs.eras.has(event.era))
    out.push(`era refers to unknown era ${quote(event.era)}`);
  checkRefs(event.countries, refs.countries, 'countries', 'country', out);
  checkRefs(event.actors, refs.actors, 'actors', 'actor', out);
  // A missing or empty `sources` is a shape problem, reported by the schema.
  if (Array.isArray(event.sources))
    event.sources.forEach(
      (source, i) => isObject(source) && checkDate(source.date, `sources[${i}].date`, out),
    );
  if (Array.isArray(event.accounts)) {
    event.accounts.forEach((account, i) => {
      if (!isObject(account)) return;
      if (typeof account.actor === 'string' && !refs.actors.has(account.actor))
        out.push(`accounts[${i}].actor refers to unknown actor ${quote(account.actor)}`);
      if (isObject(account.source))
        checkDate(account.source.date, `accounts[${i}].source.date`, out);
    });
  }
  checkTexts(event, [], out);
  return out;
}

/** Semantic problems of the metadata: the default view's dates real, drawable and in order. */
export function metaProblems(meta: unknown): string[] {
  if (!isObject(meta) || !isObject(meta.defaultView)) return [];
  const view = meta.defaultView;
  const out: string[] = [];
  checkDate(view.from, 'defaultView.from', out);
  checkDate(view.to, 'defaultView.to', out);
  if (rangeProblem(view.from, view.to))
    out.push(`defaultView.to ${quote(view.to)} is before defaultView.from ${quote(view.from)}`);
  return out;
}

/** Semantic problems of an era: real dates, in order. */
export function eraProblems(era: unknown): string[] {
  if (!isObject(era)) return [];
  const out: string[] = [];
  const start = checkDate(era.start, 'start', out);
  const end = checkDate(era.end, 'end', out);
  if (start && end && backwards(start, end))
    out.push(`end ${quote(era.end)} is before start ${quote(era.start)}`);
  return out;
}
