/**
 * Build steps beyond Vite's defaults, for embedding:
 * - the custom element's stylesheet: every CSS file its module graph uses, concatenated
 *   into chronicle-timeline.css beside it (a shadow root links it; injecting a style
 *   element instead would break under a strict CSP);
 * - the parent-side script as one self-contained classic script (no module imports),
 *   since it is pasted into articles with a plain <script src>;
 * - a static oEmbed document for discovery.
 */
import { build, type Plugin, type Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;
import { iframeSnippet } from '../src/lib/embed/snippets.ts';

const ELEMENT_CHUNK = 'chronicle-timeline';

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

export function embedBuild(options: { publicUrl: string; title: string }): Plugin {
  let outDir = 'dist';
  return {
    name: 'chronicle-embed-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    generateBundle(_options, bundle) {
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
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2019',
          lib: {
            entry: 'src/parent.ts',
            formats: ['iife'],
            name: 'ChronicleParent',
            fileName: () => 'embed-parent.js',
          },
        },
      });
    },
  };
}
