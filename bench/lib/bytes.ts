/**
 * Code weight: raw and gzip sizes of served files, and the initial JS+CSS of a built
 * page read from its HTML. Gzip is computed here with zlib (level 9, what a static
 * precompressor would ship) so figures do not depend on how a server compresses.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

const cache = new Map<string, Weight>();

export function weightOf(file: string): Weight {
  let weight = cache.get(file);
  if (!weight) {
    const body = readFileSync(file);
    weight = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    cache.set(file, weight);
  }
  return weight;
}

export const sum = (weights: Weight[]): Weight =>
  weights.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');
const isLocal = (url: string) => !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:');

/** Local script and stylesheet (and modulepreload) URLs named by an HTML page. */
export function assetsOfHtml(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = ATTR('rel').exec(tag)?.[1]?.toLowerCase() ?? '';
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    const url = ATTR(isScript ? 'src' : 'href').exec(tag)?.[1];
    if (url && isLocal(url)) out.push(url.split(/[?#]/)[0]!);
  }
  return out;
}

/** Relative static imports of a built ES module (`import"./a.js"`, `from"./b.js"`), not `import()`. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.(?:m?js|css))["']/g)].map(
    (m) => m[1]!,
  );
}

/**
 * Files a built page loads before it can run: what its HTML names, plus the static
 * import graph of its modules. Chunks only loaded by `import()` are not counted.
 */
export function pagePayload(dir: string, page: string): { files: string[]; weight: Weight } {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (/\.m?js$/.test(file))
      for (const spec of staticImports(readFileSync(file, 'utf8')))
        visit(normalize(join(dirname(file), spec)));
  };
  const html = readFileSync(join(dir, page), 'utf8');
  for (const url of assetsOfHtml(html))
    visit(normalize(url.startsWith('/') ? join(dir, url) : join(dir, dirname(page), url)));
  const files = [...seen].sort();
  return { files, weight: sum(files.map(weightOf)) };
}
