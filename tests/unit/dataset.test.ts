import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/data/validate';
import { containsHtml } from '../../src/lib/data/semantic';
import type { Dataset } from '../../src/lib/data/types';
import { withReport } from '../../scripts/sources-report';

const dataset: Dataset = JSON.parse(readFileSync('data/mek.json', 'utf8'));
const byId = new Map(dataset.events.map((event) => [event.id, event]));
const SEEDS = [
  '000_73ddd853f7497411.txt',
  '001_5551fa4e7cdad651.txt',
  '002_c23dd3a1b0ef50a4.txt',
  '003_c8e19de521363987.txt',
  '004_4e4aaa11b2441879.txt',
];

describe('the flagship dataset', () => {
  it('passes validation with no problem at all', () => {
    expect(validate(dataset).problems).toEqual([]);
  });

  it('has at least 90 events from 1965 to 2026', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(90);
    const years = dataset.events.map((event) => Number(event.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(1965);
    expect(Math.max(...years)).toBe(2026);
  });

  it.each([1970, 1980, 1990, 2000, 2010, 2020])('has at least 5 events in the %is', (decade) => {
    const count = dataset.events.filter(
      (event) => Math.floor(Number(event.start.slice(0, 4)) / 10) * 10 === decade,
    ).length;
    expect(count).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['mek-founded', '1965-09'],
    ['revolution-1979', '1979-02-11'],
    ['june-20-1981-uprising', '1981-06-20'],
    ['rajavi-banisadr-flee-to-paris', '1981-07-28'],
    ['mek-moves-to-iraq-1986', '1986-06-07'],
    ['nla-founded', '1987-06-19'],
    ['operation-eternal-light-mersad', '1988-07-26'],
    ['us-fto-designation', '1997-10-08'],
    ['uk-proscription', '2001-03-29'],
    ['eu-listing', '2002-05-02'],
    ['natanz-arak-revealed', '2002-08-14'],
    ['iraq-invasion-2003', '2003-03-20'],
    ['mek-disarmament-2003', '2003-05-10'],
    ['uk-deproscription', '2008-06-24'],
    ['eu-delisting', '2009-01-26'],
    ['liberty-relocation', '2012-02-18'],
    ['us-delisting-decision', '2012-09-21'],
    ['us-delisting-effective', '2012-09-28'],
    ['albania-offers-refuge-2013', '2013-03-16'],
    ['albania-first-arrivals-2013', '2013-05-15'],
    ['ashraf-killings-2013-09', '2013-09-01'],
    ['liberty-last-transfer-2016', '2016-09-09'],
    ['albania-expels-iran-ambassador-2018', '2018-12-19'],
    ['albania-cyberattack-2022-07', '2022-07-15'],
    ['albania-breaks-relations', '2022-09-07'],
    ['ashraf3-police-raid', '2023-06-20'],
    ['herzog-albania-visit', '2024-09-12'],
  ])('dates the milestone %s to %s', (id, start) => {
    expect(byId.get(id)?.start).toBe(start);
  });

  it('has the eras a reader needs as bands', () => {
    expect(dataset.eras.map((era) => era.id)).toEqual(
      expect.arrayContaining([
        'shah-underground',
        'revolution-break',
        'paris-exile',
        'iraq-ashraf',
        'iraq-liberty',
        'us-fto-listing',
        'uk-proscription',
        'eu-listing',
        'albania',
      ]),
    );
  });

  it('sources and tags every event', () => {
    for (const event of dataset.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      expect(event.countries.length, event.id).toBeGreaterThan(0);
      expect(event.actors.length, event.id).toBeGreaterThan(0);
      expect(event.importance, event.id).toBeGreaterThanOrEqual(1);
      for (const source of event.sources)
        if (source.seed) expect(SEEDS, event.id).toContain(source.seed);
    }
  });

  it('attributes the contested account of the 2023 raid to both sides', () => {
    const speakers = byId.get('ashraf3-police-raid')?.accounts?.map((account) => account.actor);
    expect(speakers).toEqual(expect.arrayContaining(['mek', 'albania-police']));
  });

  it('records the seeds’ disagreement over when the MEK left Iraq', () => {
    const notes = dataset.events
      .flatMap((event) => event.conflicts ?? [])
      .map((conflict) => conflict.note);
    expect(notes.some((note) => note.includes('003') && note.includes('2003'))).toBe(true);
  });

  it.each(['sq', 'fa'])('translates every title and summary into %s', (language) => {
    for (const event of dataset.events) {
      const text = event.translations?.[language];
      expect(text?.title?.trim(), event.id).toBeTruthy();
      expect(text?.summary?.trim(), event.id).toBeTruthy();
      if (language === 'fa') expect(text!.title, event.id).toMatch(/[\u0600-\u06FF]/);
    }
    for (const entry of [...dataset.countries, ...dataset.actors])
      expect(entry.translations?.[language]?.name?.trim(), entry.name).toBeTruthy();
    for (const category of dataset.categories)
      expect(category.translations?.[language]?.label?.trim()).toBeTruthy();
    for (const era of dataset.eras)
      expect(era.translations?.[language]?.title?.trim()).toBeTruthy();
  });

  it('has no HTML in any text, in any language', () => {
    const texts = JSON.stringify(dataset).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    expect(texts.filter((text) => containsHtml(JSON.parse(text) as string))).toEqual([]);
  });

  it('is listed in data/SOURCES.md as it stands (run npm run data:sources after editing)', () => {
    const markdown = readFileSync('data/SOURCES.md', 'utf8');
    expect(withReport(markdown, dataset)).toBe(markdown);
  });
});
