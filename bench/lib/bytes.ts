/**
 * Code weight: raw and gzip sizes of served files. Gzip is computed here with zlib
 * (level 9, what a static precompressor would ship) so figures do not depend on how a
 * server compresses.
 */
import { readFileSync } from 'node:fs';
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
