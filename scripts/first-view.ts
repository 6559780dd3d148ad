/**
 * Build steps that keep what a page loads before it can draw small.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Modules that do nothing when imported but define things. Said so to the bundler, an
 * import of them whose bindings the page never uses is dropped with what it brings:
 * `parse.ts` is imported by `loadText`, which only tests and tools call, and would
 * otherwise keep `json-syntax.ts` and jsonc-parser in the page's chunk, although the
 * page loads them with `import()` only when JSON.parse fails.
 */
const SIDE_EFFECT_FREE = ['src/lib/data/parse.ts'];

export function sideEffectFree(): Plugin {
  let ids = new Set<string>();
  return {
    name: 'chronicle-side-effect-free',
    apply: 'build',
    configResolved(config) {
      ids = new Set(SIDE_EFFECT_FREE.map((path) => resolve(config.root, path)));
    },
    transform(code, id) {
      return ids.has(id) ? { code, moduleSideEffects: false } : null;
    },
  };
}
