import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaValidatorsCode, VALIDATORS_PATH } from '../../scripts/schema-code';
import { schemaMessages } from '../../src/lib/data/schema-check';

describe('compiled schema validators', () => {
  it('are current with data/schema.json (run `npm run data:schema` after editing the schema)', () => {
    expect(readFileSync(VALIDATORS_PATH, 'utf8')).toBe(schemaValidatorsCode());
  });

  it('use no eval or Function, so they run under a strict CSP', () => {
    const code = readFileSync(VALIDATORS_PATH, 'utf8');
    expect(code).not.toMatch(/\beval\(|new Function|\bFunction\(/);
  });

  it('say which key of a map breaks the pattern, once', () => {
    const messages = schemaMessages('country', {
      code: 'FR',
      name: 'France',
      translations: { French: { name: 'France' } },
    });
    expect(messages).toEqual([
      'translations has a key that is not a language tag such as "sq" or "fa"',
    ]);
  });

  it('say what the limits are', () => {
    const event = JSON.parse(readFileSync('tests/fixtures/mini.json', 'utf8')).events[0];
    expect(schemaMessages('event', { ...event, importance: 0 })).toEqual([
      'importance 0 is out of range (the least is 1)',
    ]);
    expect(schemaMessages('event', { ...event, importance: 9 })).toEqual([
      'importance 9 is out of range (the most is 5)',
    ]);
  });
});
