import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { BUILT_IN_DATA, embedBuild } from './scripts/build-plugins.ts';
import {
  compactBuiltInData,
  knownGoodValue,
  sideEffectFree,
  stylesWithLoader,
  symbolPaths,
} from './scripts/first-view.ts';

/** Entries built with stable names, so embed code pasted into articles keeps working. */
const STABLE_ENTRIES = ['chronicle-timeline'];

// Dates in this project are calendar dates kept as UTC numbers. Tests run in a
// zone far from UTC so that any accidental local-time arithmetic shifts a day
// and fails loudly.
export const TEST_TIME_ZONE = 'Pacific/Honolulu';
process.env.TZ = TEST_TIME_ZONE;

export default defineConfig({
  // Relative asset URLs: the build can be served from any sub-path.
  base: './',
  // The built-in dataset, validated here once rather than in every reader's browser.
  define: {
    'import.meta.env.VITE_KNOWN_GOOD': JSON.stringify(knownGoodValue(BUILT_IN_DATA)),
  },
  plugins: [
    svelte(),
    // Also for tests: the marks' shapes are a module it writes.
    symbolPaths(),
    sideEffectFree(),
    compactBuiltInData(BUILT_IN_DATA),
    // Before embedBuild, which collects the custom element's CSS.
    stylesWithLoader(),
    embedBuild({
      // Where the site will be published; oEmbed needs absolute URLs. Empty keeps them relative.
      publicUrl: process.env.PUBLIC_URL ?? '',
      title: 'The MEK and its hosts, 1965 to today',
      // The embed asks for the timeline once its first picture is drawn (src/embed.ts):
      // preloaded, its code would compete with the data and the picture.
      askedLater: ['src/embed.svelte.ts'],
      // Built alone, in a second pass: the modules its first picture shares with the
      // timeline stay in its entry, one file, not four chunks shared with the other pages.
      builtAlone: { embed: 'embed.html' },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser we support has modulepreload: the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: 'index.html',
        embed: 'embed.html',
        article: 'article.html',
        'chronicle-timeline': 'src/element.svelte.ts',
      },
      output: {
        entryFileNames: (chunk) =>
          STABLE_ENTRIES.includes(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  // Module workers (the painter of moving marks) share chunks and syntax with the page.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  test: {
    env: { TZ: TEST_TIME_ZONE },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/fast-check-seed.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/fast-check-seed.ts', 'tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
