import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/data/validate';
import type { Dataset } from '../../src/lib/data/types';

// Typed as Dataset, so the compiler checks it against the types while the
// validator checks it against the schema: the two cannot drift apart unnoticed.
const everyField: Dataset = {
  $schema: './schema.json',
  meta: {
    title: 'All fields',
    description: 'Every optional field in use.',
    language: 'en',
    license: 'CC0-1.0',
    updated: '2026-01-31',
    defaultView: { from: '1960', to: '2030-06', lanes: 'actor' },
    translations: {
      sq: { title: 'Të gjitha fushat' },
      fa: { title: 'همهٔ فیلدها', description: 'توضیح' },
    },
  },
  countries: [{ code: 'EU', name: 'European Union', translations: { sq: { name: 'BE' } } }],
  actors: [
    {
      id: 'a-court',
      name: 'A court',
      kind: 'court',
      countries: ['EU'],
      translations: { fa: { name: 'دادگاه' } },
    },
  ],
  categories: [
    { id: 'law', label: 'Law', color: 'teal', translations: { sq: { label: 'Ligji' } } },
  ],
  eras: [
    {
      id: 'old',
      title: 'Antiquity',
      start: '-0499',
      end: '0476',
      summary: 'Long ago.',
      translations: { fa: { title: 'باستان' } },
    },
  ],
  events: [
    {
      id: 'every-field',
      start: '0044-03-15',
      end: '0045',
      circa: true,
      title: 'A title',
      summary: 'A summary.',
      body: ['A paragraph with [a link](https://example.org/a).'],
      category: 'law',
      countries: ['EU'],
      actors: ['a-court'],
      era: 'old',
      importance: 3,
      sources: [
        { title: 'A page', publisher: 'A publisher', url: 'https://example.org/', date: '2020-02' },
        { title: 'A seed', seed: '000_73ddd853f7497411.txt' },
      ],
      accounts: [
        {
          by: 'The court',
          actor: 'a-court',
          statement: 'It said so.',
          source: { title: 'Ruling', url: 'http://example.org/ruling' },
          translations: { sq: { by: 'Gjykata', statement: 'Tha kështu.' } },
        },
      ],
      conflicts: [
        { field: 'start', note: 'One source says 45; the ruling says 44, which is kept.' },
      ],
      translations: {
        sq: { title: 'Një titull', summary: 'Përmbledhje.', body: ['Paragraf.'] },
        fa: { title: 'عنوان' },
      },
    },
  ],
};

describe('data/schema.json and the types agree', () => {
  it('accepts a dataset that uses every field the types allow', () => {
    expect(validate(everyField).problems).toEqual([]);
  });

  it('is a draft 2020-12 schema with a definition for each part', () => {
    const schema = JSON.parse(readFileSync('data/schema.json', 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        'meta',
        'country',
        'actor',
        'category',
        'era',
        'event',
        'source',
        'account',
        'conflict',
      ]),
    );
  });
});
