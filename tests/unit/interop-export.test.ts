import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/data/types';
import { validate } from '../../src/lib/data/validate';
import {
  detectFormat,
  escapeHtml,
  exportTimelineJs,
  importTimelineJs,
} from '../../src/lib/interop';

const read = (path: string): Dataset => JSON.parse(readFileSync(path, 'utf8'));
const mini = read('tests/fixtures/mini.json');
const mek = read('data/mek.json');
const options = { sourceName: 'roundtrip.json' };

/** ours → TimelineJS JSON text → ours, as a file on disk would go. */
const roundTrip = (dataset: Dataset) =>
  importTimelineJs(JSON.parse(JSON.stringify(exportTimelineJs(dataset))), options);

describe.each([
  ['tests/fixtures/mini.json', mini],
  ['data/mek.json', mek],
])('round trip ours → TimelineJS → ours: %s', (_path, original) => {
  const back = roundTrip(original);
  const label = (d: Dataset, id: string) => d.categories.find((c) => c.id === id)?.label;

  it('validates cleanly with no warnings', () => {
    expect(validate(back.dataset).problems).toEqual([]);
    expect(back.warnings).toEqual([]);
  });

  it('keeps ids, dates at their precision, titles and summaries', () => {
    const pick = (d: Dataset) =>
      d.events.map(({ id, start, end, title, summary }) => ({ id, start, end, title, summary }));
    expect(pick(back.dataset)).toEqual(pick(original));
  });

  it('keeps categories, as groups named by their labels', () => {
    expect(back.dataset.events.map((e) => label(back.dataset, e.category))).toEqual(
      original.events.map((e) => label(original, e.category)),
    );
  });

  it('keeps sources (url or seed, publisher, date)', () => {
    expect(back.dataset.events.map((e) => e.sources)).toEqual(
      original.events.map((e) => e.sources),
    );
  });

  it('keeps body paragraphs first, then accounts as attributed paragraphs', () => {
    original.events.forEach((event, i) => {
      const body = back.dataset.events[i]!.body ?? [];
      expect(body.slice(0, event.body?.length ?? 0)).toEqual(event.body ?? []);
      expect(body.length).toBe((event.body?.length ?? 0) + (event.accounts?.length ?? 0));
    });
  });

  it('keeps meta title and description and era dates', () => {
    expect(back.dataset.meta.title).toBe(original.meta.title);
    expect(back.dataset.meta.description).toBe(original.meta.description);
    expect(back.dataset.eras.map((e) => [e.title, e.start, e.end])).toEqual(
      original.eras.map((e) => [e.title, e.start, e.end]),
    );
  });
});

describe('exportTimelineJs', () => {
  const tl = exportTimelineJs(mini);

  it('writes the title slide, numeric dates and groups', () => {
    expect(tl.title?.text?.headline).toBe('Test timeline');
    expect(tl.scale).toBe('human');
    const first = tl.events[0]!;
    expect(first.unique_id).toBe(mini.events[0]!.id);
    expect(typeof first.start_date?.year).toBe('number');
    expect(first.group).toBe(mini.categories.find((c) => c.id === mini.events[0]!.category)!.label);
  });

  it('escapes text and writes links only from [label](url)', () => {
    const dataset: Dataset = {
      ...mini,
      events: [
        {
          ...mini.events[0]!,
          title: 'Tom & "Jerry" <3',
          summary: 'a < b > c',
          body: ['See [the report](https://example.org/?a=1&b=2) and [bad](javascript:alert(1)).'],
        },
      ],
    };
    const event = exportTimelineJs(dataset).events[0]!;
    expect(event.text?.headline).toBe('Tom &amp; &quot;Jerry&quot; &lt;3');
    expect(event.text?.text).toContain('<p class="chronicle-summary">a &lt; b &gt; c</p>');
    expect(event.text?.text).toContain(
      '<p>See <a href="https://example.org/?a=1&amp;b=2">the report</a> and [bad](javascript:alert(1)).</p>',
    );
    expect(event.text?.text).not.toContain('href="javascript');
  });

  it('exports BCE dates in TimelineJS numbering and the round trip keeps them', () => {
    const dataset: Dataset = {
      ...mini,
      eras: [],
      events: [{ ...mini.events[0]!, id: 'ides', start: '-0043-03-15', end: '-0042' }],
    };
    const event = exportTimelineJs(dataset).events[0]!;
    expect(event.start_date).toEqual({ year: -44, month: 3, day: 15 });
    expect(event.end_date).toEqual({ year: -43 });
    expect(roundTrip(dataset).dataset.events[0]).toMatchObject({
      start: '-0043-03-15',
      end: '-0042',
    });
  });

  it('does not re-export a placeholder source as a citation', () => {
    const imported = importTimelineJs(
      { events: [{ start_date: { year: 2000 }, text: { headline: 'x' } }] },
      options,
    );
    const again = roundTrip(imported.dataset).dataset.events[0]!;
    expect(again.conflicts).toContainEqual({ field: 'sources', note: expect.any(String) });
    expect(exportTimelineJs(imported.dataset).events[0]!.text?.text).not.toContain('knightlab');
  });

  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('detectFormat', () => {
  it.each([
    ['our dataset', mini, 'ours'],
    ['our empty dataset', { ...mini, events: [] }, 'ours'],
    ['an export of ours', exportTimelineJs(mini), 'timelinejs'],
    [
      'TimelineJS fixture',
      JSON.parse(readFileSync('tests/fixtures/timelinejs/rome-bce.json', 'utf8')),
      'timelinejs',
    ],
    [
      'TimelineJS with only a title',
      { title: { text: { headline: 'x' } }, events: [] },
      'timelinejs',
    ],
    ['events of neither kind', { events: [{ when: 1 }] }, 'unknown'],
    ['events of both kinds', { meta: {}, events: [{ start_date: { year: 1 } }] }, 'unknown'],
    ['bare empty events', { events: [] }, 'unknown'],
    ['an array', [], 'unknown'],
    ['null', null, 'unknown'],
    ['a string', 'events', 'unknown'],
  ])('%s is %s', (_name, value, format) => {
    expect(detectFormat(value)).toBe(format);
  });
});
