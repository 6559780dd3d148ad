/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Comma-separated origins, besides the site's own, allowed to serve `?data=`. */
  readonly VITE_DATA_ORIGINS?: string;
  /** Set by the build: "sha256:length" of the built-in dataset's text, found valid (src/lib/data/known-good.ts). */
  readonly VITE_KNOWN_GOOD?: string;
  /** The largest dataset, in bytes, a page will read (default 40 MiB). */
  readonly VITE_DATA_MAX_BYTES?: string;
}
