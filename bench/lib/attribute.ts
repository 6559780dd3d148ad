/**
 * Which sources a built file's bytes come from, read from its source map: every mapped
 * span of the output is credited to its source, grouped by package (`svelte`, `d3-zoom`)
 * or by the project's own module. A group's gzip share is estimated by compressing its
 * spans alone and scaling all groups to the file's real gzip size: compression works
 * across the whole file, so a share is a guide, not an exact figure.
 */
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap, type SourceMapInput } from '@jridgewell/trace-mapping';

export interface SourceShare {
  /** A package name, a project module path, or UNMAPPED. */
  source: string;
  raw: number;
  /** Estimated gzip bytes: the group's own compression, scaled to the whole file's. */
  gzip: number;
}

/** Output the map credits to no source: the bundler's glue, template strings, exports. */
export const UNMAPPED = '(not mapped)';

/** `…/node_modules/@scope/name/x.js` → `@scope/name`; a project path → itself, from `src/`. */
export function sourceGroup(path: string): string {
  // The last node_modules: a package nested in another's, or in a store, is itself.
  const inPackage = /^.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1]!;
  const own = /(?:^|\/)((?:src|data|scripts)\/.*)$/.exec(path);
  return own ? own[1]! : path.replace(/^(?:\.\.?\/)+/, '');
}

/** The output text credited to each source group, in the order it appears. */
export function spansBySource(code: string, map: SourceMapInput): Map<string, string> {
  const segments: { line: number; column: number; source: string }[] = [];
  eachMapping(new TraceMap(map), (mapping) =>
    segments.push({
      line: mapping.generatedLine,
      column: mapping.generatedColumn,
      source: mapping.source === null ? UNMAPPED : sourceGroup(mapping.source),
    }),
  );
  segments.sort((a, b) => a.line - b.line || a.column - b.column);
  const lines = code.split('\n');
  const spans = new Map<string, string>();
  const credit = (source: string, text: string) => {
    if (text) spans.set(source, (spans.get(source) ?? '') + text);
  };
  // Text before a line's first segment belongs to no source.
  const firstOnLine = new Map<number, number>();
  for (const segment of segments)
    if (!firstOnLine.has(segment.line)) firstOnLine.set(segment.line, segment.column);
  lines.forEach((text, index) =>
    credit(UNMAPPED, text.slice(0, firstOnLine.get(index + 1) ?? text.length)),
  );
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    const end = next && next.line === segment.line ? next.column : undefined;
    credit(segment.source, (lines[segment.line - 1] ?? '').slice(segment.column, end));
  });
  return spans;
}

/** Each source group's share of a file, heaviest first. */
export function sourceShares(code: string, map: SourceMapInput): SourceShare[] {
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  const rows = [...spansBySource(code, map)].map(([source, text]) => ({
    source,
    raw: Buffer.byteLength(text),
    alone: gzip(text),
  }));
  const scale =
    gzip(code) /
    Math.max(
      1,
      rows.reduce((total, row) => total + row.alone, 0),
    );
  return rows
    .map(({ source, raw, alone }) => ({ source, raw, gzip: Math.round(alone * scale) }))
    .sort((a, b) => b.gzip - a.gzip);
}
