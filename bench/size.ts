/**
 * npm run size [-- --enforce]
 * Builds the app into a temp dir and weighs what our embed loads before it can draw:
 * the JS and CSS named by embed.html (index.html until an embed page exists) and their
 * static imports, gzipped with zlib -9, data excluded. Over the budget in
 * bench/budget.json it says by how much; it fails only with --enforce.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePayload } from './lib/bytes';
import { buildApp, makeWorkDir, ourPage, REPO } from './lib/site';

const enforce = process.argv.includes('--enforce');
const budget = (
  JSON.parse(readFileSync(join(REPO, 'bench/budget.json'), 'utf8')) as { embedGzipBytes: number }
).embedGzipBytes;

const dir = makeWorkDir();
try {
  await buildApp(dir);
  const page = ourPage(dir);
  const { files, weight } = pagePayload(dir, page);
  console.log(`${page}: ${files.length} file(s)`);
  for (const file of files) console.log(`  ${relative(dir, file)}`);
  console.log(
    `JS+CSS: ${weight.raw} bytes raw, ${weight.gzip} bytes gzip (${(weight.gzip / 1024).toFixed(1)} KB); budget ${budget} bytes (${(budget / 1024).toFixed(1)} KB)`,
  );
  const over = weight.gzip - budget;
  if (over > 0) {
    console.log(
      `over budget by ${over} bytes${enforce ? '' : ' (not enforced: run with --enforce to fail)'}`,
    );
    process.exitCode = enforce ? 1 : 0;
  } else console.log(`within budget, ${-over} bytes to spare`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
