#!/usr/bin/env node
// Long-session soak test: plays the training lab at full speed for a long time, with parameter
// changes, in Chromium against a production build served by `vite preview`, and fails on any
// console error or on memory or DOM growth beyond noise.
//
//   npm run soak                       30 minutes
//   npm run soak -- --minutes 2        a quick run
//   npm run soak -- --minutes 30 --report docs/PERFORMANCE.md
//
// Options: --minutes N (30), --port P (4195), --sample-seconds S (30), --change-seconds S (20),
// --no-build (serve an existing --dist folder instead of building one), --dist DIR,
// --json FILE (the samples as JSON), --report FILE (replace the "## Long session (npm run soak)"
// section of FILE with this run's figures; the file is re-read just before writing).
// Browser: CHROME_PATH, or /usr/bin/chromium. Plain Node ESM, so Node 20 runs it as is.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The 1-minute load average as the soak starts: the machine is shared, and the report says how busy it was. */
const loadAtStart = loadavg()[0] ?? 0;
const SECTION = '## Long session (npm run soak)';
const MB = 1024 * 1024;

const { values: opts } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    port: { type: 'string', default: '4195' },
    'sample-seconds': { type: 'string', default: '30' },
    'change-seconds': { type: 'string', default: '20' },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    json: { type: 'string' },
    report: { type: 'string' },
  },
});
const minutes = Number(opts.minutes);
const port = Number(opts.port);
const sampleMs = Number(opts['sample-seconds']) * 1000;
const changeMs = Number(opts['change-seconds']) * 1000;
if (![minutes, port, sampleMs, changeMs].every((n) => Number.isFinite(n) && n > 0)) {
  console.error('soak: --minutes, --port, --sample-seconds and --change-seconds must be positive numbers');
  process.exit(2);
}

/**
 * @typedef {{ minute: number, heapMB: number, elements: number, nodes: number, listeners: number, errors: number, changes: number, plays: number }} Sample
 * @typedef {{ firstThirdMedian: number, lastThirdMedian: number }} Thirds
 * @typedef {{ date: string, command: string, machine: string, load: { start: number, end: number }, minutes: number, verdict: string,
 *   heap: { firstThirdMedianMB: number, lastThirdMedianMB: number, limitMB: number },
 *   elements: Thirds, nodes: Thirds, listeners: Thirds, errors: number, changes: number, plays: number,
 *   final: { count: string, stop: string }, samples: Sample[] }} Summary
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** @param {number[]} xs @returns {number} */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

// 1. A production build of the page, in a folder of its own (or one given with --dist).
let dist = opts.dist ? resolve(opts.dist) : null;
let madeDist = false;
if (!opts['no-build']) {
  dist ??= mkdtempSync(join(tmpdir(), 'pcl-soak-'));
  madeDist = !opts.dist;
  console.log(`soak: building into ${dist}`);
  execFileSync(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
} else {
  dist ??= join(ROOT, 'dist');
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`soak: no index.html in ${dist}`);
  process.exit(2);
}

