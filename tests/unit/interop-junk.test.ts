import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/data/validate';
import { exportTimelineJs, importTimelineCsv, importTimelineJs } from '../../src/lib/interop';

const options = { sourceName: 'junk' };

// Values a careless or hostile file might hold where a number, string or object belongs.
const junk = fc.oneof(
  fc.constantFrom(
    null,
    '',
    '<script>x</script>',
    'javascript:alert(1)',
    '[x](javascript:y)',
    '&lt;b&gt;',
    -0,
    NaN,
    1e21,
    '-99999999',
    '0',
    '13',
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.anything({ maxDepth: 2 }),
);
const date = fc.record(
  { year: junk, month: junk, day: junk, hour: junk, display_date: junk },
  { requiredKeys: [] },
);
const slide = fc.record(
  {
    start_date: fc.oneof(date, junk),
    end_date: fc.oneof(date, junk),
    text: fc.oneof(fc.record({ headline: junk, text: junk }, { requiredKeys: [] }), junk),
    media: fc.oneof(
      fc.record({ url: junk, caption: junk, credit: junk }, { requiredKeys: [] }),
      junk,
    ),
    group: junk,
    display_date: junk,
    unique_id: junk,
  },
  { requiredKeys: [] },
);
const tlDocument = fc.record(
  {
    title: fc.oneof(slide, junk),
    events: fc.array(fc.oneof(slide, junk), { maxLength: 8 }),
    eras: fc.oneof(fc.array(fc.oneof(slide, junk), { maxLength: 3 }), junk),
    scale: junk,
  },
  { requiredKeys: ['events'] },
);

describe('importers on junk', () => {
  it('importTimelineJs never throws and its output always validates', () => {
    fc.assert(
      fc.property(fc.oneof(tlDocument, fc.anything()), (value) => {
        const { dataset } = importTimelineJs(value, options);
        expect(validate(dataset).problems).toEqual([]);
        // And what we export from it imports back to a valid dataset too.
        const again = importTimelineJs(
          JSON.parse(JSON.stringify(exportTimelineJs(dataset))),
          options,
        );
        expect(validate(again.dataset).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('importTimelineCsv never throws and its output always validates', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '"',
        '""',
        '\n',
        '\r\n',
        ',',
        '-44',
        '1965',
        'era',
        'title',
        '<a href="javascript:x">y</a>',
      ),
    );
    const rows = fc.array(fc.array(cell, { maxLength: 18 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.boolean(), (cells, header) => {
        const body = cells.map((r) => r.join(',')).join('\r\n');
        const text = header ? `Year,Month,Day,Headline,Text,Type,Group,Media\r\n${body}` : body;
        expect(validate(importTimelineCsv(text, options).dataset).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'a bad language and date in the options',
      { sourceName: 'x', language: 'English', updated: '2026-13-40' },
    ],
    ['a non-http source URL', { sourceName: 'x', sourceUrl: 'javascript:alert(1)' }],
    ['markup in the source name', { sourceName: '<b>x</b>' }],
  ])('falls back safely on %s', (_name, opts) => {
    const result = importTimelineJs({ events: [{ start_date: { year: 1 } }] }, opts);
    expect(validate(result.dataset).problems).toEqual([]);
    expect(result.dataset.events[0]!.sources[0]!.url).toBe('https://timeline.knightlab.com/');
  });
});
