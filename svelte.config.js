import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  preprocess: vitePreprocess(),
  // No version stamp on window: nothing reads it, and an embed should leave the host page alone.
  compilerOptions: { runes: true, discloseVersion: false },
};
