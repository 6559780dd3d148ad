/** One TimelineJS era → one of our eras; eras have no conflicts field, so notes become warnings. */
import type { Conflict, Era } from '../data/types';
import { isObject, str, type ImportContext, type Where } from './context';
import { htmlToBlocks, htmlToPlain } from './html';
import { slugify, truncate } from './text';
import { readRange } from './tl-date';

export function convertEra(era: unknown, where: Where, ctx: ImportContext): Era | null {
  if (!isObject(era)) {
    ctx.warn(where, 'era skipped: not an object');
    return null;
  }
  const conflicts: Conflict[] = [];
  const { start, end } = readRange(era, conflicts);
  if (start.date === null || end === undefined) {
    const why =
      start.date === null
        ? `start date ${start.problem}`
        : (conflicts.find((c) => c.field === 'end')?.note ?? 'no end date');
    ctx.warn(where, `era skipped: ${why}`);
    return null;
  }
  conflicts.forEach((c) => ctx.warn(where, `era ${c.field}: ${c.note}`));
  const text = isObject(era.text) ? era.text : {};
  const n = (where.row ?? where.index ?? 0) + 1;
  const title = truncate(htmlToPlain(str(text.headline)), 200) || `Era ${n}`;
  const blocks = htmlToBlocks(str(text.text));
  const summary = truncate([blocks.summary ?? '', ...blocks.plain].join(' ').trim(), 1000);
  return {
    id: ctx.eraIds.take(slugify(title) || `era-${n}`),
    title,
    start: start.date,
    end,
    ...(summary ? { summary } : {}),
  };
}
