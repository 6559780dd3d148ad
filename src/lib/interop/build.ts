/**
 * The part both importers share: slides (already in TimelineJS's JSON shape, wherever
 * they came from) → a dataset in our format. Pure and total: whatever the slides hold,
 * it returns a dataset that our validator accepts, plus warnings for what was lost.
 */
import type { Dataset, Era, TimelineEvent } from '../data/types';
import { ImportContext, type Where } from './context';
import { convertEra } from './era';
import { convertEvent } from './event';
import type { ImportOptions, ImportResult } from './types';

export interface Located {
  value: unknown;
  where: Where;
}

export interface SlideSet {
  title?: unknown;
  events: Located[];
  eras: Located[];
}

export function buildDataset(
  slides: SlideSet,
  options: ImportOptions,
  fatal?: string,
): ImportResult {
  const ctx = new ImportContext(options);
  if (fatal !== undefined) ctx.warn({}, fatal);
  const meta = ctx.meta(slides.title);
  const eras = slides.eras
    .map(({ value, where }) => convertEra(value, where, ctx))
    .filter((era): era is Era => era !== null);
  const events = slides.events
    .map(({ value, where }) => convertEvent(value, where, ctx))
    .filter((event): event is TimelineEvent => event !== null);
  const dataset: Dataset = {
    meta,
    countries: [],
    actors: [],
    categories: ctx.categories,
    eras,
    events,
  };
  return { dataset, warnings: ctx.warnings, ...(fatal === undefined ? {} : { fatal }) };
}

/**
 * Defence in depth, as in validate(): should a reader ever throw on some input, the
 * caller still gets an (empty, valid) dataset and the reason, never an exception.
 */
export function guarded(options: ImportOptions, read: () => ImportResult): ImportResult {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return buildDataset({ events: [], eras: [] }, options, `the importer failed: ${reason}`);
  }
}
