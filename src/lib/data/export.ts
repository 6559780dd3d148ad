/**
 * Export of a selection of events: as a dataset in our own format (so it can be
 * loaded again) and as CSV for spreadsheets. Pure: the caller passes the events
 * and does the downloading.
 */
import { lightFormat } from 'date-fns';
import type { Dataset, Source, TimelineEvent } from './types';

/**
 * A dataset holding exactly `events`, in the given order, with the registry entries
 * they refer to (in registry order), so that it validates on its own and carries
 * nothing the reader filtered out. Entries are shared, not copied: nothing is mutated.
 */
export function exportJson(dataset: Dataset, events: readonly TimelineEvent[]): Dataset {
  const countries = new Set<string>();
  const actors = new Set<string>();
  const categories = new Set<string>();
  const eras = new Set<string>();
  for (const event of events) {
    event.countries.forEach((code) => countries.add(code));
    event.actors.forEach((id) => actors.add(id));
    // An account's speaker is a reference too; validate() checks that it resolves.
    event.accounts?.forEach((account) => account.actor !== undefined && actors.add(account.actor));
    categories.add(event.category);
    if (event.era !== undefined) eras.add(event.era);
  }
  return {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    meta: dataset.meta,
    countries: dataset.countries.filter((country) => countries.has(country.code)),
    actors: dataset.actors.filter((actor) => actors.has(actor.id)),
    categories: dataset.categories.filter((category) => categories.has(category.id)),
    eras: dataset.eras.filter((era) => eras.has(era.id)),
    events: [...events],
  };
}

export interface CsvOptions {
  /** The reader's language: adds title_<lang> and summary_<lang> columns unless it is the base one. */
  language?: string;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
// Cells a spreadsheet would run as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// A calendar date as validate() accepts it; only these may keep a leading minus.
const DATE = /^-?\d{1,6}(-\d{2}){0,2}$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: defused if it could be read as a formula, then quoted when RFC 4180 requires. */
export function csvField(value: string, isDate = false): string {
  const safe = !(isDate && DATE.test(value)) && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function sourceText(source: Source): string {
  const where = source.url ?? source.seed;
  return [source.title, source.publisher, where].filter((part) => part !== undefined).join(' — ');
}

const COLUMNS = [
  'id',
  'start',
  'end',
  'circa',
  'title',
  'summary',
  'category',
  'countries',
  'actors',
  'era',
  'importance',
  'sources',
] as const;
const DATE_COLUMNS = new Set<string>(['start', 'end']);

/**
 * The events as RFC 4180 CSV, one row each, registry ids replaced by their base-language
 * names. Starts with a byte-order mark because spreadsheet programs otherwise guess a
 * legacy code page and garble Persian and Albanian text.
 */
export function exportCsv(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  options: CsvOptions = {},
): string {
  const lang = options.language;
  const translated = lang !== undefined && lang !== dataset.meta.language;
  const names = (entries: { id: string; name: string }[]) =>
    new Map(entries.map((entry) => [entry.id, entry.name]));
  const countries = names(dataset.countries.map((c) => ({ id: c.code, name: c.name })));
  const actors = names(dataset.actors);
  const categories = names(dataset.categories.map((c) => ({ id: c.id, name: c.label })));
  const eras = names(dataset.eras.map((e) => ({ id: e.id, name: e.title })));
  const list = (ids: string[], registry: Map<string, string>) =>
    ids.map((id) => registry.get(id) ?? id).join('; ');

  const header = translated ? [...COLUMNS, `title_${lang}`, `summary_${lang}`] : [...COLUMNS];
  const rows = events.map((event) => {
    const text = translated ? event.translations?.[lang] : undefined;
    const cells = [
      event.id,
      event.start,
      event.end ?? '',
      event.circa ? 'true' : 'false',
      event.title,
      event.summary,
      categories.get(event.category) ?? event.category,
      list(event.countries, countries),
      list(event.actors, actors),
      event.era === undefined ? '' : (eras.get(event.era) ?? event.era),
      String(event.importance),
      event.sources.map(sourceText).join(' | '),
      ...(translated ? [text?.title ?? '', text?.summary ?? ''] : []),
    ];
    return cells.map((cell, i) => csvField(cell, DATE_COLUMNS.has(header[i] ?? ''))).join(',');
  });
  return BOM + [header.map((name) => csvField(name)).join(','), ...rows].join(CRLF) + CRLF;
}

// Names Windows refuses as files whatever their extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

function slug(text: string, maxLength: number): string {
  const words = text
    .normalize('NFKD')
    // Accents go (ë → e); format characters go too, bidi overrides above all,
    // because they can make "txt.exe" look like "exe.txt".
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return Array.from(words).slice(0, maxLength).join('').replace(/-+$/, '');
}

/** A file name safe on every common system: "the-mek-and-its-hosts-2026-11-22.csv". */
/** The reader's own calendar day, for a file name ("2026-11-22"): it tells one download from the next. */
export function dayStamp(now: Date): string {
  return lightFormat(now, 'yyyy-MM-dd');
}

export function exportFileName(title: string, kind: 'csv' | 'json', date?: string): string {
  let base = slug(title, 60) || 'timeline';
  if (RESERVED.test(base)) base = `${base}-timeline`;
  const suffix = date === undefined ? '' : slug(date, 20);
  return `${base}${suffix ? `-${suffix}` : ''}.${kind}`;
}
