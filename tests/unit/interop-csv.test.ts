import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/lib/data/types';
import { validate } from '../../src/lib/data/validate';
import { exportCsv } from '../../src/lib/data/export';
import { importTimelineCsv } from '../../src/lib/interop';

const options = { sourceName: 'constitutions.csv' };
const raw = readFileSync('tests/fixtures/timelinejs/constitutions.csv', 'utf8');
const sheet = importTimelineCsv(raw, options);
const byTitle = (title: string): TimelineEvent =>
  sheet.dataset.events.find((e) => e.title === title)!;

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
/** A sheet with the template's header and the given rows (cells in template order). */
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');

describe('importTimelineCsv: the Google Sheets template', () => {
  it('the fixture really has a BOM, Windows line endings and quoted cells', () => {
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain('\r\n');
    expect(raw).toMatch(/"[^"]*,[^"]*"/);
  });

  it('passes validate() with zero problems', () => {
    expect(validate(sheet.dataset).problems).toEqual([]);
    expect(sheet.dataset.events).toHaveLength(6);
  });

  it('takes meta from the title row and eras from era rows', () => {
    expect(sheet.dataset.meta.title).toBe('Dy kushtetuta: Irani dhe Shqipëria');
    expect(sheet.dataset.meta.description).toBe(
      'Momente kushtetuese në Iran (1906) dhe Shqipëri (1912–1920).',
    );
    expect(sheet.dataset.eras).toEqual([
      {
        id: 'revolucioni-kushtetues',
        title: 'Revolucioni Kushtetues / انقلاب مشروطه',
        start: '1905',
        end: '1911',
        summary: 'Nga protestat e 1905 deri te rënia e Majlisit të dytë, 1911.',
      },
    ]);
  });

  it('keeps Persian text and gives a Persian group a fallback id', () => {
    const event = byTitle('فرمان مشروطیت');
    expect(event.start).toBe('1906-08-05');
    expect(event.summary).toBe(
      'مظفرالدین شاه فرمان مشروطه را امضا کرد، و راه برای تشکیل مجلس شورای ملی باز شد.',
    );
    expect(sheet.dataset.categories[0]).toEqual({ id: 'group-1', label: 'ایران', color: 'blue' });
    expect(event.category).toBe('group-1');
  });

  it('reads quoted commas and newlines inside cells (a newline is a paragraph)', () => {
    const event = byTitle('Shpallja e Pavarësisë');
    expect(event.id).toBe('tl-0007-1912');
    expect(event.category).toBe('shqiperia');
    expect(event.body).toEqual([
      'Ismail Qemali ngriti flamurin në Vlorë.',
      'Kuvendi i Vlorës shpalli pavarësinë e Shqipërisë, më 28 nëntor 1912.',
    ]);
    expect(event.sources).toEqual([
      {
        title: 'Vlorë, 28 November 1912',
        publisher: 'Wikipedia, the free encyclopedia',
        url: 'https://en.wikipedia.org/wiki/Albanian_Declaration_of_Independence',
      },
    ]);
  });

  it('reads doubled quotes and HTML links in cells', () => {
    const event = byTitle('Bombardment of the Majlis');
    expect(event.summary).toContain('The "Lesser Despotism" followed.');
    expect(event.summary).not.toContain('<a');
    expect(event.body).toBeUndefined();
  });

  it('reads end dates and display dates', () => {
    const event = byTitle('Kongresi i Lushnjës');
    expect([event.start, event.end]).toEqual(['1920-01', '1920-01']);
    expect(event.conflicts).toContainEqual({
      field: 'display_date',
      note: 'TimelineJS displayed: Janar 1920',
    });
  });

  it('reports bad rows by spreadsheet row and skips blank rows silently', () => {
    expect(sheet.warnings).toEqual([
      { message: 'title slide: media not kept (our format has no media)' },
      { row: 9, message: 'event skipped: start date has no year' },
      { row: 10, message: 'event skipped: start date year "nëntor" is not a whole number' },
    ]);
    expect(byTitle('Pa grup').category).toBe('general');
  });
});

