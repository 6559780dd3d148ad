/**
 * Build steps beyond Vite's defaults, for embedding:
 * - the custom element's stylesheet: every CSS file its module graph uses, concatenated
 *   into chronicle-timeline.css beside it (a shadow root links it; injecting a style
 *   element instead would break under a strict CSP);
 * - the parent-side script as one self-contained classic script (no module imports),
 *   since it is pasted into articles with a plain <script src>;
 * - a static oEmbed document for discovery;
 * - in each page, preload links for what its entry loads with `import()` at once, except
 *   the modules an entry asks for only after its first picture (`askedLater`); such a
 *   page also gets first-request.js, a classic script that asks for its data first;
 * - a second pass over the same config for the pages built alone (`builtAlone`).
 */
import { posix } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
import { iframeSnippet } from '../src/lib/embed/snippets.ts';

const ELEMENT_CHUNK = 'chronicle-timeline';
/** The dataset pages show without `?data=`, and the classic script that asks for it. */
export const BUILT_IN_DATA = 'data/mek.json';
const FIRST_REQUEST = 'first-request.js';
/**
 * The mode of the second build pass. A page built alone shares no chunk with the other
 * pages, so the modules its entry shares with the code it loads later stay in the entry.
 */
const PAGE_PASS = 'page-pass';

function cssOf(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const meta = (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } })
    .viteMetadata;
  const own = [...(meta?.importedCss ?? [])];
  const nested = chunk.imports.flatMap((name: string) => {
    const child = bundle[name];
    return child?.type === 'chunk' ? cssOf(bundle, child, seen) : [];
  });
  return [...nested, ...own];
}

/** A chunk and every chunk it imports statically, depth first. */
function withStaticImports(bundle: OutputBundle, fileName: string, seen: Set<string>): string[] {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return [];
  seen.add(fileName);
  return [...chunk.imports.flatMap((name) => withStaticImports(bundle, name, seen)), fileName];
}

/**
 * The page's entries are kept small so they can ask for the dataset at once, and load
 * the app with `import()`. Vite preloads only static imports; without these links the
 * app's code would be requested only once the entry had run, one round trip late. The
 * app's stylesheets are linked too, so nothing is injected at run time; they go ahead of
 * the entry's own, where a single bundle had the components' styles.
 */
function preloadDynamicImports(
  html: string,
  pagePath: string,
  entry: OutputChunk,
  bundle: OutputBundle,
  base: string,
  askedLater: readonly string[],
): string {
  const loaded = new Set<string>();
  withStaticImports(bundle, entry.fileName, loaded);
  const linkedStyles = new Set(cssOf(bundle, entry));
  const isLater = (name: string) => {
    const id = (bundle[name] as OutputChunk | undefined)?.facadeModuleId ?? '';
    return askedLater.some((path) => id.endsWith(path));
  };
  const scripts = entry.dynamicImports
    .filter((name) => !isLater(name))
    .flatMap((name) => withStaticImports(bundle, name, loaded));
  const later = entry.dynamicImports
    .filter(isLater)
    .flatMap((name) => withStaticImports(bundle, name, new Set(loaded)));
  if (scripts.length + later.length === 0) return html;
  // Styles of what comes later are linked all the same: nothing is injected at run time.
  const styles = [
    ...new Set(
      [...scripts, ...later].flatMap((name) => cssOf(bundle, bundle[name] as OutputChunk)),
    ),
  ].filter((name) => !linkedStyles.has(name));
  const href = (fileName: string) =>
    base.startsWith('.') || base === ''
      ? `./${posix.relative(posix.dirname(pagePath), `/${fileName}`)}`
      : `${base}${fileName}`;
  const tags = [
    ...scripts.map((name) => `<link rel="modulepreload" crossorigin href="${href(name)}">`),
    ...styles.map((name) => `<link rel="stylesheet" crossorigin href="${href(name)}">`),
  ].join('\n    ');
  const at = html.search(/<link rel="stylesheet"|<\/head>/);
  const linked = `${html.slice(0, at)}${tags}\n    ${html.slice(at)}`;
  if (later.length === 0) return linked;
  // An entry that draws a first picture runs as soon as it has loaded, not after the
  // stylesheets and the rest of the page; before it, a classic script asks for the data.
  const data = Object.values(bundle).find(
    (file) =>
      file.type === 'asset' && file.originalFileNames.some((name) => name.endsWith(BUILT_IN_DATA)),
  );
  const request = data
    ? `<script async src="${href(FIRST_REQUEST)}" data-built-in="${href(data.fileName)}"></script>\n    `
    : '';
  return linked.replace(
    '<script type="module" crossorigin',
    `${request}<script type="module" async crossorigin`,
  );
}

