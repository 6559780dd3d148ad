/**
 * TimelineJS's Google Sheets template, saved as CSV → our dataset. Rows become slides
 * in TimelineJS's JSON shape and go through the same builder as the JSON importer.
 * Row numbers in warnings are spreadsheet rows: the header is row 1.
 */
import Papa from 'papaparse';
import { buildDataset, guarded, type Located, type SlideSet } from './build';
import type { ImportOptions, ImportResult, ImportWarning } from './types';

/** "End Year", "end year" and "EndYear" are the same column. */
const columnKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * A line break typed in a spreadsheet cell is a paragraph break to its author, but
 * HTML would fold it into a space. Cells with markup are left alone, since a break
 * there may sit inside a tag.
 */
const lineBreaks = (text: string | undefined) =>
  text === undefined || text.includes('<') ? text : text.replace(/\r?\n/g, '<br>');

export function importTimelineCsv(text: string, options: ImportOptions): ImportResult {
  return guarded(options, () => read(text, options));
}

function read(text: string, options: ImportOptions): ImportResult {
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false });
  const records = parsed.data.filter((r): r is string[] => Array.isArray(r));
  const header = (records[0] ?? []).map((name) => columnKey(String(name)));
  const column = new Map(header.map((key, i) => [key, i] as const));
  if (!column.has('year')) {
    const fatal = ['id', 'start', 'summary'].every((key) => column.has(key))
      ? // The timeline's own "Download CSV": names in place of ids, sources flattened.
        "this is a table exported from a timeline, for reading in a spreadsheet, and it cannot be loaded back: load the timeline's JSON export instead, or a TimelineJS spreadsheet"
      : 'not a TimelineJS spreadsheet: the header row has no "Year" column';
    return buildDataset({ events: [], eras: [] }, options, fatal);
  }

  const slides: SlideSet = { events: [], eras: [] };
  const early: ImportWarning[] = parsed.errors.map((e) => ({
    ...(e.row === undefined ? {} : { row: e.row + 1 }),
    message: `CSV: ${e.message}`,
  }));
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const cell = (key: string): string | undefined => {
      const value = record[column.get(key) ?? -1]?.trim();
      return value === '' ? undefined : value;
    };
    if (record.every((value) => String(value).trim() === '')) return;
    const end = cell('endyear') ?? cell('endmonth') ?? cell('endday');
    const slide = {
      start_date: { year: cell('year'), month: cell('month'), day: cell('day') },
      ...(end === undefined
        ? {}
        : { end_date: { year: cell('endyear'), month: cell('endmonth'), day: cell('endday') } }),
      display_date: cell('displaydate'),
      text: { headline: cell('headline'), text: lineBreaks(cell('text')) },
      media: { url: cell('media'), credit: cell('mediacredit'), caption: cell('mediacaption') },
      group: cell('group'),
    };
    const located: Located = { value: slide, where: { row } };
    const type = cell('type')?.toLowerCase();
    if (type === 'title' && slides.title === undefined) slides.title = slide;
    else if (type === 'title') early.push({ row, message: 'a second title row; ignored' });
    else if (type === 'era') slides.eras.push(located);
    else slides.events.push(located);
  });
  const result = buildDataset(slides, options);
  result.warnings.unshift(...early);
  return result;
}
