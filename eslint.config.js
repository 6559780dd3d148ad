import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Directories of pure modules: plain TypeScript, tested under Node, no DOM, no Svelte. */
const PURE = [
  'src/lib/data',
  'src/lib/time',
  'src/lib/layout',
  'src/lib/filter',
  'src/lib/i18n',
  'src/lib/url',
  'src/lib/embed',
  'src/lib/interop',
];

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/.work/',
      'bench/results/',
      'tests/browser/.artifacts/',
      'src/lib/data/schema-validators.js',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Dataset text must never be rendered as markup.
      'svelte/no-at-html-tags': 'error',
      // Maps and sets here are built inside $derived and replaced, never mutated in place,
      // so the reactive wrappers would only add cost.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: PURE.map((dir) => `${dir}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*'],
              message:
                'Pure modules never import Svelte: move this code to src/lib/state or a component.',
            },
            {
              group: ['*.svelte', '**/components/**', '**/state/**'],
              message: 'Pure modules never depend on the UI layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'document',
          'window',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'history',
        ].map((name) => ({
          name,
          message: 'Pure modules never touch the browser: take what you need as a parameter.',
        })),
      ],
    },
  },
);
