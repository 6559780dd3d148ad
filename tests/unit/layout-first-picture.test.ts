import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/data/validate';
import { firstPicture, type FirstPicture } from '../../src/lib/layout/first-picture';

const mek = JSON.parse(readFileSync('data/mek.json', 'utf8')) as Record<string, unknown>;

/** A small dataset: three categories, events set far apart so none share a stretch. */
function doc(events: unknown[], extra: Record<string, unknown> = {}) {
  return {
    meta: {
      title: 'Test',
      description: 'Events for the picture',
      translations: { fa: { title: 'آزمون' } },
    },
    categories: [
      { id: 'a', label: 'Alpha', color: 'blue', translations: { fa: { label: 'الف' } } },
      { id: 'b', label: 'Beta', color: 'red' },
      { id: 'c', label: 'Gamma', color: 'green' },
    ],
    countries: [
      { code: 'IR', name: 'Iran' },
      { code: 'AL', name: 'Albania' },
    ],
    actors: [],
    events,
    ...extra,
  };
}

const ev = (id: string, start: string, more: Record<string, unknown> = {}) => ({
  id,
  start,
  category: 'a',
  countries: ['IR'],
  actors: [],
  importance: 3,
  ...more,
});

const ids = (picture: FirstPicture | null) =>
  (picture?.lanes ?? []).flatMap((lane) => lane.marks.map((mark) => mark.id)).sort();

const WIDTH = 1000;

