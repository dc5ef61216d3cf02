// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'artifacts', '.audit-tools'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["eslint.config.js"] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            // The d3 barrel drags d3-selection, d3-transition, d3-zoom and more into the bundle.
            { name: 'd3', message: "Import the d3 module you need ('d3-scale', 'd3-array', 'd3-contour')." },
            // React's deferred lane is 2³⁰, past the integers V8 stores unboxed: the first fiber made
            // in a deferred render changes every fiber's shape and throws away React's compiled code
            // (docs/PERFORMANCE.md, thirteenth pass).
            {
              name: 'react',
              importNames: ['useDeferredValue'],
              message: 'Let the view trail the lab with useTutorialAtRest(…, { live, trailing: true }) or useTutorialTrailing instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is the lesson's mathematics: it must run unchanged in Node,
    // a browser and a Web Worker, so it may not reach for React, d3's DOM
    // modules or any browser global.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'src/core must stay free of React.' },
            { group: ['d3-selection', 'd3-transition', 'd3'], message: 'src/core may not use d3 (charts own d3).' },
            { group: ['../*', '!../core'], message: 'src/core imports only from itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'localStorage'],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{js,ts}', 'scripts/**/*'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
