/**
 * npm run validate [file…] — checks datasets (by default the shipped one) and prints
 * every problem on its own line: `file: events[12] (id "x"): what is wrong`.
 * Exits 1 when any file has an error, 2 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseJson } from '../src/lib/data/parse';
import { formatReport, validate } from '../src/lib/data/validate';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) files.push('data/mek.json');

let exitCode = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    exitCode = 2;
    continue;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    console.error(
      `${file}:${parsed.line}:${parsed.column}: ${parsed.message} (line ${parsed.line}, column ${parsed.column})`,
    );
    exitCode = Math.max(exitCode, 1);
    continue;
  }
  const report = validate(parsed.value);
  const lines = formatReport(report, file);
  for (const line of lines) console.error(line);
  const kept = report.dataset?.events.length ?? 0;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  console.log(
    `${file}: ${kept} valid events, ${report.rejected.length} rejected, ${errors} errors`,
  );
  if (errors > 0) exitCode = Math.max(exitCode, 1);
}
process.exit(exitCode);