/** A classic script (no module imports, nothing shared with the pages' chunks). */
async function buildClassicScript(outDir: string, entry: string, fileName: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2019',
      lib: { entry, formats: ['iife'], name: 'Chronicle', fileName: () => fileName },
    },
  });
}

export function embedBuild(options: {
  publicUrl: string;
  title: string;
  /** Modules the entries import only once their first picture is drawn: not preloaded. */
  askedLater?: readonly string[];
  /**
   * Inputs (name → page) taken out of the build and built again alone, into the same
   * directory, once the rest is written: the same config in mode PAGE_PASS.
   */
  builtAlone?: Record<string, string>;
}): Plugin {
  const alone = options.builtAlone ?? {};
  let config: ResolvedConfig | undefined;
  const inSecondPass = () => config?.mode === PAGE_PASS;
  return {
    name: 'chronicle-embed-build',
    apply: 'build',
    config(userConfig, env) {
      const input = userConfig.build?.rollupOptions?.input;
      if (Object.keys(alone).length === 0 || !input || typeof input !== 'object') return;
      const names = Object.keys(alone);
      const kept = Array.isArray(input)
        ? input.filter((page) => !Object.values(alone).includes(page))
        : Object.fromEntries(Object.entries(input).filter(([name]) => !names.includes(name)));
      // Replaced, not merged: Vite would merge a returned input with the config's.
      userConfig.build!.rollupOptions!.input = env.mode === PAGE_PASS ? alone : kept;
    },
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { chunk, bundle } = context;
        return chunk && bundle && config
          ? preloadDynamicImports(
              html,
              context.path,
              chunk,
              bundle,
              config.base,
              options.askedLater ?? [],
            )
          : html;
      },
    },
    generateBundle(_options, bundle) {
      if (inSecondPass()) return;
      const element = Object.values(bundle).find(
        (file): file is OutputChunk =>
          file.type === 'chunk' && file.isEntry && file.name === ELEMENT_CHUNK,
      );
      if (element) {
        const css = [...new Set(cssOf(bundle, element))]
          .map((name) => bundle[name])
          .map((asset) => (asset?.type === 'asset' ? String(asset.source) : ''))
          .join('\n');
        this.emitFile({ type: 'asset', fileName: `${ELEMENT_CHUNK}.css`, source: css });
      }
      const oembed = {
        version: '1.0',
        type: 'rich',
        provider_name: 'Chronicle timeline',
        title: options.title,
        width: 800,
        height: 640,
        html: iframeSnippet({ base: options.publicUrl, query: '', title: options.title }),
      };
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: JSON.stringify(oembed, null, 2),
      });
    },
    async closeBundle() {
      if (!config || inSecondPass()) return;
      const outDir = config.build.outDir;
      await buildClassicScript(outDir, 'src/first-request.ts', FIRST_REQUEST);
      await buildClassicScript(outDir, 'src/parent.ts', 'embed-parent.js');
      if (Object.keys(alone).length > 0)
        await build({
          root: config.root,
          configFile: config.configFile,
          mode: PAGE_PASS,
          logLevel: config.logLevel,
          // Flags given on the command line (vite build --sourcemap) hold for both passes.
          build: {
            outDir,
            emptyOutDir: false,
            sourcemap: config.build.sourcemap,
            minify: config.build.minify,
          },
        });
    },
  };
}
