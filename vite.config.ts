import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { staticShell } from './scripts/vitePlugins.ts';

// `base: './'` makes every asset URL relative, so `dist/` works from any
// static host and under any sub-path without a rebuild.
export default defineConfig({
  base: './',
  plugins: [react(), staticShell()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/store/**/*.test.ts'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
