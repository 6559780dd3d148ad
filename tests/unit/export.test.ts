import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvField, exportCsv, exportFileName, exportJson } from '../../src/lib/data/export';
import { validate } from '../../src/lib/data/validate';
import type { Dataset, TimelineEvent } from '../../src/lib/data/types';

const read = (path: string): Dataset => JSON.parse(readFileSync(path, 'utf8'));
const mek = read('data/mek.json');
const mini = read('tests/fixtures/mini.json');

/** A strict RFC 4180 reader, so the tests check the text rather than trust the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted) {
      if (c !== '"') field += c;
      else if (next === '"') field += text[i++];
      else if (/^(,|\r\n|$)/.test(text.slice(i + 1, i + 3))) quoted = false;
      else throw new Error(`text after a closing quote at ${i}`);
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && next === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)}`);
    else field += c;
  }
  if (quoted || field !== '' || row.length > 0) throw new Error('last record lacks CRLF');
  return rows;
}

const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
  ...mini.events[0]!,
  ...over,
});
const csvRows = (events: TimelineEvent[], language?: string) =>
  parseCsv(exportCsv(mini, events, language === undefined ? {} : { language }).slice(1));

describe('the test CSV reader', () => {
  it.each(['a"b\r\n', '"a"b\r\n', 'a\nb\r\n', '"open\r\n', 'a,b'])('refuses %j', (text) =>
    expect(() => parseCsv(text)).toThrow(),
  );
  it('reads quoted fields', () =>
    expect(parseCsv('"a,""b""\r\nc",,d\r\n')).toEqual([['a,"b"\r\nc', '', 'd']]));
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
  ])('quotes %j as %j', (input, output) => expect(csvField(input)).toBe(output));

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\r=x', '"\'\r=x"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a=b', 'a=b'],
  ])('defuses the formula %j', (input, output) => expect(csvField(input)).toBe(output));

  it.each([
    ['-0043', true, '-0043'],
    ['-0043-03-15', true, '-0043-03-15'],
    ['-0043', false, "'-0043"],
    ['=1+1', true, "'=1+1"],
  ])('date %j (date column: %s) is written %j', (input, isDate, output) =>
    expect(csvField(input, isDate)).toBe(output),
  );
});

describe('exportCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const text = exportCsv(mini, mini.events);
    expect(text.startsWith('\uFEFFid,start,end,circa,title,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
    expect(parseCsv(text.slice(1))).toHaveLength(mini.events.length + 1);
  });

  it('writes only the header for an empty selection', () => {
    expect(exportCsv(mini, [])).toBe(
      '\uFEFFid,start,end,circa,title,summary,category,countries,actors,era,importance,sources\r\n',
    );
  });

  it('names registry entries and lists sources', () => {
    const [header, row] = csvRows([mini.events[1]!]);
    const record = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
    expect(record).toMatchObject({
      id: 'us-fto-designation',
      start: '1997-10-08',
      end: '',
      circa: 'false',
      category: 'Designation',
      countries: 'United States; Iran',
      actors: "US State Department; People's Mojahedin Organization of Iran (MEK)",
      era: 'US terrorist listing',
      importance: '5',
      sources: 'Seed article 004 — 004_4e4aaa11b2441879.txt',
    });
  });

  it('round-trips awkward text exactly, and defuses formulas', () => {
    const tricky = event({
      id: 'tricky',
      start: '-0043-03-15',
      end: '-0043',
      title: 'Commas, "quotes"\nand lines',
      summary: '=HYPERLINK("http://evil.example")',
      sources: [{ title: '@home', publisher: 'A, B', url: 'https://example.org/?a=1,2' }],
    });
    const [, row] = csvRows([tricky]);
    expect(row!.slice(1, 3)).toEqual(['-0043-03-15', '-0043']);
    expect(row![4]).toBe('Commas, "quotes"\nand lines');
    expect(row![5]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(row![11]).toBe("'@home — A, B — https://example.org/?a=1,2");
  });

  it('adds the reader’s language and keeps Persian text intact', () => {
    const rows = parseCsv(exportCsv(mek, mek.events, { language: 'fa' }).slice(1));
    expect(rows[0]!.slice(-2)).toEqual(['title_fa', 'summary_fa']);
    const founded = mek.events.findIndex((e) => e.id === 'mek-founded');
    const fa = mek.events[founded]!.translations!.fa!;
    expect(fa.title).toMatch(/[\u0600-\u06FF]/);
    expect(rows[founded + 1]!.slice(-2)).toEqual([fa.title, fa.summary]);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  it('adds no translation columns for the base language', () => {
    expect(csvRows(mini.events, 'en')[0]).not.toContain('title_en');
  });
});

describe('exportJson', () => {
  const cases: [string, Dataset, (e: TimelineEvent) => boolean][] = [
    ['mini, everything', mini, () => true],
    ['mini, Albania', mini, (e) => e.countries.includes('AL')],
    ['mek, everything', mek, () => true],
    ['mek, Albania', mek, (e) => e.countries.includes('AL')],
    ['mek, with accounts', mek, (e) => (e.accounts?.length ?? 0) > 0],
    ['mek, milestones', mek, (e) => e.importance === 5],
    ['mek, 1980s', mek, (e) => e.start.startsWith('198')],
    ['mek, nothing', mek, () => false],
  ];

  it.each(cases)('%s: validates and keeps only what the events refer to', (_, data, keep) => {
    const events = data.events.filter(keep).reverse();
    const out = exportJson(data, events);
    expect(validate(JSON.parse(JSON.stringify(out))).problems).toEqual([]);
    expect(out.events).toEqual(events);
    expect(out.meta).toEqual(data.meta);
    const used = (pick: (e: TimelineEvent) => (string | undefined)[]) =>
      new Set(events.flatMap(pick));
    const subset = <T>(all: T[], key: (x: T) => string, ids: Set<string | undefined>) =>
      all.filter((x) => ids.has(key(x)));
    expect(out.countries).toEqual(
      subset(
        data.countries,
        (c) => c.code,
        used((e) => e.countries),
      ),
    );
    const actorIds = used((e) => [...e.actors, ...(e.accounts ?? []).map((a) => a.actor)]);
    expect(out.actors).toEqual(subset(data.actors, (a) => a.id, actorIds));
    expect(out.categories).toEqual(
      subset(
        data.categories,
        (c) => c.id,
        used((e) => [e.category]),
      ),
    );
    expect(out.eras).toEqual(
      subset(
        data.eras,
        (e) => e.id,
        used((e) => [e.era]),
      ),
    );
  });

  it('keeps actors named only by an account', () => {
    const withSpeaker = event({
      actors: [],
      accounts: [{ by: 'Police', actor: 'albania-police', statement: 'x', source: { title: 's' } }],
    });
    const out = exportJson(mini, [withSpeaker]);
    expect(out.actors.map((a) => a.id)).toEqual(['albania-police']);
  });

  it('is an empty dataset for an empty selection', () => {
    const out = exportJson(mini, []);
    expect(out).toMatchObject({ events: [], countries: [], actors: [], eras: [] });
    expect(validate(out).problems).toEqual([]);
  });
});

describe('exportFileName', () => {
  it.each([
    [
      'The MEK and its hosts, 1965 to today',
      'csv',
      undefined,
      'the-mek-and-its-hosts-1965-to-today.csv',
    ],
    ['Test timeline', 'json', '2026-11-22', 'test-timeline-2026-11-22.json'],
    ['MEK-u dhe vendet pritëse', 'csv', undefined, 'mek-u-dhe-vendet-pritese.csv'],
    ['../../etc/passwd', 'json', undefined, 'etc-passwd.json'],
    ['evil\u202Etxt.exe', 'csv', undefined, 'eviltxt-exe.csv'],
    ['  ***  ', 'csv', undefined, 'timeline.csv'],
    ['CON', 'csv', undefined, 'con-timeline.csv'],
    ['سازمان مجاهدین', 'json', undefined, 'سازمان-مجاهدین.json'],
  ] as const)('%j → %j', (title, kind, date, name) =>
    expect(exportFileName(title, kind, date)).toBe(name),
  );

  it('keeps names short', () => {
    expect(exportFileName('word '.repeat(100), 'csv').length).toBeLessThanOrEqual(64);
  });
});
