/**
 * State shared by one import: the options made safe, the warnings, the id registries
 * and the categories made from TimelineJS groups. Both importers (JSON and CSV) fill
 * one of these, so the two read the same slide the same way.
 */
import { dateProblem } from '../data/dates';
import { urlProblem } from '../data/semantic';
import { COLOR_TOKENS, type Category, type Meta, type Source } from '../data/types';
import { htmlToBlocks, htmlToPlain } from './html';
import { IdAllocator, defuse, slugify, truncate } from './text';
import type { ImportOptions, ImportWarning } from './types';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** Where a slide came from: a spreadsheet row (CSV) or an array index (JSON). */
export interface Where {
  row?: number;
  index?: number;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Where an import with no source URL points, so that every event still has a link. */
export const KNIGHTLAB_URL = 'https://timeline.knightlab.com/';
export const PLACEHOLDER_TITLE = 'TimelineJS import (no source given)';

export class ImportContext {
  readonly warnings: ImportWarning[] = [];
  readonly eventIds = new IdAllocator();
  readonly eraIds = new IdAllocator();
  readonly categories: Category[] = [];
  private readonly categoryIds = new IdAllocator();
  private readonly groups = new Map<string, string>();
  readonly name: string;
  readonly language: string;
  readonly updated: string;
  /** The source of events that cite nothing, and whether it is only a placeholder. */
  readonly fallback: { source: Source; placeholder: boolean };

  constructor(options: ImportOptions) {
    this.name = truncate(defuse(str(options.sourceName)), 200) || 'timeline';
    this.language = LANGUAGE.test(options.language ?? '') ? options.language! : 'en';
    if (options.language !== undefined && this.language !== options.language)
      this.warn({}, `language "${options.language}" is not a language tag; used "en"`);
    const updated = options.updated ?? '';
    this.updated = DAY.test(updated) && dateProblem(updated) === null ? updated : '1970-01-01';
    if (options.updated !== undefined && this.updated !== updated)
      this.warn({}, `updated "${updated}" is not a YYYY-MM-DD date; used 1970-01-01`);
    const url = options.sourceUrl?.trim() ?? '';
    const usable = url !== '' && url.length <= 2000 && urlProblem(url) === null;
    if (url !== '' && !usable) this.warn({}, `source URL "${url}" is not an http(s) URL; not used`);
    this.fallback = usable
      ? { source: { title: `Imported from TimelineJS: ${this.name}`, url }, placeholder: false }
      : {
          source: { title: PLACEHOLDER_TITLE, url: KNIGHTLAB_URL },
          placeholder: true,
        };
  }

  warn(where: Where, message: string): void {
    this.warnings.push({ ...where, message });
  }

  /** The category id for a TimelineJS group; events without one share "general". */
  category(group: unknown): string {
    const label = truncate(htmlToPlain(str(group)), 120) || 'General';
    const known = this.groups.get(label);
    if (known !== undefined) return known;
    const id = this.categoryIds.take(slugify(label) || `group-${this.groups.size + 1}`);
    const color = COLOR_TOKENS[this.categories.length % COLOR_TOKENS.length]!;
    this.groups.set(label, id);
    this.categories.push({ id, label, color });
    return id;
  }

  /** `meta` from the title slide (plain text), the options and fixed defaults. */
  meta(titleSlide: unknown): Meta {
    const slide = isObject(titleSlide) ? titleSlide : {};
    const text = isObject(slide.text) ? slide.text : {};
    if (isObject(slide.media) && str(slide.media.url) !== '')
      this.warn({}, 'title slide: media not kept (our format has no media)');
    const description = htmlToBlocks(str(text.text));
    const described = [description.summary ?? '', ...description.plain].join(' ').trim();
    return {
      title: truncate(htmlToPlain(str(text.headline)), 200) || this.name,
      description: truncate(described, 2000) || `Imported from TimelineJS: ${this.name}.`,
      language: this.language,
      license: 'unknown',
      updated: this.updated,
      defaultView: { lanes: 'category' },
    };
  }
}
