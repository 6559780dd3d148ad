import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sourceGroup, sourceShares, spansBySource, UNMAPPED } from '../../bench/lib/attribute';

// Two output lines. Line 1: `var a=1;` from src/a.ts, then `var b=2;` from svelte.
// Line 2: `var ` credited to nothing, then `c=3;` from src/a.ts again.
const CODE = 'var a=1;var b=2;\nvar c=3;';
const MAP = {
  version: 3 as const,
  sources: ['../src/a.ts', '../node_modules/svelte/src/internal/x.js'],
  names: [],
  mappings: 'AAAA,QCAA;IDAA',
};

describe('bench: weight by source', () => {
  it.each([
    ['../node_modules/svelte/src/internal/client/runtime.js', 'svelte'],
    ['../node_modules/@jridgewell/trace-mapping/dist/x.mjs', '@jridgewell/trace-mapping'],
    ['../node_modules/.pnpm/d3-zoom@3/node_modules/d3-zoom/src/zoom.js', 'd3-zoom'],
    ['../../src/lib/state/chart.svelte.ts', 'src/lib/state/chart.svelte.ts'],
    ['/home/someone/project/src/embed.ts', 'src/embed.ts'],
    ['\0vite/preload-helper.js', '\0vite/preload-helper.js'],
  ])('groups %s as %s', (path, group) => {
    expect(sourceGroup(path)).toBe(group);
  });

  it('credits each span of the output to its source, and the rest to none', () => {
    const spans = spansBySource(CODE, MAP);
    expect(Object.fromEntries(spans)).toEqual({
      'src/a.ts': 'var a=1;c=3;',
      svelte: 'var b=2;',
      [UNMAPPED]: 'var ',
    });
    // Every character of every line is credited once.
    const credited = [...spans.values()].join('').length;
    expect(credited).toBe(CODE.replace('\n', '').length);
  });

  it('scales the groups to the whole file gzip, heaviest first', () => {
    const shares = sourceShares(CODE, MAP);
    expect(shares.map((share) => share.source)).toEqual(['src/a.ts', 'svelte', UNMAPPED]);
    expect(shares.find((share) => share.source === 'svelte')?.raw).toBe(8);
    const total = shares.reduce((sum, share) => sum + share.gzip, 0);
    // Rounding each share may move the total by at most one byte a group.
    expect(Math.abs(total - gzipSync(CODE, { level: 9 }).length)).toBeLessThanOrEqual(
      shares.length,
    );
  });
});
