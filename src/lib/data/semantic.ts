/**
 * What the schema cannot say: real calendar dates, ends after starts, references
 * that resolve, links that are really http(s), and text without HTML. Every check
 * guards its own types, so it is safe on input the schema already rejected.
 */
import { dateProblem, endMs, parseDate, startMs } from './dates';
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

// A tag-like run: "<b", "</p", "<!--", "<?xml". Plain "a < b" stays allowed.
const HTML_PATTERN = /<\s*[a-zA-Z!/?]/;

/** Whether text looks like it carries markup, which the timeline never renders. */
export function containsHtml(text: string): boolean {
  return HTML_PATTERN.test(text);
}

/** Why a URL is unsafe or unusable as a link, or null for a good http(s) URL. */
export function urlProblem(url: string): string | null {
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
  // An end at a coarser precision that contains the start ("2012" for "2012-09-21") is fine.
  if (endMs(to) <= startMs(from)) return `end ${quote(end)} is before start ${quote(start)}`;
  return null;
}

/**
 * Why a well-formed date still cannot be drawn: the schema allows six-digit years, but
 * a JavaScript date only spans about ±273,790 years around 1970, and outside that
 * `startMs` or `endMs` is NaN, which would poison every scale and layout downstream.
 */
function drawableProblem(value: unknown): string | null {
  const date = parseDate(value);
  if (!date) return null;
  if (Number.isFinite(startMs(date)) && Number.isFinite(endMs(date))) return null;
  return 'is outside the years the timeline can draw (-271820 to 275759)';
}

function checkDate(value: unknown, field: string, out: string[]): void {
  if (value === undefined) return;
  const problem = dateProblem(value) ?? drawableProblem(value);
  if (problem) out.push(`${field} ${quote(value)} ${problem}`);
}

/** Every string under `value`, with its field path, so HTML can be found anywhere. */
function* strings(value: unknown, path: string, depth = 0): Generator<[string, string]> {
  if (depth > 8) return;
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`, depth + 1);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value))
      yield* strings(child, path === '' ? key : `${path}.${key}`, depth + 1);
  }
}

const URL_FIELDS = /(^|\.)url$/;

/** HTML in any text, and bad link targets, in any object (an event, a registry entry). */
export function textProblems(entry: unknown): string[] {
  const out: string[] = [];
  for (const [path, text] of strings(entry, '')) {
    if (URL_FIELDS.test(path)) {
      const problem = urlProblem(text);
      if (problem) out.push(`${path} ${quote(text)} ${problem}`);
    } else if (containsHtml(text)) {
      out.push(`${path} contains HTML; text must be plain (links as [label](https://…))`);
    }
    for (const target of linkTargets(text)) {
      const problem = urlProblem(target);
      if (problem) out.push(`link target ${quote(target)} ${problem}`);
    }
  }
  return out;
}

/**
 * Every `](target)` in a string, where the target runs to the first `)` and holds no
 * whitespace. Hand-scanned rather than a regular expression so the cost stays linear:
 * `/\]\(([^)\s]*)\)/g` rescans the same run from every `](` inside it, and a 1 MB
 * string of `[a](` took minutes. A failed scan resumes where it stopped, because any
 * `](` inside the run would stop at the same place.
 */
function* linkTargets(text: string): Generator<string> {
  let i = text.indexOf('](');
  while (i !== -1) {
    const from = i + 2;
    let end = from;
    while (end < text.length && text[end] !== ')' && !/\s/.test(text[end]!)) end++;
    if (end < text.length && text[end] === ')') yield text.slice(from, end);
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
  checkDate(event.start, 'start', out);
  checkDate(event.end, 'end', out);
  const range = rangeProblem(event.start, event.end);
  if (range) out.push(range);
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
  out.push(...textProblems(event));
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
  checkDate(era.start, 'start', out);
  checkDate(era.end, 'end', out);
  const range = rangeProblem(era.start, era.end);
  if (range) out.push(range);
  return out;
}
