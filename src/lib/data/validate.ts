/**
 * validate(doc): every problem of a dataset, and the part of it that can be drawn.
 * It never throws, whatever it is given. Invariant: every input event is either in
 * `dataset.events` or in `rejected` (with at least one error), never both, never neither.
 */
import { formatProblem, quote, type Problem } from './problems';
import { schemaMessages, type SchemaPart } from './schema-check';
import {
  eraProblems,
  eventProblems,
  metaProblems,
  textProblems,
  type References,
} from './semantic';
import type { Dataset, Meta, TimelineEvent } from './types';
import { nextTask } from './next-task';
import {
  countLost,
  lostReferenceWarnings,
  salvageMeta,
  withoutBrokenRefs,
  type BrokenEntries,
  type LostReferences,
  type RegistryKey,
} from './salvage';

export { nextTask };

export interface RejectedEvent {
  index: number;
  id?: string;
  problems: Problem[];
}

export interface ValidationReport {
  /** Every problem, in document order. */
  problems: Problem[];
  /** The drawable part: registries and events that passed every check. Null when nothing can be drawn. */
  dataset: Dataset | null;
  /** Events left out, with why. */
  rejected: RejectedEvent[];
  /** Set when the document as a whole is unusable (not an object, no events array). */
  fatal?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const readableId = (v: unknown): string | undefined =>
  isObject(v) && typeof v.id === 'string' && v.id.length <= 120 ? v.id : undefined;

export const FALLBACK_META: Meta = {
  title: 'Untitled timeline',
  description: '',
  language: 'en',
  license: 'unknown',
  updated: '1970-01-01',
};

/** Everything wrong with a meta value (shape, dates, text), as messages. */
const metaMessagesOf = (value: unknown): string[] =>
  checked(() => [...schemaMessages('meta', value), ...metaProblems(value), ...textProblems(value)]);

const REGISTRIES: [RegistryKey, SchemaPart, 'code' | 'id'][] = [
  ['countries', 'country', 'code'],
  ['actors', 'actor', 'id'],
  ['categories', 'category', 'id'],
  ['eras', 'era', 'id'],
];

/** Longest message kept: a message names fields, and a field name can be a megabyte long. */
export const MAX_MESSAGE_LENGTH = 500;
const shorten = (message: string) =>
  message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;

/**
 * The messages of one entry's checks. A check that throws (a getter that throws, a
 * value no check foresaw) rejects that entry alone, never its siblings.
 */
function checked(run: () => string[]): string[] {
  try {
    const messages = run();
    return messages.length === 0 ? messages : messages.map(shorten);
  } catch (error) {
    let reason: string;
    try {
      reason = error instanceof Error ? error.message : String(error);
    } catch {
      reason = 'unknown error';
    }
    return [`could not be checked (${reason.slice(0, 200)})`];
  }
}

/** Events checked between two yields of `validateAsync`: a few milliseconds of work. */
export const VALIDATE_CHUNK = 500;

export interface Progress {
  /** Reading the body (characters parsed) comes before checking its events. */
  phase: 'reading' | 'checking';
  /** Characters read, or events checked, so far. */
  done: number;
  total: number;
}

export function validate(doc: unknown): ValidationReport {
  return guarded(() => {
    // The steps run straight through: no pauses, same result as validateAsync.
    const steps = validateSteps(doc);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  });
}

/**
 * The same checks, pausing every VALIDATE_CHUNK events so a large dataset never holds
 * the main thread for long; `onProgress` hears how far it has got.
 */
export async function validateAsync(
  doc: unknown,
  onProgress: (progress: Progress) => void = () => {},
  pause: () => Promise<void> = nextTask,
): Promise<ValidationReport> {
  let steps: Generator<Progress, ValidationReport> | null = null;
  for (;;) {
    let step: IteratorResult<Progress, ValidationReport> | undefined;
    const report = guarded(() => {
      steps ??= validateSteps(doc);
      step = steps.next();
      return step.done ? step.value : null;
    });
    if (report !== null) return report;
    onProgress(step!.value as Progress);
    await pause();
  }
}

function guarded<T>(run: () => T): T | ValidationReport {
  try {
    return run();
  } catch (error) {
    // Defence in depth: a check that throws must not take the timeline down with it.
    const message = `the validator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`;
    return {
      problems: [{ severity: 'error', path: '', message }],
      dataset: null,
      rejected: [],
      fatal: message,
    };
  }
}

function* validateSteps(doc: unknown): Generator<Progress, ValidationReport> {
  const problems: Problem[] = [];
  const error = (path: string, message: string, id?: string, eventIndex?: number) =>
    problems.push({
      severity: 'error',
      path,
      message,
      ...(id === undefined ? {} : { id }),
      ...(eventIndex === undefined ? {} : { eventIndex }),
    });

  if (!isObject(doc)) {
    const fatal = `a dataset must be a JSON object, not ${Array.isArray(doc) ? 'an array' : doc === null ? 'null' : typeof doc}`;
    error('', fatal);
    return { problems, dataset: null, rejected: [], fatal };
  }
  for (const key of Object.keys(doc))
    if (!['$schema', 'meta', 'countries', 'actors', 'categories', 'eras', 'events'].includes(key))
      error('', `unknown top-level field ${quote(key)}`);

  let meta = FALLBACK_META;
  let metaValue: unknown;
  const metaMessages = checked(() => {
    metaValue = doc.meta;
    return metaValue === undefined ? ['missing required field "meta"'] : metaMessagesOf(metaValue);
  });
  if (metaMessages.length === 0) meta = metaValue as Meta;
  else {
    metaMessages.forEach((m) => error('meta', m));
    meta = salvageMeta(metaValue, FALLBACK_META, metaMessagesOf);
  }

  const registries = {} as Pick<Dataset, RegistryKey>;
  // Entries left out for their errors, by id, with their index: see withoutBrokenRefs.
  const broken: BrokenEntries = {
    countries: new Map(),
    actors: new Map(),
    categories: new Map(),
    eras: new Map(),
  };
  for (const [key, part, idField] of REGISTRIES) {
    const entries = doc[key];
    const kept: unknown[] = [];
    if (!Array.isArray(entries))
      error(
        key,
        entries === undefined ? `missing required field "${key}"` : `${key} should be an array`,
      );
    else {
      const seen = new Set<string>();
      // An index loop, not forEach: a sparse array's holes are entries too.
      for (let i = 0; i < entries.length; i++) {
        let entry: unknown;
        let id: string | undefined;
        const messages = checked(() => {
          entry = entries[i];
          const key = isObject(entry) ? entry[idField] : undefined;
          id = typeof key === 'string' ? key : undefined;
          return [
            ...new Set([
              ...schemaMessages(part, entry),
              ...(part === 'era' ? eraProblems(entry) : []),
              ...textProblems(entry),
            ]),
          ];
        });
        if (id !== undefined && seen.has(id)) messages.push(`duplicate ${idField} ${quote(id)}`);
        const shownId = id !== undefined && id.length <= 120 ? id : undefined;
        messages.forEach((m) => error(`${key}[${i}]`, m, shownId));
        if (messages.length === 0 && id !== undefined) {
          seen.add(id);
          kept.push(entry);
        } else if (shownId !== undefined && !broken[key].has(shownId)) broken[key].set(shownId, i);
      }
    }
    (registries as Record<string, unknown[]>)[key] = kept;
  }

  if (!Array.isArray(doc.events)) {
    const fatal =
      doc.events === undefined ? 'missing required field "events"' : 'events should be an array';
    error('events', fatal);
    return { problems, dataset: null, rejected: [], fatal };
  }

  const refs: References = {
    countries: new Set(registries.countries.map((c) => c.code)),
    actors: new Set(registries.actors.map((a) => a.id)),
    categories: new Set(registries.categories.map((c) => c.id)),
    eras: new Set(registries.eras.map((e) => e.id)),
  };
  const events: TimelineEvent[] = [];
  const rejected: RejectedEvent[] = [];
  const lost: LostReferences = new Map();
  const seenIds = new Set<string>();
  // An index loop, not forEach: a sparse array's holes are events too, and are rejected.
  const input: unknown[] = doc.events;
  for (let index = 0; index < input.length; index++) {
    let event: unknown;
    let id: string | undefined;
    const dropped: [RegistryKey, string][] = [];
    const messages = checked(() => {
      event = withoutBrokenRefs(input[index], refs, broken, dropped);
      id = readableId(event);
      const shape = schemaMessages('event', event);
      const meaning = eventProblems(event, refs);
      // Most events have no problem: no need to merge and de-duplicate two empty lists.
      return shape.length + meaning.length === 0 ? [] : [...new Set([...shape, ...meaning])];
    });
    if (id !== undefined && seenIds.has(id))
      messages.push(`duplicate id ${quote(id)}: an earlier event has it`);
    if (messages.length === 0 && id !== undefined) {
      events.push(event as TimelineEvent);
      seenIds.add(id);
      countLost(lost, dropped);
      if ((index + 1) % VALIDATE_CHUNK === 0 && index + 1 < input.length)
        yield { phase: 'checking', done: index + 1, total: input.length };
      continue;
    }
    if (messages.length === 0) messages.push('has no readable id');
    const eventProblemsList: Problem[] = messages.map((message) => ({
      severity: 'error',
      path: `events[${index}]`,
      eventIndex: index,
      message,
      ...(id === undefined ? {} : { id }),
    }));
    problems.push(...eventProblemsList);
    rejected.push({ index, ...(id === undefined ? {} : { id }), problems: eventProblemsList });
    if ((index + 1) % VALIDATE_CHUNK === 0 && index + 1 < input.length)
      yield { phase: 'checking', done: index + 1, total: input.length };
  }

  problems.push(...lostReferenceWarnings(lost, broken));
  return { problems, dataset: { meta, ...registries, events }, rejected };
}

/** One line per problem, as `npm run validate` prints them. */
export function formatReport(report: ValidationReport, file?: string): string[] {
  return report.problems.map((p) => formatProblem(p, file));
}
