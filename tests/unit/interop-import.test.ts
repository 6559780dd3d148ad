import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../src/lib/data/richtext';
import type { TimelineEvent } from '../../src/lib/data/types';
import { validate } from '../../src/lib/data/validate';
import { importTimelineJs } from '../../src/lib/interop';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/timelinejs/${name}`, 'utf8'));
const berlin = importTimelineJs(fixture('berlin-wall.json'), {
  sourceName: 'berlin-wall.json',
  sourceUrl: 'https://example.org/berlin-timeline',
  language: 'en',
  updated: '2026-11-22',
});
const rome = importTimelineJs(fixture('rome-bce.json'), { sourceName: 'rome-bce.json' });
const byId = (events: TimelineEvent[], id: string) => events.find((e) => e.id === id)!;

describe('importTimelineJs: newsroom timeline', () => {
  const { dataset, warnings } = berlin;

  it('passes validate() with zero problems', () => {
    expect(validate(dataset).problems).toEqual([]);
    expect(dataset.events).toHaveLength(6);
  });

  it('turns the title slide into meta, not an event', () => {
    expect(dataset.meta).toEqual({
      title: 'The Berlin Wall 1961–1989',
      description: 'How a city was divided for 28 years — and opened in a single night.',
      language: 'en',
      license: 'unknown',
      updated: '2026-11-22',
      defaultView: { lanes: 'category' },
    });
    expect(warnings).toContainEqual({ message: expect.stringMatching(/title slide: media/) });
  });

  it.each([
    ['wall-built', 'a valid unique_id is kept'],
    ['kennedy-in-berlin', 'an invalid unique_id is slugged'],
    ['tl-0002-1987', 'no unique_id: index and year'],
    ['wall-built-2', 'a repeated unique_id gets a suffix'],
    ['reunification', 'a valid unique_id is kept'],
  ])('has id %s (%s)', (id) => {
    expect(dataset.events.map((e) => e.id)).toContain(id);
  });

  it('maps groups to categories with round-robin colours, and no group to "general"', () => {
    expect(dataset.categories).toEqual([
      { id: 'politics', label: 'Politics', color: 'blue' },
      { id: 'diplomacy', label: 'Diplomacy', color: 'red' },
      { id: 'general', label: 'General', color: 'green' },
    ]);
    expect(byId(dataset.events, 'tl-0004-1990').category).toBe('general');
  });

  it('maps eras with slugged ids and plain titles', () => {
    expect(dataset.eras).toEqual([
      { id: 'the-wall-stands', title: 'The Wall stands', start: '1961-08-13', end: '1989-11-09' },
      {
        id: 'road-to-unity',
        title: 'Road to unity',
        start: '1989-11-09',
        end: '1990-10-03',
        summary: 'From the opening of the border to German reunification.',
      },
    ]);
  });

  it('splits text into a lead summary and paragraphs with safe links', () => {
    const event = byId(dataset.events, 'wall-built');
    expect(event.title).toBe('Construction begins');
    expect(event.summary).toBe(
      'Overnight, East German troops and police closed the sector border with barbed wire. Concrete followed within days.',
    );
    expect(event.body).toEqual([
      'Overnight, East German troops and police closed the sector border with barbed wire. Concrete followed within days. See [the Wikipedia article](https://en.wikipedia.org/wiki/Berlin_Wall).',
      'Families were cut off from one another.',
      'Some jumped from windows on Bernauer Straße.',
    ]);
  });

  it('keeps media as a source: caption as title, credit as publisher', () => {
    expect(byId(dataset.events, 'wall-built').sources).toEqual([
      {
        title: 'Building the wall, November 1961',
        publisher: 'Bundesarchiv, Bild 173-1321',
        url: 'https://upload.wikimedia.org/wikipedia/commons/0/0e/Bundesarchiv_Bild_173-1321%2C_Berlin%2C_Mauerbau.jpg',
      },
    ]);
    expect(byId(dataset.events, 'kennedy-in-berlin').sources[0]).toMatchObject({
      title: 'JFK Library',
      url: 'https://www.youtube.com/watch?v=hH6nQhss4Yc',
    });
  });

  it('drops embed media with a note and falls back to the given source URL', () => {
    const event = byId(dataset.events, 'tl-0002-1987');
    expect(event.conflicts).toContainEqual({
      field: 'media',
      note: expect.stringMatching(/^TimelineJS media not kept \(not an http\(s\) URL\)/),
    });
    expect(event.sources).toEqual([
      {
        title: 'Imported from TimelineJS: berlin-wall.json',
        url: 'https://example.org/berlin-timeline',
      },
    ]);
    // Decoded curly quotes survive in the headline.
    expect(event.title).toBe('“Tear down this wall!”');
  });

  it('strips scripts, styles, iframes and unsafe links from text', () => {
    const event = byId(dataset.events, 'kennedy-in-berlin');
    const text = JSON.stringify(event);
    expect(text).not.toMatch(/document\.cookie|evil\.example|color: red|iframes|javascript:/i);
    expect(text).not.toMatch(/<\s*[a-z!/?]/i);
    expect(event.body).toEqual([
      'President Kennedy spoke at Rathaus Schöneberg to a crowd of about 450,000 & declared solidarity with West Berlin.',
      'Click here for the speech, or write to the archive (archive@example.org). Entities: ‹b>not bold‹/b> © 1963.',
    ]);
    for (const paragraph of event.body ?? [])
      expect(parseRichText(paragraph).filter((s) => s.kind === 'link')).toEqual([]);
  });

  it('records display dates as conflicts', () => {
    expect(byId(dataset.events, 'kennedy-in-berlin').conflicts).toContainEqual({
      field: 'display_date',
      note: 'TimelineJS displayed: Summer 1963',
    });
    expect(byId(dataset.events, 'tl-0004-1990').conflicts).toContainEqual({
      field: 'display_date',
      note: 'TimelineJS displayed: June 1990',
    });
  });

  it('keeps ends, dropping the time of day', () => {
    expect(byId(dataset.events, 'wall-built-2')).toMatchObject({
      start: '1989-11-09',
      end: '1989-11-10',
    });
  });

  it('warns about the renamed duplicate id, with its index', () => {
    expect(warnings).toContainEqual({ index: 3, message: expect.stringMatching(/wall-built-2/) });
  });
});

describe('importTimelineJs: BCE dates and string numbers', () => {
  const { dataset, warnings } = rome;

  it('passes validate() with zero problems', () => {
    expect(validate(dataset).problems).toEqual([]);
  });

  it.each([
    ['Founding of Rome', '-0752-04-21', undefined],
    ['The Republic is established', '-0508', undefined],
    ['Caesar crosses the Rubicon; civil war', '-0048-01-10', '-0044'],
    ['Assassination of Julius Caesar', '-0043-03-15', undefined],
    ['Octavian receives the name Augustus', '-0026', undefined],
    ['Death of Augustus', '0014-08-19', undefined],
    ['Eruption of Vesuvius', '0079', undefined],
    ['A year zero', '0000', undefined],
  ])('%s starts %s', (title, start, end) => {
    const event = dataset.events.find((e) => e.title === title)!;
    expect(event.start).toBe(start);
    expect(event.end).toBe(end);
  });

  it('gives BCE ids a readable year', () => {
    expect(dataset.events.map((e) => e.id)).toEqual([
      'tl-0000-753bce',
      'tl-0001-509bce',
      'tl-0002-49bce',
      'ides-of-march',
      'tl-0004-27bce',
      'tl-0005-14',
      'tl-0006-79',
      'tl-0009-1bce',
    ]);
  });

  it('notes a day without a month and an impossible month', () => {
    expect(byId(dataset.events, 'tl-0004-27bce').conflicts).toContainEqual({
      field: 'start',
      note: 'Day "16" given without a month; kept the year only.',
    });
    expect(byId(dataset.events, 'tl-0006-79').conflicts?.[0]?.note).toMatch(/Month "13"/);
  });

  it('reports bad years by index instead of throwing', () => {
    expect(warnings).toEqual([
      { index: 7, message: 'event skipped: start date year "44 BC" is not a whole number' },
      { index: 8, message: 'event skipped: start date has no year' },
    ]);
  });

  it('flags the placeholder source when no source URL is given', () => {
    const event = byId(dataset.events, 'ides-of-march');
    expect(event.sources).toEqual([
      { title: 'TimelineJS import (no source given)', url: 'https://timeline.knightlab.com/' },
    ]);
    expect(event.conflicts).toContainEqual({ field: 'sources', note: expect.any(String) });
    expect(event.summary).toBe(event.title);
  });

  it('maps BCE eras', () => {
    expect(dataset.eras.map((e) => [e.id, e.start, e.end])).toEqual([
      ['roman-republic', '-0508', '-0026'],
      ['roman-empire-in-the-west', '-0026-01-16', '0476-09-04'],
    ]);
  });
});
