/**
 * Builds data/mek.json from the fragments in data/mek/: meta.json gives `meta`,
 * every other fragment's registries and events are concatenated in file-name order.
 * Duplicates are not resolved here: `npm run validate` reports them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'data/mek';
const keys = ['countries', 'actors', 'categories', 'eras', 'events'] as const;
const merged: Record<string, unknown> = { $schema: './schema.json' };
for (const key of keys) merged[key] = [];

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const fragment = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  if (fragment.meta) merged.meta = fragment.meta;
  for (const key of keys) {
    const items = fragment[key];
    if (Array.isArray(items)) (merged[key] as unknown[]).push(...items);
  }
}
const events = merged.events as { start: string }[];
events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
const { $schema, meta, ...rest } = merged;
writeFileSync('data/mek.json', JSON.stringify({ $schema, meta, ...rest }, null, 2) + '\n');
console.log(`data/mek.json: ${events.length} events`);