describe('firstPicture', () => {
  it('draws the flagship: lanes in registry order, marks inside the width, ids of real events', () => {
    const picture = firstPicture(mek, { width: WIDTH, rtl: false, language: 'en' })!;
    const report = validate(mek);
    const valid = new Set(report.dataset!.events.map((event) => event.id));
    const categories = (mek.categories as { label: string }[]).map((c) => c.label);
    expect(picture.title).toBe((mek.meta as { title: string }).title);
    expect(picture.lanes.map((lane) => lane.label)).toEqual(
      categories.filter((label) => picture.lanes.some((lane) => lane.label === label)),
    );
    const marks = picture.lanes.flatMap((lane) => lane.marks);
    expect(marks.length).toBeGreaterThan(50);
    for (const mark of marks) {
      expect(valid.has(mark.id)).toBe(true);
      expect(mark.x).toBeGreaterThanOrEqual(10);
      expect(mark.x).toBeLessThanOrEqual(WIDTH - 10);
    }
  });

  it('keeps marks 16 px apart at least, the most important, so a dense lane is bounded by the width', () => {
    const events = Array.from({ length: 2000 }, (_, i) =>
      ev(`e${i}`, `${1965 + (i % 60)}-0${1 + (i % 9)}-1${i % 10}`, { importance: 1 + (i % 5) }),
    );
    const picture = firstPicture(doc(events), { width: 320, rtl: false, language: 'en' })!;
    const marks = picture.lanes[0]!.marks;
    expect(marks.length).toBeLessThanOrEqual(Math.ceil(320 / 16) + 1);
    const xs = marks.map((mark) => mark.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(16);
    const picked = firstPicture(
      doc([
        ev('small', '1990-01-01', { importance: 1 }),
        ev('big', '1990-01-02', { importance: 5 }),
        ev('far', '2020'),
      ]),
      { width: WIDTH, rtl: false, language: 'en' },
    )!;
    expect(ids(picked)).toEqual(['big', 'far']);
    expect(picked.lanes[0]!.marks.find((mark) => mark.id === 'big')!.size).toBe(170);
    expect(picked.lanes[0]!.marks.find((mark) => mark.id === 'far')!.size).toBe(100);
  });

  it('mirrors right to left: the earliest event at the right', () => {
    const events = [ev('early', '1970'), ev('late', '2020')];
    const ltr = firstPicture(doc(events), { width: WIDTH, rtl: false, language: 'en' })!;
    const rtl = firstPicture(doc(events), { width: WIDTH, rtl: true, language: 'en' })!;
    const x = (picture: FirstPicture, id: string) =>
      picture.lanes[0]!.marks.find((mark) => mark.id === id)!.x;
    expect(x(ltr, 'early')).toBeLessThan(x(ltr, 'late'));
    expect(x(rtl, 'early')).toBeGreaterThan(x(rtl, 'late'));
    expect(x(rtl, 'early')).toBeCloseTo(WIDTH - x(ltr, 'early'), 6);
  });

  it('uses the reader language where the dataset has it, and names no catalogue lane in other languages', () => {
    const events = [ev('one', '1970'), ev('two', '1980', { category: 'nowhere' })];
    const fa = firstPicture(doc(events), { width: WIDTH, rtl: true, language: 'fa' })!;
    expect(fa.title).toBe('آزمون');
    expect(fa.description).toBe('Events for the picture');
    expect(fa.lanes.map((lane) => lane.label)).toEqual(['الف', '']);
    const en = firstPicture(doc(events), { width: WIDTH, rtl: false, language: 'en' })!;
    expect(en.lanes.map((lane) => lane.label)).toEqual(['Alpha', 'Other']);
  });

  it('shows a window asked for, clamped to the data, and lanes by another dimension', () => {
    const events = [ev('old', '1970'), ev('mid', '1990', { countries: ['AL'] }), ev('new', '2020')];
    const windowed = firstPicture(doc(events), {
      width: WIDTH,
      rtl: false,
      language: 'en',
      window: [Date.UTC(1985, 0, 1), Date.UTC(1995, 0, 1)],
    })!;
    expect(ids(windowed)).toEqual(['mid']);
    expect(windowed.lanes[0]!.marks[0]!.x).toBeCloseTo(WIDTH / 2, -1);
    const byCountry = firstPicture(doc(events), {
      width: WIDTH,
      rtl: false,
      language: 'en',
      lanes: 'country',
    })!;
    expect(byCountry.lanes.map((lane) => [lane.label, lane.marks.map((m) => m.id).sort()])).toEqual(
      [
        ['Iran', ['new', 'old']],
        ['Albania', ['mid']],
      ],
    );
  });

  it('draws a period as a bar to its end', () => {
    const picture = firstPicture(doc([ev('span', '1970', { end: '1990' }), ev('point', '2020')]), {
      width: WIDTH,
      rtl: false,
      language: 'en',
    })!;
    const [span, point] = picture.lanes[0]!.marks.sort((a, b) => a.x - b.x);
    expect(span!.x2! - span!.x).toBeGreaterThan(300);
    expect(point!.x2).toBeUndefined();
  });

  it('leaves out what does not look like an event, and keeps the rest', () => {
    const events = [
      ev('good', '1970'),
      null,
      'text',
      [],
      { start: '1970', category: 'a' },
      ev('', '1970'),
      ev('good', '1980'),
      ev('bad-date', '1970-13-40'),
      ev('bad-end', '1970', { end: 1990 }),
      ev('no-category', '1970', { category: 3 }),
      ev('odd-lists', '2000', { countries: 'IR', actors: null, importance: 'high' }),
    ];
    const picture = firstPicture(doc(events), { width: WIDTH, rtl: false, language: 'en' });
    expect(ids(picture)).toEqual(['good', 'odd-lists']);
  });

  it('answers null for what is not a dataset, and never throws', () => {
    for (const value of [null, 3, 'x', [], {}, { meta: {} }, { meta: {}, events: {} }])
      expect(firstPicture(value, { width: WIDTH, rtl: false, language: 'en' })).toBeNull();
    expect(
      firstPicture(doc([ev('a', '1970')]), { width: 0, rtl: false, language: 'en' }),
    ).toBeNull();
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 20 }), (meta, events) => {
        const picture = firstPicture(
          { meta, categories: meta, events },
          { width: 300, rtl: false, language: 'en' },
        );
        for (const mark of (picture?.lanes ?? []).flatMap((lane) => lane.marks))
          expect(Number.isFinite(mark.x)).toBe(true);
      }),
    );
  });
});
