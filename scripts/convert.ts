/**
 * npm run convert -- <in> [--from timelinejs|csv|ours] [--to ours|timelinejs] [-o out]
 *                         [--source-url URL] [--language xx]
 *
 * Converts between our dataset format and TimelineJS3 (its JSON, and its Google Sheets
 * template saved as CSV). Without --from the format is read from the extension (.csv)
 * or the JSON's shape; without --to, ours becomes TimelineJS and anything else ours.
 * Warnings go to stderr, one per line: `file: row 5: …` or `file: index 3: …`.
 * Exits 1 when the input cannot be read or is malformed, 0 otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseJson } from '../src/lib/data/parse';
import type { Dataset } from '../src/lib/data/types';
import { formatReport, validate } from '../src/lib/data/validate';
import {
  detectFormat,
  exportTimelineJs,
  importTimelineCsv,
  importTimelineJs,
  type ImportResult,
} from '../src/lib/interop';

const USAGE =
  'usage: npm run convert -- <in> [--from timelinejs|csv|ours] [--to ours|timelinejs] [-o out] [--source-url URL] [--language xx]';
const FROM = ['timelinejs', 'csv', 'ours'] as const;
const TO = ['ours', 'timelinejs'] as const;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readArgs(argv: string[]) {
  const flags = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (['--from', '--to', '-o', '--output', '--source-url', '--language'].includes(arg)) {
      const value = argv[++i];
      if (value === undefined) fail(`${arg} needs a value\n${USAGE}`);
      flags.set(arg === '--output' ? '-o' : arg, value);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) fail(USAGE);
  const from = flags.get('--from');
  const to = flags.get('--to');
  if (from !== undefined && !(FROM as readonly string[]).includes(from))
    fail(`--from must be one of ${FROM.join(', ')}`);
  if (to !== undefined && !(TO as readonly string[]).includes(to))
    fail(`--to must be one of ${TO.join(', ')}`);
  return { file: files[0]!, flags, from: from as (typeof FROM)[number] | undefined, to };
}

const { file, flags, from: given, to: wanted } = readArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}

let from = given ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : undefined);
let json: unknown;
if (from !== 'csv') {
  const parsed = parseJson(text);
  if (!parsed.ok)
    fail(
      `${file}:${parsed.line}:${parsed.column}: ${parsed.message} (line ${parsed.line}, column ${parsed.column})`,
    );
  json = parsed.value;
  if (from === undefined) {
    const detected = detectFormat(json);
    if (detected === 'unknown')
      fail(`${file}: neither our format nor TimelineJS JSON; say which with --from`);
    from = detected;
  }
}

let dataset: Dataset;
if (from === 'ours') {
  const report = validate(json);
  formatReport(report, file).forEach((line) => console.error(line));
  if (report.fatal !== undefined || report.dataset === null) process.exit(1);
  dataset = report.dataset;
} else {
  const options = {
    sourceName: basename(file),
    // A command line may read the clock; the importers themselves never do.
    updated: new Date().toISOString().slice(0, 10),
    ...(flags.has('--source-url') ? { sourceUrl: flags.get('--source-url')! } : {}),
    ...(flags.has('--language') ? { language: flags.get('--language')! } : {}),
  };
  const result: ImportResult =
    from === 'csv' ? importTimelineCsv(text, options) : importTimelineJs(json, options);
  for (const warning of result.warnings) {
    const where =
      warning.row !== undefined
        ? `row ${warning.row}: `
        : warning.index !== undefined
          ? `index ${warning.index}: `
          : '';
    console.error(`${file}: ${where}${warning.message}`);
  }
  if (result.fatal !== undefined) process.exit(1);
  // The importers promise valid output; say so loudly if one ever breaks that promise.
  formatReport(validate(result.dataset), file).forEach((line) => console.error(line));
  dataset = result.dataset;
}

const to = wanted ?? (from === 'ours' ? 'timelinejs' : 'ours');
const output = `${JSON.stringify(to === 'timelinejs' ? exportTimelineJs(dataset) : dataset, null, 2)}\n`;
const target = flags.get('-o');
if (target === undefined) process.stdout.write(output);
else {
  try {
    writeFileSync(target, output);
  } catch (error) {
    fail(
      `${target}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  console.error(`${file} → ${target} (${dataset.events.length} events, ${to})`);
}
