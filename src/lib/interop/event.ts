/**
 * One TimelineJS slide → one of our events. Anything that cannot be kept is said out
 * loud: in the event's `conflicts` when an editor should see it next to the event, in
 * the import warnings when the whole slide had to be left out.
 */
import { parseDate } from '../data/dates';
import { safeHref } from '../data/richtext';
import type { Conflict, Source, TimelineEvent } from '../data/types';
import { isObject, str, type ImportContext, type Json, type Where } from './context';
import { htmlToBlocks, htmlToPlain } from './html';
import { ID_PATTERN, defuse, leadSentences, slugify, truncate } from './text';
import { readRange } from './tl-date';

const SUMMARY_MAX = 300;
const BODY_ITEMS = 50;
const BODY_ITEM_MAX = 5000;

/** The http(s) media URL as a source; anything else is noted and dropped. */
function mediaSource(media: unknown, conflicts: Conflict[]): Source | null {
  if (!isObject(media)) return null;
  const url = str(media.url).trim();
  if (url === '') return null;
  const href = safeHref(url);
  if (href === null || !href.startsWith('http') || href.length > 2000) {
    const shown = truncate(defuse(url), 120);
    conflicts.push({
      field: 'media',
      note: `TimelineJS media not kept (not an http(s) URL): ${shown}`,
    });
    return null;
  }
  const credit = truncate(htmlToPlain(str(media.credit)), 200);
  const caption = htmlToPlain(str(media.caption)) || credit || htmlToPlain(str(media.title));
  return {
    title: truncate(caption || 'Media', 400),
    ...(credit ? { publisher: credit } : {}),
    url: href,
  };
}

function displayDates(slide: Json): string[] {
  const dates = [
    slide.display_date,
    isObject(slide.start_date) ? slide.start_date.display_date : undefined,
  ];
  if (isObject(slide.end_date)) dates.push(slide.end_date.display_date);
  return dates.map((d) => htmlToPlain(str(d))).filter((d) => d !== '');
}

function eventId(slide: Json, where: Where, start: string, ctx: ImportContext): string {
  const given = str(slide.unique_id).trim();
  const n = String(where.row ?? where.index ?? 0).padStart(4, '0');
  // Ids may not contain a minus sign, so BCE years are spelled out (ours -43 is 44 BCE).
  const y = parseDate(start)?.year ?? 0;
  const year = y > 0 ? String(y) : `${1 - y}bce`;
  const base =
    ID_PATTERN.test(given) && given.length <= 80 ? given : slugify(given) || `tl-${n}-${year}`;
  const id = ctx.eventIds.take(base);
  if (id !== base) ctx.warn(where, `id "${base}" is already taken; this event became "${id}"`);
  return id;
}

export function convertEvent(
  slide: unknown,
  where: Where,
  ctx: ImportContext,
): TimelineEvent | null {
  if (!isObject(slide)) {
    ctx.warn(where, 'event skipped: not an object');
    return null;
  }
  const conflicts: Conflict[] = [];
  const { start, end } = readRange(slide, conflicts);
  if (start.date === null) {
    ctx.warn(where, `event skipped: start date ${start.problem}`);
    return null;
  }
  const text = isObject(slide.text) ? slide.text : {};
  const blocks = htmlToBlocks(str(text.text));
  const shown = displayDates(slide);
  conflicts.push(
    ...shown.map((d) => ({ field: 'display_date', note: `TimelineJS displayed: ${d}` })),
  );
  const title = truncate(htmlToPlain(str(text.headline)) || shown[0] || 'Untitled event', 200);
  const lead = blocks.summary ?? leadSentences(blocks.plain[0] ?? '', SUMMARY_MAX);
  const summary = truncate(lead, 1000) || title;

  // The body repeats the text in full unless it would only repeat the summary.
  let body = blocks.rich.map((p) => truncate(p, BODY_ITEM_MAX));
  if (blocks.summary === undefined && body.length === 1 && blocks.plain[0] === summary) body = [];
  if (body.length > BODY_ITEMS) {
    conflicts.push({
      field: 'body',
      note: `Only the first ${BODY_ITEMS} of ${body.length} paragraphs were kept.`,
    });
    body = body.slice(0, BODY_ITEMS);
  }

  const sources: Source[] = blocks.sources
    .filter((s) => (s.url?.length ?? 0) <= 2000)
    .map((s) => ({
      ...s,
      title: truncate(s.title, 400),
      ...(s.publisher ? { publisher: truncate(s.publisher, 200) } : {}),
    }));
  const media = mediaSource(slide.media, conflicts);
  if (media && !sources.some((s) => s.url === media.url)) sources.push(media);
  if (sources.length === 0) {
    sources.push({ ...ctx.fallback.source });
    if (ctx.fallback.placeholder)
      conflicts.push({
        field: 'sources',
        note: 'The TimelineJS slide cites no source; an editor must add one.',
      });
  }

  return {
    id: eventId(slide, where, start.date, ctx),
    start: start.date,
    ...(end === undefined ? {} : { end }),
    title,
    summary,
    ...(body.length > 0 ? { body } : {}),
    category: ctx.category(slide.group),
    countries: [],
    actors: [],
    importance: 3,
    sources,
    // Notes quote the input (a bad month, a media embed), so they are defused like text.
    ...(conflicts.length > 0
      ? { conflicts: conflicts.map((c) => ({ ...c, note: truncate(defuse(c.note), 2000) })) }
      : {}),
  };
}
