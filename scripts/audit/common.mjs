// Shared settings for `npm run audit`: paths, the browser and its flags, small helpers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two folders up from this file). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Git-ignored folder for the on-demand Lighthouse install and the raw reports. */
export const TOOLS_DIR = path.join(ROOT, '.audit-tools');

/** The same browser the tests use (see playwright.config.ts). */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags that keep Debian's Chromium quiet and offline (as in playwright.config.ts). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChrome() {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No browser at ${CHROME_PATH}. Install Chromium (apt-get install chromium) or set CHROME_PATH.`);
  }
}

/**
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Nearest-rank percentile (p in 0..100).
 * @param {readonly number[]} values
 * @param {number} p
 * @returns {number}
 */
export function percentile(values, p) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/**
 * @param {readonly number[]} values
 * @returns {number}
 */
export function max(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length === 0 ? Number.NaN : Math.max(...finite);
}

/** @param {number} ms */
export function sleep(ms) {
  return new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
}

/** @param {string} message */
export function log(message) {
  process.stderr.write(`[audit] ${message}\n`);
}

/**
 * @param {number} bytes
 * @returns {string}
 */
export function kb(bytes) {
  // 1 KB = 1000 bytes, as Vite prints sizes; the stricter reading of a budget in KB.
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/**
 * @param {number} ms
 * @param {number} [digits]
 * @returns {string}
 */
export function ms(ms, digits = 1) {
  return Number.isFinite(ms) ? `${ms.toFixed(digits)} ms` : 'n/a';
}
