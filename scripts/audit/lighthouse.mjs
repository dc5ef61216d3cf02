// Lighthouse, installed on demand into .audit-tools/ (never into package.json or the lockfile:
// lighthouse 12 pulls in a dependency that asks for `third-party-web: "latest"`, which breaks
// `npm ci`), run through its Node API with the system's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROME_FLAGS, CHROME_PATH, TOOLS_DIR, log, median } from './common.mjs';

export const LIGHTHOUSE_VERSION = '12.8.2';
const MODULES = path.join(TOOLS_DIR, 'node_modules');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @param {string[]} args */
function npm(args) {
  const result = spawnSync(NPM, args, { cwd: TOOLS_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function installedVersion() {
  const file = path.join(MODULES, 'lighthouse', 'package.json');
  if (!existsSync(file)) return null;
  /** @type {unknown} */
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return /** @type {{ version: string }} */ (json).version;
}

/** Installs lighthouse@12.8.2 into .audit-tools/ unless it is already there. */
export function ensureLighthouse() {
  if (installedVersion() === LIGHTHOUSE_VERSION) return;
  mkdirSync(TOOLS_DIR, { recursive: true });
  log(`installing lighthouse@${LIGHTHOUSE_VERSION} into ${path.basename(TOOLS_DIR)}/ (once)`);
  const view = npm(['view', `lighthouse@${LIGHTHOUSE_VERSION}`, 'version']);
  if (!view.ok || !view.output.includes(LIGHTHOUSE_VERSION)) {
    throw new Error(`npm cannot find lighthouse@${LIGHTHOUSE_VERSION}:\n${view.output}`);
  }
  const base = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', TOOLS_DIR];
  let install = npm([...base, `lighthouse@${LIGHTHOUSE_VERSION}`]);
  if (!install.ok) {
    // The known trap: a transitive `third-party-web: "latest"`. Pin it and relax peer checks.
    log('plain install failed; retrying with third-party-web@0.27.0 pinned and --legacy-peer-deps');
    install = npm([...base, '--legacy-peer-deps', `lighthouse@${LIGHTHOUSE_VERSION}`, 'third-party-web@0.27.0']);
  }
  if (!install.ok || installedVersion() !== LIGHTHOUSE_VERSION) {
    throw new Error(`could not install lighthouse@${LIGHTHOUSE_VERSION}:\n${install.output}`);
  }
}

/**
 * @typedef {{ id: string, title: string, score: number | null, displayValue?: string, numericValue?: number, scoreDisplayMode: string }} LhAudit
 * @typedef {{ score: number | null, auditRefs: { id: string, weight: number }[] }} LhCategory
 * @typedef {{ lighthouseVersion: string, environment: { hostUserAgent: string }, categories: Record<string, LhCategory>, audits: Record<string, LhAudit>, runtimeError?: { message: string } }} Lhr
 */

/**
 * @typedef {{
 *   runs: number, performance: number, accessibility: number, bestPractices: number, seo: number,
 *   fcp: number, lcp: number, tbt: number, cls: number, speedIndex: number, totalBytes: number,
 *   failing: string[], perRun: { performance: number, lcp: number, tbt: number }[], version: string
 * }} LighthouseResult
 */

/**
 * Runs Lighthouse `runs` times (default config: the mobile preset) and takes the median of each figure.
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url, runs) {
  ensureLighthouse();
  /** @type {unknown} */
  const lighthouseImport = await import(pathToFileURL(path.join(MODULES, 'lighthouse', 'core', 'index.js')).href);
  const lighthouseModule = /** @type {{ default: (url: string, flags: object) => Promise<{ lhr: Lhr } | undefined> }} */ (lighthouseImport);
  /** @type {unknown} */
  const launcherImport = await import(pathToFileURL(path.join(MODULES, 'chrome-launcher', 'dist', 'index.js')).href);
  const launcher = /** @type {{ launch: (options: { chromePath: string, chromeFlags: string[] }) => Promise<{ port: number, kill: () => Promise<void> | void }> }} */ (launcherImport);
  const reports = path.join(TOOLS_DIR, 'reports');
  mkdirSync(reports, { recursive: true });

  /** @type {Lhr[]} */
  const lhrs = [];
  for (let i = 1; i <= runs; i += 1) {
    // A fresh browser for every run: no cache, no state from the previous one.
    const chrome = await launcher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_FLAGS] });
    try {
      const result = await lighthouseModule.default(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      lhrs.push(result.lhr);
      writeFileSync(path.join(reports, `lighthouse-${String(i)}.json`), JSON.stringify(result.lhr, null, 1));
      const lhr = result.lhr;
      log(
        `lighthouse run ${String(i)}/${String(runs)}: performance ${String(Math.round((lhr.categories.performance?.score ?? 0) * 100))}, LCP ${((lhr.audits['largest-contentful-paint']?.numericValue ?? 0) / 1000).toFixed(2)} s, TBT ${String(Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0))} ms`,
      );
    } finally {
      await chrome.kill();
    }
  }

  /** @param {string} id */
  const category = (id) => median(lhrs.map((l) => Math.round((l.categories[id]?.score ?? Number.NaN) * 100)));
  /** @param {string} id */
  const numeric = (id) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? Number.NaN));

  // What keeps a category below 100, from every run (an audit that fails in any run is listed).
  /** @type {Map<string, { score: number, text: string }>} */
  const failing = new Map();
  for (const lhr of lhrs) {
    for (const [id, cat] of Object.entries(lhr.categories)) {
      for (const ref of cat.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric' && audit.scoreDisplayMode !== 'metricSavings') continue;
        // One line per audit: its worst run.
        const key = `${id}: ${audit.id}`;
        const previous = failing.get(key);
        if (previous && previous.score <= audit.score) continue;
        failing.set(key, {
          score: audit.score,
          text: `${key} (${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ''}, score ${audit.score.toFixed(2)}, worst run)`,
        });
      }
    }
  }

  return {
    runs,
    version: lhrs[0]?.lighthouseVersion ?? LIGHTHOUSE_VERSION,
    performance: category('performance'),
    accessibility: category('accessibility'),
    bestPractices: category('best-practices'),
    seo: category('seo'),
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    speedIndex: numeric('speed-index'),
    totalBytes: numeric('total-byte-weight'),
    failing: [...failing.values()].map((f) => f.text).sort(),
    perRun: lhrs.map((l) => ({
      performance: Math.round((l.categories.performance?.score ?? Number.NaN) * 100),
      lcp: l.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbt: l.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    })),
  };
}
