import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/lib/data/validate';

const dir = mkdtempSync(join(tmpdir(), 'convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the converter as `npm run convert` would. spawnSync (execFileSync's sibling)
 * because the warnings on stderr matter even when the exit status is 0.
 */
function convert(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync('npx', ['tsx', 'scripts/convert.ts', ...args], {
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

describe('npm run convert', () => {
  it('converts the spreadsheet to a valid dataset, warning by row', () => {
    const out = join(dir, 'sheet.json');
    const { status, stderr } = convert('tests/fixtures/timelinejs/constitutions.csv', '-o', out);
    expect(status).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(validate(dataset).problems).toEqual([]);
    expect(dataset.events).toHaveLength(6);
    expect(stderr).toContain('constitutions.csv: row 9: event skipped: start date has no year');
  }, 30_000);

  it('exports ours to TimelineJS on stdout when the input is ours', () => {
    const { status, stdout } = convert('tests/fixtures/mini.json');
    expect(status).toBe(0);
    const tl = JSON.parse(stdout);
    expect(tl.title.text.headline).toBe('Test timeline');
    expect(tl.events[0].start_date.year).toEqual(expect.any(Number));
  }, 30_000);

  it('exits 1 on malformed JSON, saying the line and column', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "events": [\n    { "start_date": }\n  ]\n}\n');
    const { status, stderr } = convert(bad, '--from', 'timelinejs');
    expect(status).toBe(1);
    expect(stderr).toContain(`${bad}:3:21: malformed JSON: expected a value (line 3, column 21)`);
  }, 30_000);

  it('exits 1 on a missing file', () => {
    const { status, stderr } = convert(join(dir, 'missing.json'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/cannot be read \(ENOENT\)/);
  }, 30_000);
});
