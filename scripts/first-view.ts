/**
 * Build steps that keep what a page loads before it can draw small.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as shapes from 'd3-shape';
import type { SymbolType } from 'd3-shape';
import type { Plugin, Rollup } from 'vite';
import type { KnownGood } from '../src/lib/data/known-good.ts';
import { validate } from '../src/lib/data/validate.ts';

/**
 * The built-in dataset as the build serves it: without the source file's indentation,
 * which is a fifth of its bytes and of the reader's parsing (`compactBuiltInData`).
 */
export function servedText(sourceText: string): string {
  return JSON.stringify(JSON.parse(sourceText));
}

/**
 * Writes the built-in dataset's asset as `servedText`: the file stays indented for its
 * authors and reviewers. `knownGood` records the served text, the one readers receive.
 */
export function compactBuiltInData(file: string): Plugin {
  return {
    name: 'chronicle-compact-built-in-data',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle))
        if (asset.type === 'asset' && asset.originalFileNames.some((name) => name.endsWith(file)))
          asset.source = servedText(String(asset.source));
    },
  };
}

/**
 * The built-in dataset's served text, if it is valid: its SHA-256 and length, for
 * `import.meta.env.VITE_KNOWN_GOOD` (`knownGoodValue`) (see src/lib/data/known-good.ts). A page whose body
 * has exactly this text takes the dataset without fetching or running the validators;
 * a dataset with any problem gets no entry, and is validated in the browser as any other.
 */
