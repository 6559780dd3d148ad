/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Comma-separated origins, besides the site's own, allowed to serve `?data=`. */
  readonly VITE_DATA_ORIGINS?: string;
}