// 2. vite preview on 127.0.0.1, a port of its own; stopped by its own process id at the end.
const server = spawn(process.execPath, [vite, 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
/** @param {Buffer} d */
const log = (d) => {
  serverLog += d.toString();
};
server.stdout.on('data', log);
server.stderr.on('data', log);
const url = `http://127.0.0.1:${port}/`;

/** @type {import('@playwright/test').Browser | null} */
let browser = null;
let exitCode = 2;
const cleanup = async () => {
  await browser?.close().catch(() => undefined);
  if (server.exitCode === null) server.kill('SIGTERM');
  if (madeDist) rmSync(dist, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  void cleanup().then(() => process.exit(130));
});

try {
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 100 || server.exitCode !== null) throw new Error(`vite preview did not start on ${url}:\n${serverLog}`);
    await sleep(200);
  }

  // 3. Chromium, recording every console error and uncaught exception.
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  /** @type {{ at: number, text: string }[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push({ at: Date.now(), text: m.text() });
  });
  page.on('pageerror', (e) => errors.push({ at: Date.now(), text: String(e) }));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  await page.goto(url);
  // Chapters far from the screen wait for the reader's first scroll, key or touch (src/layout/chapterMounting.ts).
  await page.waitForFunction(() => document.querySelectorAll('.loading').length < document.querySelectorAll('.chapter__body').length);
  await page.keyboard.press('Shift');
  const lab = page.locator('section#lab');
  const stopTitle = lab.getByRole('heading', { name: /^How this run ends:/ });
  await stopTitle.waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await lab.scrollIntoViewIfNeeded();
  const speed = lab.getByRole('combobox', { name: 'Speed', exact: true });
  const playButton = lab.getByRole('button', { name: 'Play', exact: true });
  const pauseButton = lab.getByRole('button', { name: 'Pause', exact: true });
  const count = lab.locator('.playback__count');
  const alphaBox = lab.getByRole('textbox', { name: 'Learning rate, exact value', exact: true });
  await speed.selectOption({ label: '1000 per second' });

  const changes = [
    { kind: 'preset', value: 'Overshoot' },
    { kind: 'alpha', value: '1e-12' },
    { kind: 'preset', value: 'Diverge' },
    { kind: 'alpha', value: '4.9e-11' },
    { kind: 'preset', value: 'Stuck one step short' },
    { kind: 'alpha', value: '2e-11' },
    { kind: 'preset', value: 'Bounce forever' },
    { kind: 'alpha', value: '3e-13' },
    { kind: 'preset', value: 'One step' },
    { kind: 'preset', value: 'The article’s run' },
  ];
  let changeCount = 0;
  let plays = 0;
  const change = async () => {
    const c = changes[changeCount % changes.length];
    changeCount += 1;
    if (c.kind === 'preset') await lab.getByRole('button', { name: c.value, exact: true }).click();
    else {
      await alphaBox.fill(c.value);
      await alphaBox.press('Enter');
    }
  };
  // The run may end (Pause turns into Play) between a look and a click, so clicks are tried briefly.
  const keepPlaying = async () => {
    if (await playButton.isVisible()) {
      const clicked = await playButton.click({ timeout: 2000 }).then(
        () => true,
        () => false,
      );
      if (clicked) plays += 1;
    }
  };
  const pauseNow = async () => {
    for (let tries = 0; tries < 20 && !(await playButton.isVisible()); tries += 1) {
      await pauseButton.click({ timeout: 1000 }).catch(() => undefined);
    }
  };

  // A sample is taken in one fixed state (paused, the article's run, iteration 0), after a forced
  // garbage collection, so that samples compare like with like.
  /** @type {Sample[]} */
  const samples = [];
  const start = Date.now();
  const sample = async () => {
    await pauseNow();
    await lab.getByRole('button', { name: 'The article’s run', exact: true }).click();
    const reset = lab.getByRole('button', { name: 'Reset', exact: true });
    if (await reset.isEnabled()) await reset.click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    /** @param {string} name */
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const s = {
      minute: (Date.now() - start) / 60_000,
      heapMB: heap.usedSize / MB,
      elements,
      nodes: metric('Nodes'),
      listeners: metric('JSEventListeners'),
      errors: errors.length,
      changes: changeCount,
      plays,
    };
    samples.push(s);
    console.log(
      `soak: ${s.minute.toFixed(1).padStart(5)} min  heap ${s.heapMB.toFixed(2)} MB  elements ${s.elements}  nodes ${s.nodes}  listeners ${s.listeners}  errors ${s.errors}  changes ${s.changes}  plays ${s.plays}`,
    );
    await speed.selectOption({ label: '1000 per second' });
    await keepPlaying();
  };

  console.log(`soak: ${minutes} min of Play at 1000 per second on ${url}, a change every ${changeMs / 1000} s, a sample every ${sampleMs / 1000} s`);
  await sample();
  const end = start + minutes * 60_000;
  let nextChange = Date.now() + changeMs;
  let nextSample = start + sampleMs;
  while (Date.now() < end) {
    await keepPlaying();
    if (Date.now() >= nextChange) {
      await change();
      await keepPlaying();
      nextChange += changeMs;
    }
    if (Date.now() >= nextSample) {
      await sample();
      nextSample += sampleMs;
    }
    await sleep(500);
  }
  await sample();
  const finalCount = await count.innerText();
  const finalStop = await stopTitle.innerText();

  // 4. The verdict: no errors, and no growth beyond noise between the first and last thirds.
  const third = Math.max(1, Math.ceil(samples.length / 3));
  const first = samples.slice(0, third);
  const last = samples.slice(-third);
  const heapFirst = median(first.map((s) => s.heapMB));
  const heapLast = median(last.map((s) => s.heapMB));
  const heapLimit = heapFirst * 1.2 + 2;
  const elementsFirst = median(first.map((s) => s.elements));
  const elementsLast = median(last.map((s) => s.elements));
  const nodesFirst = median(first.map((s) => s.nodes));
  const nodesLast = median(last.map((s) => s.nodes));
  const listenersFirst = median(first.map((s) => s.listeners));
  const listenersLast = median(last.map((s) => s.listeners));
  const failures = [];
  if (errors.length > 0) failures.push(`${errors.length} console or page errors, the first: ${errors[0].text.slice(0, 300)}`);
  if (heapLast > heapLimit) failures.push(`JS heap grew: last-third median ${heapLast.toFixed(2)} MB > ${heapLimit.toFixed(2)} MB (first-third median ${heapFirst.toFixed(2)} MB × 1.2 + 2 MB)`);
  if (elementsLast > elementsFirst) failures.push(`DOM elements grew: last-third median ${elementsLast} > first-third median ${elementsFirst}`);
  if (nodesLast > nodesFirst * 1.1 + 100) failures.push(`DOM nodes (with detached ones) grew: ${nodesFirst} → ${nodesLast}`);
  if (listenersLast > listenersFirst * 1.1 + 20) failures.push(`event listeners grew: ${listenersFirst} → ${listenersLast}`);
  if (samples.length < 3) console.warn('soak: fewer than 3 samples; the growth check means little. Run longer.');

  const version = browser.version();
  const machine = `${cpus().length}-core ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, ${platform()} ${release()}, Node ${process.versions.node}, Chromium ${version}`;
  const command = `npm run soak -- --minutes ${minutes}`;
  const verdict = failures.length === 0 ? 'passed' : `FAILED: ${failures.join('; ')}`;
  const summary = {
    date: new Date().toISOString(),
    command,
    machine,
    load: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    minutes,
    verdict,
    heap: { firstThirdMedianMB: heapFirst, lastThirdMedianMB: heapLast, limitMB: heapLimit },
    elements: { firstThirdMedian: elementsFirst, lastThirdMedian: elementsLast },
    nodes: { firstThirdMedian: nodesFirst, lastThirdMedian: nodesLast },
    listeners: { firstThirdMedian: listenersFirst, lastThirdMedian: listenersLast },
    errors: errors.length,
    changes: changeCount,
    plays,
    final: { count: finalCount, stop: finalStop },
    samples,
  };
  console.log(`soak: ${verdict}`);
  console.log(
    `soak: heap median ${heapFirst.toFixed(2)} → ${heapLast.toFixed(2)} MB (limit ${heapLimit.toFixed(2)}), elements ${elementsFirst} → ${elementsLast}, nodes ${nodesFirst} → ${nodesLast}, listeners ${listenersFirst} → ${listenersLast}, ${errors.length} errors, ${changeCount} changes, ${plays} plays`,
  );
  if (opts.json) writeFileSync(resolve(opts.json), `${JSON.stringify(summary, null, 2)}\n`);
  if (opts.report) writeReport(resolve(opts.report), summary);
  exitCode = failures.length === 0 ? 0 : 1;
} catch (error) {
  console.error('soak: could not run:', error);
} finally {
  await cleanup();
}
process.exit(exitCode);

