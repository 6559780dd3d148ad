import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_META,
  formatReport,
  validate,
  validateAsync,
  VALIDATE_CHUNK,
} from '../../src/lib/data/validate';
import type { Dataset, TimelineEvent } from '../../src/lib/data/types';

const mini = (): Dataset => JSON.parse(readFileSync('tests/fixtures/mini.json', 'utf8'));

/** The mini dataset with its second event patched: the problem must name that event. */
function withEvent(patch: Record<string, unknown>, drop: string[] = []): Dataset {
  const doc = mini();
  const event: Record<string, unknown> = { ...doc.events[1], ...patch };
  for (const key of drop) delete event[key];
  doc.events[1] = event as unknown as TimelineEvent;
  return doc;
}

describe('validate: a good dataset', () => {
  it('accepts the test fixture with no problems', () => {
    const report = validate(mini());
    expect(report.problems).toEqual([]);
    expect(report.dataset?.events).toHaveLength(5);
  });
});

describe('validate: event problems name the event, its path and the field', () => {
  it.each([
    [{ end: '1996' }, [], 'end "1996" is before start "1997-10-08"'],
    [
      { start: '2023-02-30' },
      [],
      'start "2023-02-30" does not exist (month 02 of 2023 has 28 days)',
    ],
    [
      { start: '1997-10-8' },
      [],
      'start "1997-10-8" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [{ category: 'nope' }, [], 'category refers to unknown category "nope"'],
    [{ era: 'nope' }, [], 'era refers to unknown era "nope"'],
    [{ countries: ['FR'] }, [], 'countries refers to unknown country "FR"'],
    [{ countries: ['fr'] }, [], 'countries[0] "fr" is not an ISO 3166-1 alpha-2 code (or EU)'],
    [{ actors: ['ghost'] }, [], 'actors refers to unknown actor "ghost"'],
    [{ sources: [] }, [], 'sources: an event needs at least one source'],
    [{}, ['sources'], 'missing required field "sources"'],
    [{}, ['title'], 'missing required field "title"'],
    [
      { sources: [{ title: 'x', url: 'javascript:alert(1)' }] },
      [],
      'sources[0].url "javascript:alert(1)" is not an http(s) URL',
    ],
    [
      { sources: [{ title: 'x', url: 'ftp://example.org/a' }] },
      [],
      'sources[0].url "ftp://example.org/a" is not an http(s) URL',
    ],
    [{ sources: [{ title: 'x' }] }, [], 'sources[0] needs a url or a seed'],
    [{ title: 'A <script>alert(1)</script>' }, [], 'title contains HTML'],
    [{ body: ['Fine.', '<img src=x onerror=alert(1)>'] }, [], 'body[1] contains HTML'],
    [
      { body: ['See [this](javascript:alert(1)).'] },
      [],
      'link target "javascript:alert(1" is not an http(s) URL',
    ],
    [{ translations: { fa: { title: '<b>x</b>' } } }, [], 'translations.fa.title contains HTML'],
    [{ importance: 7 }, [], 'importance 7 is out of range'],
    [{ importance: '5' }, [], 'importance should be of type integer, not string'],
    [{ id: 'Has Spaces' }, [], 'id "Has Spaces" is not a kebab-case id'],
    [{ id: 'mek-founded' }, [], 'duplicate id "mek-founded": an earlier event has it'],
    [{ colour: 'red' }, [], 'unknown field "colour"'],
    [
      {
        accounts: [
          { by: 'X', actor: 'ghost', statement: 's', source: { title: 't', seed: 'a.txt' } },
        ],
      },
      [],
      'accounts[0].actor refers to unknown actor "ghost"',
    ],
  ])('%j (without %j) → %s', (patch, drop, message) => {
    const report = validate(withEvent(patch, drop));
    expect(report.rejected.map((r) => r.index)).toEqual([1]);
    const problem = report.problems.find((p) => p.message.includes(message));
    expect(problem, report.problems.map((p) => p.message).join('\n')).toBeDefined();
    expect(problem?.path).toBe('events[1]');
    expect(report.dataset?.events).toHaveLength(4);
  });

  it('allows an end at a coarser precision that contains the start', () => {
    expect(validate(withEvent({ start: '2012-09-21', end: '2012' })).problems).toEqual([]);
  });

  it('allows a plain "<" in text that is not markup', () => {
    expect(validate(withEvent({ summary: 'Fewer than 3 < 5 cases.' })).problems).toEqual([]);
  });

  it('formats a problem the way the command line prints it', () => {
    const report = validate(withEvent({ id: 'us-delisting-x', start: '2012-09-21', end: '2011' }));
    expect(formatReport(report, 'data/mek.json')).toContain(
      'data/mek.json: events[1] (id "us-delisting-x"): end "2011" is before start "2012-09-21"',
    );
  });
});

describe('validate: registries and the document', () => {
  it.each([
    [null, 'a dataset must be a JSON object, not null'],
    [[], 'a dataset must be a JSON object, not an array'],
    ['text', 'a dataset must be a JSON object, not string'],
    [{ meta: {} }, 'missing required field "events"'],
    [{ events: 'x' }, 'events should be an array'],
  ])('cannot draw %j: %s', (doc, fatal) => {
    const report = validate(doc);
    expect(report.dataset).toBeNull();
    expect(report.fatal).toBe(fatal);
  });

  it('drops a broken registry entry; events that refer to it stay, without the reference', () => {
    const doc = mini();
    doc.actors[0] = { ...doc.actors[0]!, kind: 'alien' as never };
    const report = validate(doc);
    expect(report.problems[0]).toMatchObject({
      path: 'actors[0]',
      id: 'mek',
      message: 'kind "alien" is not one of the allowed values',
    });
    expect(report.dataset?.actors.map((a) => a.id)).not.toContain('mek');
    // An account's actor attributes its claim: that event goes, with why.
    expect(report.rejected.map((r) => r.id)).toEqual(['ashraf3-raid']);
    expect(report.rejected[0]!.problems[0]!.message).toBe(
      'accounts[0].actor refers to unknown actor "mek"',
    );
    // The others stay, without the reference, said once on the entry.
    expect(report.dataset?.events.map((e) => e.id)).toEqual([
      'mek-founded',
      'us-fto-designation',
      'us-delisting',
      'albania-breaks-relations',
    ]);
    for (const event of report.dataset!.events) expect(event.actors).not.toContain('mek');
    expect(report.problems.at(-1)).toEqual({
      severity: 'warning',
      path: 'actors[0]',
      id: 'mek',
      message: '3 events are shown without a reference to it',
    });
    // The input is left as it was.
    expect(doc.events[0]!.actors).toContain('mek');
  });

  it('drops a broken era, and only the reference to it from its events', () => {
    const doc = mini();
    doc.eras[0] = { ...doc.eras[0]!, end: 'soon' };
    const report = validate(doc);
    expect(report.rejected).toEqual([]);
    expect(report.dataset?.events.every((e) => e.era === undefined)).toBe(true);
    expect(formatReport(report)).toContain(
      'eras[0] (id "us-listing"): warning: 1 event is shown without a reference to it',
    );
  });

  it('still rejects an event whose category entry is broken: a category is required', () => {
    const doc = mini();
    const category = doc.events[0]!.category;
    const at = doc.categories.findIndex((c) => c.id === category);
    doc.categories[at] = { ...doc.categories[at]!, label: '' };
    const report = validate(doc);
    expect(report.rejected.map((r) => r.id)).toContain(doc.events[0]!.id);
  });

  it('reports a duplicate registry id and an era that ends before it starts', () => {
    const doc = mini();
    doc.categories.push({ ...doc.categories[0]! });
    doc.eras.push({ id: 'backwards', title: 'Backwards', start: '2000', end: '1999' });
    const messages = validate(doc).problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('categories[4]: duplicate id "founding"');
    expect(messages).toContain('eras[1]: end "1999" is before start "2000"');
  });

  it('draws with fallback metadata when meta is broken, and says so', () => {
    const doc = mini() as unknown as Record<string, unknown>;
    delete doc.meta;
    const report = validate(doc);
    expect(report.dataset?.meta.title).toBe('Untitled timeline');
    expect(report.problems[0]?.message).toBe('missing required field "meta"');
  });

  it('keeps the title and description of a meta with problems, when they have none', () => {
    const doc = mini() as unknown as Record<string, unknown>;
    doc.meta = { title: 'Albania and the MEK', description: 'A short history.' };
    const report = validate(doc);
    expect(report.dataset?.meta).toEqual({
      ...FALLBACK_META,
      title: 'Albania and the MEK',
      description: 'A short history.',
    });
    expect(report.problems.filter((p) => p.path === 'meta').map((p) => p.message)).toEqual([
      'missing required field "language"',
      'missing required field "license"',
      'missing required field "updated"',
    ]);
    // A title that is itself wrong is not kept.
    doc.meta = { title: 42, description: 'A short history.' };
    expect(validate(doc).dataset?.meta.title).toBe('Untitled timeline');
    expect(validate(doc).dataset?.meta.description).toBe('A short history.');
  });

  it('keeps every valid event and rejects every invalid one, never both', () => {
    const doc = mini() as unknown as { events: unknown[] };
    doc.events.push(42, null, { id: 'x' }, 'text', []);
    const report = validate(doc);
    expect(report.dataset!.events.length + report.rejected.length).toBe(doc.events.length);
    expect(report.rejected.map((r) => r.index)).toEqual([5, 6, 7, 8, 9]);
  });
});

describe('validateAsync', () => {
  it('reaches the same report as validate, pausing every chunk and saying how far it got', async () => {
    const doc = mini();
    const template = doc.events[0]!;
    doc.events = Array.from({ length: 1234 }, (_, i) => ({
      ...template,
      id: `event-${i}`,
      ...(i % 100 === 7 ? { start: '2023-02-30' } : {}),
    }));
    const seen: number[] = [];
    let pauses = 0;
    const report = await validateAsync(
      doc,
      (progress) => {
        expect(progress.total).toBe(1234);
        seen.push(progress.done);
      },
      async () => {
        pauses++;
      },
    );
    expect(report).toEqual(validate(doc));
    expect(seen).toEqual([VALIDATE_CHUNK, 2 * VALIDATE_CHUNK]);
    expect(pauses).toBe(2);
    expect(report.rejected).toHaveLength(13);
  });

  it('gives the same fatal answer as validate for an unusable document', async () => {
    expect(await validateAsync(null)).toEqual(validate(null));
    expect(await validateAsync({ meta: {} })).toEqual(validate({ meta: {} }));
  });
});
