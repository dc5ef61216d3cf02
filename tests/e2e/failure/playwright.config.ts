import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import base from '../../../playwright.config.ts';

/**
 * The failure-containment tests: a test build (`vite build --mode failure-test`) in which
 * `?break=<chapter id>` makes that chapter throw while rendering, served on its own port.
 * Run with `npx playwright test -c tests/e2e/failure/playwright.config.ts` (part of `npm test`).
 * It lives here rather than at the repository's root so that tsconfig and ESLint cover it.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * Where the test build goes. Not a `dist-failure/` at the root: `eslint .` (which runs before the
 * browser tests in `npm test`) would lint the built files there, and its ignore list is not ours
 * to change. node_modules is ignored by ESLint and git alike.
 */
export const FAILURE_DIST = 'node_modules/.cache/dist-failure';
const port = Number(process.env.FAILURE_PORT ?? 4174);
const url = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}test-results/failure`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { ...base.use, baseURL: url },
  projects: [{ name: 'failure-containment', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite build --mode failure-test --outDir ${FAILURE_DIST} --emptyOutDir && npx vite preview --outDir ${FAILURE_DIST} --port ${port} --strictPort`,
    cwd: root,
    url,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