/**
 * Replaces this script's section of a Markdown file (re-read now, since others edit the file too).
 * @param {string} file
 * @param {Summary} s
 */
function writeReport(file, s) {
  const rows = s.samples.map(
    (x) => `| ${x.minute.toFixed(1)} | ${x.heapMB.toFixed(2)} | ${x.elements} | ${x.nodes} | ${x.listeners} | ${x.errors} | ${x.changes} | ${x.plays} |`,
  );
  const section = [
    SECTION,
    '',
    `Command: \`${s.command} --report docs/PERFORMANCE.md\` (\`scripts/soak.mjs\`; not part of \`npm test\`).`,
    `Machine: ${s.machine}; ${s.date.slice(0, 10)}; 1-minute load average ${s.load.start.toFixed(2)} at the start, ${s.load.end.toFixed(2)} at the end (the machine is shared: its figures carry noise).`,
    '',
    `What it does: a production build served by \`vite preview\` on 127.0.0.1:${port}, the lab playing at 1000 iterations`,
    `per second for ${s.minutes} minutes, Play pressed again whenever a run reaches its end, a preset or a typed learning rate`,
    `every ${changeMs / 1000} s (${s.changes} changes, ${s.plays} presses of Play). Every ${sampleMs / 1000} s it pauses, returns to the`,
    'article’s run at iteration 0 (so every sample is taken in the same state), forces two garbage collections',
    '(CDP `HeapProfiler.collectGarbage`) and records the JS heap in use (`Runtime.getHeapUsage`), the DOM elements',
    '(`document.getElementsByTagName(\'*\').length`), the DOM nodes including detached ones and the event listeners',
    '(CDP `Performance.getMetrics`), and the console errors so far.',
    '',
    `Verdict: **${s.verdict}**. Pass rule: no console or page error; last-third median heap at most first-third median`,
    '× 1.2 + 2 MB; DOM elements not above the first third’s median; nodes and listeners within 10 % of it.',
    '',
    '| | first third (median) | last third (median) |',
    '| --- | ---: | ---: |',
    `| JS heap after GC | ${s.heap.firstThirdMedianMB.toFixed(2)} MB | ${s.heap.lastThirdMedianMB.toFixed(2)} MB (limit ${s.heap.limitMB.toFixed(2)} MB) |`,
    `| DOM elements | ${s.elements.firstThirdMedian} | ${s.elements.lastThirdMedian} |`,
    `| DOM nodes (CDP, with detached) | ${s.nodes.firstThirdMedian} | ${s.nodes.lastThirdMedian} |`,
    `| event listeners | ${s.listeners.firstThirdMedian} | ${s.listeners.lastThirdMedian} |`,
    `| console and page errors | ${s.errors} in all | |`,
    '',
    '<details><summary>All samples</summary>',
    '',
    '| minute | heap (MB) | elements | nodes | listeners | errors so far | changes | plays |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '</details>',
    '',
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const startAt = text.indexOf(`${SECTION}\n`);
  let next;
  if (startAt === -1) {
    next = `${text.replace(/\n*$/, '\n\n')}${section}`;
  } else {
    const after = text.slice(startAt + SECTION.length);
    const nextHeading = after.search(/\n## /);
    const rest = nextHeading === -1 ? '' : after.slice(nextHeading + 1);
    next = `${text.slice(0, startAt)}${section}${rest ? `\n${rest}` : ''}`;
  }
  writeFileSync(file, next);
  console.log(`soak: wrote "${SECTION}" in ${file}`);
}