export function knownGood(file: string): KnownGood | undefined {
  let text: string;
  let report;
  try {
    text = servedText(readFileSync(file, 'utf8'));
    report = validate(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (report.problems.length > 0) return undefined;
  return { sha256: createHash('sha256').update(text, 'utf8').digest('hex'), length: text.length };
}

/** `knownGood(file)` as `import.meta.env.VITE_KNOWN_GOOD` carries it: "sha256:length", or "". */
export function knownGoodValue(file: string): string {
  const known = knownGood(file);
  return known ? `${known.sha256}:${known.length}` : '';
}

/**
 * Modules that do nothing when imported but define things. Said so to the bundler, an
 * import of them whose bindings the page never uses is dropped with what it brings:
 * `parse.ts` is imported by `loadText` (load-now.ts), which only tests and tools call, and would
 * otherwise keep `json-syntax.ts` and jsonc-parser in the page's chunk, although the
 * page loads them with `import()` only when JSON.parse fails. `validate.ts` likewise:
 * `load-now.ts` imports it for tests and tools; the page's loader fetches it
 * with `import()` when a dataset is not the one the build checked.
 */
const SIDE_EFFECT_FREE = ['src/lib/data/parse.ts', 'src/lib/data/validate.ts'];

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

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

function importedCss(chunk: OutputChunk): Set<string> | undefined {
  return (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata
    ?.importedCss;
}

/** The chunks loaded with `fileName`: it and its static imports, recursively. */
function staticClosure(bundle: OutputBundle, fileName: string, into = new Set<string>()) {
  const chunk = bundle[fileName];
  if (into.has(fileName) || chunk?.type !== 'chunk') return into;
  into.add(fileName);
  for (const name of chunk.imports) staticClosure(bundle, name, into);
  return into;
}

/**
 * Lazily loaded components bring no stylesheet of their own: the CSS of a chunk that is
 * only ever loaded by `import()` goes into the stylesheet of the chunk, loaded with the
 * page, that (perhaps through other lazy chunks) imports it. Otherwise Vite would add a
 * <link> to the document's head when the chunk loads: for the custom element, the host
 * page's head, which its shadow root does not see and where a good guest adds nothing.
 * Merged rather than linked beside it: a small stylesheet of its own gzips badly and
 * costs a request.
 */
export function stylesWithLoader(): Plugin {
  return {
    name: 'chronicle-styles-with-loader',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      // What a page loads at once: its entry's static imports, and the chunks its entry
      // loads with import() as it starts, whose styles the page links (build-plugins.ts).
      const withPage = new Set<string>();
      for (const entry of chunks.filter((chunk) => chunk.isEntry))
        for (const name of [entry.fileName, ...entry.dynamicImports])
          staticClosure(bundle, name, withPage);
      /** The chunks loaded with the page that load `lazy`, directly or through lazy ones. */
      const loadersOf = (lazy: string, seen = new Set<string>()): OutputChunk[] => {
        if (seen.has(lazy)) return [];
        seen.add(lazy);
        return chunks
          .filter((chunk) =>
            chunk.dynamicImports.some((name) => staticClosure(bundle, name).has(lazy)),
          )
          .flatMap((chunk) =>
            withPage.has(chunk.fileName) ? [chunk] : loadersOf(chunk.fileName, seen),
          );
      };
      const moving = new Map<OutputChunk, string[]>();
      for (const lazy of chunks) {
        const css = importedCss(lazy);
        if (withPage.has(lazy.fileName) || !css?.size) continue;
        const loaders = loadersOf(lazy.fileName);
        if (loaders.length === 0) continue;
        for (const loader of new Set(loaders))
          moving.set(loader, [...(moving.get(loader) ?? []), ...css]);
        css.clear();
      }
      const sourceOf = (name: string) => {
        const asset = bundle[name];
        return asset?.type === 'asset' ? String(asset.source) : '';
      };
      const merged = new Set<string>();
      for (const [loader, files] of moving) {
        const css = importedCss(loader)!;
        const [own] = [...css];
        const ownAsset = own === undefined ? undefined : bundle[own];
        if (own === undefined || ownAsset?.type !== 'asset') {
          for (const file of files) css.add(file);
          continue;
        }
        // A new file, so that its name's hash follows its content.
        const ref = this.emitFile({
          type: 'asset',
          name: ownAsset.names[0] ?? own,
          source: [own, ...files].map(sourceOf).join('\n'),
        });
        css.delete(own);
        css.add(this.getFileName(ref));
        delete bundle[own];
        for (const file of files) merged.add(file);
      }
      const stillUsed = new Set(chunks.flatMap((chunk) => [...(importedCss(chunk) ?? [])]));
      for (const file of merged) if (!stillUsed.has(file)) delete bundle[file];
    },
  };
}

const SYMBOL_PATHS = 'virtual:d3-symbol-paths';

/** Every d3 symbol type, by its d3 name ("symbolCircle"). */
function symbolTypes(): [string, SymbolType][] {
  return Object.entries(shapes).filter(
    (entry): entry is [string, SymbolType] =>
      /^symbol[A-Z]/.test(entry[0]) && typeof (entry[1] as Partial<SymbolType>).draw === 'function',
  );
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * A symbol's path as text and numbers, the numbers to be multiplied by √size: every
 * coordinate of a d3 symbol grows with the square root of its area. Which numbers are
 * coordinates (not arc flags) shows by drawing the symbol at two sizes.
 */
export function symbolTemplate(type: SymbolType): (string | number)[] {
  const draw = (size: number) => shapes.symbol(type, size).digits(null)() ?? '';
  const unit = draw(1);
  const other = [...draw(4).matchAll(NUMBER)].map((match) => Number(match[0]));
  const parts: (string | number)[] = [];
  let text = '';
  let from = 0;
  [...unit.matchAll(NUMBER)].forEach((match, i) => {
    text += unit.slice(from, match.index);
    from = match.index + match[0].length;
    const value = Number(match[0]);
    if (other[i] === value) text += match[0];
    else {
      parts.push(text, value);
      text = '';
    }
  });
  parts.push(text + unit.slice(from));
  return parts;
}

/**
 * `virtual:d3-symbol-paths`: d3's symbol shapes, drawn here at build time, so the page
 * needs neither d3-shape nor d3-path to draw its marks (see `layout/symbols.ts`).
 */
export function symbolPaths(): Plugin {
  const resolved = `\0${SYMBOL_PATHS}`;
  return {
    name: 'chronicle-symbol-paths',
    resolveId: (id) => (id === SYMBOL_PATHS ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      return symbolTypes()
        .map(([name, type]) => `export const ${name} = ${JSON.stringify(symbolTemplate(type))};`)
        .join('\n');
    },
  };
}