describe('importTimelineCsv: edge cases', () => {
  it.each([
    ['LF line endings', `${HEADER}\n1999,,,,,,,,,Plain,,,,,,,,\n`, ['1999']],
    ['spaces around cells', csv(' 2001 , 9 , 11 ,,,,,,,Trimmed,,,,,,,,'), ['2001-09-11']],
    ['trailing blank lines', csv('1999,,,,,,,,,A,,,,,,,,', '', ',,,,', ''), ['1999']],
    ['BCE year', csv('-44,3,15,,,,,,,Ides,,,,,,,,'), ['-0043-03-15']],
    ['short rows', csv('1999,5'), ['1999-05']],
  ])('%s', (_name, text, starts) => {
    const { dataset, warnings } = importTimelineCsv(text, options);
    expect(dataset.events.map((e) => e.start)).toEqual(starts);
    expect(validate(dataset).problems).toEqual([]);
    expect(warnings.filter((w) => w.row !== undefined)).toEqual([]);
  });

  it('matches headers case- and space-insensitively, in any order', () => {
    const text = 'headline, YEAR ,endyear,GROUP\r\nA war,1914,1918,War\r\n';
    const { dataset } = importTimelineCsv(text, options);
    expect(dataset.events[0]).toMatchObject({ title: 'A war', start: '1914', end: '1918' });
    expect(dataset.categories).toEqual([{ id: 'war', label: 'War', color: 'blue' }]);
  });

  it('skips an era without an end and a second title row, with warnings', () => {
    const text = csv(
      '1900,,,,,,,,,Era without end,,,,,,era,,',
      ',,,,,,,,,Title one,,,,,,title,,',
      ',,,,,,,,,Title two,,,,,,title,,',
    );
    const { dataset, warnings } = importTimelineCsv(text, options);
    expect(dataset.eras).toEqual([]);
    expect(dataset.meta.title).toBe('Title one');
    expect(warnings).toEqual([
      { row: 4, message: 'a second title row; ignored' },
      { row: 2, message: 'era skipped: no end date' },
    ]);
  });

  it('drops an end before the start with a note', () => {
    const { dataset } = importTimelineCsv(csv('2000,,,,1990,,,,,Backwards,,,,,,,,'), options);
    expect(dataset.events[0]!.end).toBeUndefined();
    expect(dataset.events[0]!.conflicts?.[0]).toMatchObject({ field: 'end' });
  });

  it.each([
    ['empty text', ''],
    ['no Year column', 'Headline,Text\r\nA,B\r\n'],
    ['binary junk', '\u0000\u0001"unterminated'],
  ])('%s is fatal but does not throw', (_name, text) => {
    const result = importTimelineCsv(text, options);
    expect(result.fatal).toMatch(/Year/);
    expect(result.dataset.events).toEqual([]);
    expect(validate(result.dataset).problems).toEqual([]);
  });

  it("says what to load instead when given the timeline's own CSV export", () => {
    const dataset = JSON.parse(readFileSync('tests/fixtures/mini.json', 'utf8'));
    const exported = exportCsv(dataset, dataset.events, { language: 'fa' });
    const result = importTimelineCsv(exported, options);
    expect(result.fatal).toBe(
      "this is a table exported from a timeline, for reading in a spreadsheet, and it cannot be loaded back: load the timeline's JSON export instead, or a TimelineJS spreadsheet",
    );
    expect(result.dataset.events).toEqual([]);
  });

  it('reports an unterminated quote as a CSV warning', () => {
    const { warnings } = importTimelineCsv(csv('1999,,,,,,,,,"Open quote'), options);
    expect(warnings.some((w) => w.message.startsWith('CSV:'))).toBe(true);
  });
});
