// Measurements in a real browser with Playwright: what loads at start, interaction latency,
// frames per second while playing, the JS heap over a long play, DOM and SVG sizes.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROME_FLAGS, CHROME_PATH, log, max, median, percentile, sleep } from './common.mjs';
import { beginWindow, countFrames, countNodes, instrument, keepPlaying, loadEntries, readWindow } from './inpage.mjs';
import { frameCosts, inputEventWork, inputFrameCosts, startTrace, stopTrace } from './trace.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */
/** @typedef {import('@playwright/test').CDPSession} CDPSession */
/**
 * The page a row of interactions runs on: how to open it, and the run's last iteration after the
 * row (NaN on a page without a run).
 * @typedef {{ open: (page: Page) => Promise<void>, runLength: (page: Page) => Promise<number> }} RowPage
 */

/** The learning rates the audit types into the exact box. */
export const CAP_ALPHA = '1e-15'; // every run stops at the 20,000-update cap
export const LONG_ALPHA = '5.1e-11'; // overflows on update 17,318

/** @param {Page} page */
function lab(page) {
  const section = page.locator('section#lab');
  return {
    section,
    alphaSlider: page.getByRole('slider', { name: 'Learning rate', exact: true }),
    alphaBox: page.getByRole('textbox', { name: 'Learning rate, exact value', exact: true }),
    weightSlider: section.getByRole('slider', { name: 'Starting weight', exact: true }),
    count: section.locator('.playback__count'),
    /** @param {string} name */
    button: (name) => section.getByRole('button', { name, exact: true }),
    playPause: section.getByRole('button', { name: /^(Play|Pause)$/ }),
    speed: section.getByRole('combobox', { name: 'Speed' }),
  };
}

/**
 * Opens the page, acts as a reader arriving and waits until every chapter has loaded. Chapters far
 * from the screen wait for the reader's first scroll, key or touch (src/layout/chapterMounting.ts);
 * the key is pressed once the page's script listens, which it does before the first chapter renders.
 * @param {Page} page
 * @param {string} url
 */
async function openPage(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length < document.querySelectorAll('.chapter__body').length);
  await page.keyboard.press('Shift');
  await page.getByRole('region', { name: /^How this run ends:/ }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  await sleep(300);
}

/** Where the floor page is served from: requests to it are answered from its build, by Playwright. */
const FLOOR_ORIGIN = 'http://floor.invalid';

/**
 * Opens the floor page (scripts/audit/floor/): one bare slider and one React slider, each with
 * its <output>, built into `dir` by `buildFloor` (server.mjs).
 * @param {Page} page
 * @param {string} dir absolute
 */
async function openFloor(page, dir) {
  await page.route(`${FLOOR_ORIGIN}/**`, async (route) => {
    const file = path.join(dir, new URL(route.request().url()).pathname);
    if (existsSync(file)) await route.fulfill({ path: file });
    else await route.fulfill({ status: 404 });
  });
  await page.goto(`${FLOOR_ORIGIN}/index.html`, { waitUntil: 'load' });
  await page.getByRole('slider', { name: 'React slider', exact: true }).waitFor();
  await sleep(300);
}

/**
 * Types a learning rate into the exact box, commits it with Enter and waits for the new run.
 * @param {Page} page
 * @param {string} alpha
 * @returns {Promise<number>} the run's last iteration
 */
async function setAlpha(page, alpha) {
  const l = lab(page);
  const before = await l.count.textContent();
  await l.alphaBox.fill(alpha);
  await l.alphaBox.press('Enter');
  await page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.textContent !== text,
    /** @type {[string, string]} */ (['section#lab .playback__count', before ?? '']),
  );
  return lastIteration(page);
}

/**
 * @param {Page} page
 * @returns {Promise<number>}
 */
async function lastIteration(page) {
  const text = (await lab(page).count.textContent()) ?? '';
  return Number(/\/\s*([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? Number.NaN);
}

/**
 * Drags a range slider with the mouse from beyond its left end to beyond its right end and back.
 * @param {Page} page
 * @param {Locator} slider
 * @param {number} steps mouse moves each way
 */
async function dragAcross(page, slider, steps) {
  await slider.scrollIntoViewIfNeeded();
  // Chapters near the new scroll position render in the next frames (content-visibility); take
  // the slider's box once they have, so the mouse lands on it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 20, y, { steps });
  await page.mouse.move(box.x - 20, y, { steps });
  await page.mouse.up();
}

/**
 * Home, End, Page Up / Page Down across the range, then single steps across the edge of stability.
 * @param {Page} page
 * @param {Locator} slider
 */
async function keysAcross(page, slider) {
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  // As for a drag: the chapters near the new scroll position render in the next frames, and the
  // first key's frame should not draw them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const keys = [
    'Home',
    'End',
    'Home',
    ...Array.from({ length: 10 }, () => 'PageUp'),
    ...Array.from({ length: 10 }, () => 'PageDown'),
    ...Array.from({ length: 6 }, () => 'PageUp'),
    ...Array.from({ length: 100 }, () => 'ArrowRight'),
    'End',
    'Home',
  ];
  // One key every 35 ms, about the auto-repeat rate of a held key; faster than that, the
  // browser queues key events ahead of everything else and the timings measure the queue.
  for (const key of keys) {
    await page.keyboard.press(key);
    await sleep(35);
  }
}

/**
 * @typedef {{
 *   name: string, label: string, settings: string, kind: 'slider' | 'button' | 'floor',
 *   events: number, positions: string, processingMedian: number, processingMax: number,
 *   workMedian: number, workP95: number, workMax: number, workOver8: number, wallMedian: number, wallP95: number, wallMax: number,
 *   perEvent: Map<string, number> | null, steadyMax: number, steadyWorst: string, steadyEvents: number, steadyRepeats: number,
 *   steadyAfterFirst: number, steadyAfterFirstKey: string,
 *   toFrameMax: number, doubleRafMax: number,
 *   loafCount: number, loafLongest: number, loafScripts: string[], loafUntraced: number[],
 *   eventTimingMax: number, hasLoaf: boolean,
 *   runLengths: number, repeats: { median: number, p95: number, max: number, loaf: number, cpuMax: number }[],
 *   cpuFrames: number, cpuMedian: number, cpuP95: number, cpuMax: number,
 *   cpuSplit: { script: number, style: number, layout: number, paint: number }
 * }} InteractionResult
 */

/**
 * Runs one interaction and summarises its timings.
 * @param {Page} page
 * @param {{ name: string, label: string, settings: string, kind: 'slider' | 'button' | 'floor' }} info
 * @param {() => Promise<void>} action
 * @returns {Promise<InteractionResult>}
 */
async function measureInteraction(page, info, action) {
  const cdp = await page.context().newCDPSession(page);
  await startTrace(cdp);
  const data = await recordWindow(page, info.label, action);
  const trace = await stopTrace(cdp);
  const frames = inputFrameCosts(trace);
  const work = inputEventWork(trace);
  await cdp.detach();
  // Normally the trace holds every event the page saw, in the same order, each with the frame
  // that showed it; then each of the page's events gets its work.
  const aligned = work.length === data.events.length;
  if (!aligned) log(`${info.label}: the trace holds ${String(work.length)} events, the page saw ${String(data.events.length)}; events are not compared one by one`);
  const counted = data.events.filter((e) => e.counted);
  const pairs = aligned ? data.events.flatMap((e, i) => (e.counted && work[i] ? [{ event: e, work: work[i] }] : [])) : [];
  const costs = aligned ? pairs.map((p) => p.work) : work;
  /** @param {(f: import('./trace.mjs').FrameCost) => number} pick */
  const mean = (pick) => (frames.length === 0 ? Number.NaN : frames.reduce((sum, f) => sum + pick(f), 0) / frames.length);
  const done = counted.filter((e) => Number.isFinite(e.t1) && Number.isFinite(e.frameDone));
  const processing = done.map((e) => e.t1 - e.t0);
  const cpu = costs.map((w) => w.cpu);
  const wall = costs.map((w) => w.wall);
  const values = counted.map((e) => e.value).filter((v) => Number.isFinite(v));
  // Each event's CPU work, keyed by what it was (the n-th input at this slider value, the n-th
  // click): repeats of a row send the same events, so they can be compared event by event.
  /** @type {Map<string, number> | null} */
  let perEvent = null;
  if (aligned) {
    perEvent = new Map();
    /** @type {Map<string, number>} */
    const seen = new Map();
    for (const { event, work: w } of pairs) {
      // A click has no slider value: it is only the n-th click.
      const what = Number.isFinite(event.value) ? `${event.type} ${String(event.value)}` : event.type;
      const n = (seen.get(what) ?? 0) + 1;
      seen.set(what, n);
      perEvent.set(`${what} #${String(n)}`, w.cpu);
    }
  }
  return {
    ...info,
    events: counted.length,
    positions: values.length > 0 ? `${String(Math.min(...values))}–${String(Math.max(...values))}` : '',
    processingMedian: median(processing),
    processingMax: max(processing),
    workMedian: median(cpu),
    workP95: percentile(cpu, 95),
    workMax: max(cpu),
    workOver8: cpu.filter((c) => c > 8).length,
    perEvent,
    steadyMax: Number.NaN,
    steadyWorst: '',
    steadyAfterFirst: Number.NaN,
    steadyAfterFirstKey: '',
    steadyEvents: 0,
    steadyRepeats: 0,
    wallMedian: median(wall),
    wallP95: percentile(wall, 95),
    wallMax: max(wall),
    toFrameMax: max(costs.map((w) => w.latency)),
    doubleRafMax: max(done.map((e) => e.raf2 - e.t0)),
    ...longFrames(data.loaf),
    loafUntraced: [],
    eventTimingMax: max(data.eventTiming.map((e) => e.duration)),
    hasLoaf: data.hasLoaf,
    runLengths: 0,
    repeats: [],
    cpuFrames: frames.length,
    cpuMedian: median(frames.map((f) => f.cpu)),
    cpuP95: percentile(frames.map((f) => f.cpu), 95),
    cpuMax: max(frames.map((f) => f.cpu)),
    cpuSplit: { script: mean((f) => f.script), style: mean((f) => f.style), layout: mean((f) => f.layout), paint: mean((f) => f.paint) },
  };
}

/**
 * A long animation frame and where its time went: its scripts, the time from its first task to
 * the start of its rendering (tasks and the waits between them), and its rendering (style and
 * layout from `styleAndLayoutStart`). A frame whose scripts and rendering are short spent its
 * length waiting: for the display, or for a core that another process held.
 * @param {import('./inpage.mjs').AuditLoaf} l
 */
function loafPhases(l) {
  const end = l.start + l.duration;
  const phases = [`scripts ${l.scriptTotal.toFixed(0)} ms`];
  if (l.renderStart > 0) {
    phases.push(`${(l.renderStart - l.start).toFixed(0)} ms before rendering`);
    phases.push(`rendering ${(end - l.renderStart).toFixed(0)} ms (style and layout ${(end - l.styleAndLayoutStart).toFixed(0)})`);
  } else phases.push('no rendering');
  return `frame ${l.duration.toFixed(0)} ms (${phases.join(', ')})`;
}

/**
 * How many long animation frames, the longest, and the first three with their longest scripts.
 * @param {import('./inpage.mjs').AuditLoaf[]} loaf
 */
function longFrames(loaf) {
  return {
    loafCount: loaf.length,
    loafLongest: max(loaf.map((l) => l.duration)),
    loafScripts: loaf.slice(0, 3).flatMap((l) => [`${loafPhases(l)}:`, ...l.scripts.slice(0, 3)]),
  };
}

/**
 * Runs `action` in a fresh measurement window of the page's own records (see inpage.mjs) and
 * returns them once its last frames have landed.
 * @param {Page} page
 * @param {string} label
 * @param {() => Promise<void>} action
 */
async function recordWindow(page, label, action) {
  await page.evaluate(beginWindow);
  await action();
  await sleep(400); // the last frames land
  const data = await page.evaluate(readWindow);
  // A drag that missed its slider measures nothing: say so rather than report empty figures.
  if (!data.events.some((e) => e.counted)) throw new Error(`${label}: no input events reached the page`);
  return data;
}

/**
 * A fresh context and page, instrumented, with the site open and every chapter loaded.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
function newPage(browser, url) {
  return openedPage(browser, (page) => openPage(page, url));
}

/**
 * A fresh context and page, instrumented, opened by `open`.
 * @param {import('@playwright/test').Browser} browser
 * @param {(page: Page) => Promise<void>} open
 */
async function openedPage(browser, open) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await open(page);
  return { context, page, problems };
}

/**
 * What the browser requests before DOMContentLoaded and before the first contentful paint.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {Map<string, number>} gzipByFile dist-relative path → gzipped bytes
 */
async function measureLoad(browser, url, gzipByFile) {
  const { context, page, problems } = await newPage(browser, url);
  const entries = await page.evaluate(loadEntries);
  await context.close();
  const origin = new URL(url);
  /** @param {string} resourceUrl */
  const fileOf = (resourceUrl) => {
    const u = new URL(resourceUrl);
    return u.host === origin.host ? decodeURIComponent(u.pathname).replace(/^\//, '') : resourceUrl;
  };
  /** @param {number} before */
  const loadedBefore = (before) => {
    const chosen = entries.resources.filter((r) => r.start < before);
    /** @param {RegExp} pattern */
    const sum = (pattern) => {
      const files = chosen.filter((r) => pattern.test(new URL(r.url).pathname)).map((r) => fileOf(r.url));
      return { files, gzip: files.reduce((s, f) => s + (gzipByFile.get(f) ?? Number.NaN), 0) };
    };
    return { js: sum(/\.m?js$/), css: sum(/\.css$/) };
  };
  return {
    domContentLoaded: entries.domContentLoaded,
    firstContentfulPaint: entries.firstContentfulPaint,
    beforeDcl: loadedBefore(entries.domContentLoaded),
    beforeFcp: loadedBefore(entries.firstContentfulPaint),
    all: loadedBefore(Number.POSITIVE_INFINITY),
    problems,
  };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} floorDir the floor page's build (absolute)
 * @param {boolean} quick
 * @param {number} repeats
 * @param {string[] | null} only scenario names to run (null: all)
 * @returns {Promise<InteractionResult[]>}
 */
async function measureInteractions(browser, url, floorDir, quick, repeats, only) {
  const steps = quick ? 100 : 150;
  /** @type {InteractionResult[]} */
  const results = [];
  /** @type {RowPage} */
  const site = { open: (page) => openPage(page, url), runLength: lastIteration };

  /**
   * @param {{ name: string, label: string, settings: string, kind: 'slider' | 'button' | 'floor' }} info
   * @param {(page: Page) => Promise<void>} setup
   * @param {(page: Page) => Promise<void>} action
   * @param {RowPage} [where] the page the row runs on (the site, unless given)
   */
  const run = async (info, setup, action, where = site) => {
    if (only !== null && !only.includes(info.name)) return;
    /** @type {InteractionResult[]} */
    const tries = [];
    for (let attempt = 1; attempt <= repeats; attempt += 1) {
      const { context, page, problems } = await openedPage(browser, where.open);
      await setup(page);
      const result = await measureInteraction(page, info, () => action(page));
      result.runLengths = await where.runLength(page);
      await context.close();
      if (problems.length > 0) log(`${info.name}: ${problems.join('; ')}`);
      tries.push(result);
      log(
        `${info.label} (${info.settings}) #${String(attempt)}: ${String(result.events)} events, work CPU median ${result.workMedian.toFixed(1)} / p95 ${result.workP95.toFixed(1)} / max ${result.workMax.toFixed(1)} ms, wall ${result.wallMedian.toFixed(1)} / ${result.wallP95.toFixed(1)} / ${result.wallMax.toFixed(1)} ms, input→frame max ${result.toFrameMax.toFixed(1)} ms, LoAF>50 ms ${String(result.loafCount)}${result.loafCount > 0 ? ` [${result.loafScripts.join(' ')}]` : ''}; CPU per input frame ${result.cpuMedian.toFixed(1)} / ${result.cpuP95.toFixed(1)} / ${result.cpuMax.toFixed(1)} ms (script ${result.cpuSplit.script.toFixed(1)}, style ${result.cpuSplit.style.toFixed(1)}, layout ${result.cpuSplit.layout.toFixed(1)}, paint ${result.cpuSplit.paint.toFixed(1)})`,
      );
    }
    // The machine is shared: keep the least disturbed repeat (lowest p95), as benchmarks keep their minimum.
    const best = tries.reduce((a, b) => (b.workP95 < a.workP95 ? b : a));
    // And event by event: the same event's least disturbed repeat, then the costliest event. A
    // cost that every repeat pays (a long run, code the browser compiles on first use) stays;
    // a spike that one repeat saw while another process held the machine does not.
    const aligned = tries.flatMap((t) => (t.perEvent === null ? [] : [t.perEvent]));
    const first = aligned[0];
    if (first !== undefined && aligned.length >= 2) {
      const shared = [...first.keys()].filter((key) => aligned.every((m) => m.has(key)));
      const steady = shared.map((key) => ({ key, cpu: Math.min(...aligned.map((m) => m.get(key) ?? Number.POSITIVE_INFINITY)) }));
      const worst = steady.reduce((a, b) => (b.cpu > a.cpu ? b : a));
      best.steadyMax = worst.cpu;
      best.steadyWorst = worst.key;
      // Shown, not checked: the same after the row's first event, which is the first time the page
      // runs much of the code a slider event needs (so the engine compiles it as it goes).
      const firstKey = first.keys().next().value;
      const later = steady.filter((e) => e.key !== firstKey);
      if (later.length > 0) {
        const worstLater = later.reduce((a, b) => (b.cpu > a.cpu ? b : a));
        best.steadyAfterFirst = worstLater.cpu;
        best.steadyAfterFirstKey = worstLater.key;
      }
      log(`${info.label}: costliest events in their least disturbed repeat: ${[...steady].sort((a, b) => b.cpu - a.cpu).slice(0, 5).map((e) => `${e.key} ${e.cpu.toFixed(1)} ms`).join(', ')}`);
      best.steadyEvents = shared.length;
      best.steadyRepeats = aligned.length;
    }
    for (const t of tries) t.perEvent = null; // compared; not for audit.json
    // Long frames come from as many repeats again, run without the trace: a long frame is a
    // wall-clock measure, and the trace takes its own share of this two-core machine. They come and
    // go between repeats of the same drag (in probes and audits, 33 of 75 traced drags had one and
    // 21 of 66 untraced; in each of the 12 such frames a probe took apart, the page's main thread had
    // been busy for only 11 to 37 ms: docs/PERFORMANCE.md, twelfth pass). So, as for the work, the
    // least disturbed repeat (fewest long frames) is kept: a long frame the page itself makes comes
    // in every repeat.
    /** @type {import('./inpage.mjs').AuditLoaf[][]} */
    const untraced = [];
    for (let attempt = 1; attempt <= repeats; attempt += 1) {
      const { context, page, problems } = await openedPage(browser, where.open);
      await setup(page);
      untraced.push((await recordWindow(page, info.label, () => action(page))).loaf);
      await context.close();
      if (problems.length > 0) log(`${info.name}, untraced: ${problems.join('; ')}`);
    }
    const calm = untraced.reduce((a, b) => (b.length < a.length ? b : a));
    best.repeats = tries.map((t) => ({ median: t.workMedian, p95: t.workP95, max: t.workMax, loaf: t.loafCount, cpuMax: t.cpuMax }));
    best.loafUntraced = untraced.map((u) => u.length);
    Object.assign(best, longFrames(calm));
    log(`${info.label}: LoAF > 50 ms in the traced repeats ${best.repeats.map((r) => r.loaf).join(', ')}, untraced ${best.loafUntraced.join(', ')}${calm.length > 0 ? ` [${best.loafScripts.join(' ')}]` : ''}`);
    results.push(best);
  };
  const none = async () => {
    // the article's settings, as the page opens
  };

  await run(
    { name: 'alpha-drag', label: '“Learning rate” drag, mouse, full range and back', settings: 'article', kind: 'slider' },
    none,
    (page) => dragAcross(page, lab(page).alphaSlider, steps),
  );
  await run(
    { name: 'alpha-keys', label: '“Learning rate” keys: Home/End, PageUp/PageDown, 100 × →', settings: 'article', kind: 'slider' },
    none,
    (page) => keysAcross(page, lab(page).alphaSlider),
  );
  await run(
    { name: 'weight-drag', label: '“Starting weight” drag, mouse, full range and back', settings: 'article', kind: 'slider' },
    none,
    (page) => dragAcross(page, lab(page).weightSlider, steps),
  );
  // The floor: the same drag on a slider with nothing behind it, on the same machine in the same
  // run, so that the rows above can be read as multiples of it (the machine is shared and its
  // speed moves between audits; docs/PERFORMANCE.md, thirteenth pass).
  /** @type {RowPage} */
  const floor = { open: (page) => openFloor(page, floorDir), runLength: () => Promise.resolve(Number.NaN) };
  await run(
    { name: 'floor-bare', label: 'Floor: the same drag on a bare range input, whose one listener writes its value into an `<output>` (no React)', settings: 'no run', kind: 'floor' },
    none,
    (page) => dragAcross(page, page.getByRole('slider', { name: 'Bare slider', exact: true }), steps),
    floor,
  );
  await run(
    { name: 'floor-react', label: 'Floor: the same drag on one React-controlled range input and its `<output>`', settings: 'no run', kind: 'floor' },
    none,
    (page) => dragAcross(page, page.getByRole('slider', { name: 'React slider', exact: true }), steps),
    floor,
  );
  await run(
    { name: 'weight-drag-cap', label: '“Starting weight” drag, every run hits the 20,000 cap', settings: `alpha ${CAP_ALPHA}`, kind: 'slider' },
    async (page) => {
      await setAlpha(page, CAP_ALPHA);
    },
    (page) => dragAcross(page, lab(page).weightSlider, steps),
  );
  await run(
    { name: 'weight-drag-long', label: '“Starting weight” drag, runs of about 17,300 updates', settings: `alpha ${LONG_ALPHA}`, kind: 'slider' },
    async (page) => {
      await setAlpha(page, LONG_ALPHA);
    },
    (page) => dragAcross(page, lab(page).weightSlider, steps),
  );
  await run(
    { name: 'alpha-drag-cap', label: '“Learning rate” drag starting from the cap run', settings: `alpha ${CAP_ALPHA} first`, kind: 'slider' },
    async (page) => {
      await setAlpha(page, CAP_ALPHA);
    },
    (page) => dragAcross(page, lab(page).alphaSlider, steps),
  );
  const presses = quick ? 20 : 40;
  await run(
    { name: 'step', label: `“Step” pressed ${String(presses)} times`, settings: 'article', kind: 'button' },
    none,
    async (page) => {
      for (let i = 0; i < presses; i += 1) await lab(page).button('Step').click();
    },
  );
  await run(
    { name: 'step-cap', label: `“Step” pressed ${String(presses)} times on the cap run`, settings: `alpha ${CAP_ALPHA}`, kind: 'button' },
    async (page) => {
      await setAlpha(page, CAP_ALPHA);
    },
    async (page) => {
      for (let i = 0; i < presses; i += 1) await lab(page).button('Step').click();
    },
  );
  return results;
}

/**
 * Frames per second while playing, best of `repeats` 5-second windows (each on a fresh page).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} repeats
 */
async function measurePlay(browser, url, repeats) {
  /** @type {Awaited<ReturnType<typeof measurePlayOnce>>[]} */
  const tries = [];
  for (let attempt = 1; attempt <= repeats; attempt += 1) {
    const result = await measurePlayOnce(browser, url);
    log(
      `play #${String(attempt)}: ${result.fps.toFixed(1)} fps, longest frame gap ${result.longestGap.toFixed(1)} ms; main-thread CPU per frame ${result.cpuMedian.toFixed(1)} / ${result.cpuP95.toFixed(1)} / ${result.cpuMax.toFixed(1)} ms`,
    );
    tries.push(result);
  }
  const best = tries.reduce((a, b) => (b.fps > a.fps ? b : a));
  return { ...best, allFps: tries.map((t) => t.fps) };
}

/**
 * Starts playing the cap run (20,000 updates) at 1000 per second.
 * @param {Page} page
 */
async function playFast(page) {
  const l = lab(page);
  const last = await setAlpha(page, CAP_ALPHA);
  await l.speed.selectOption({ label: '1000 per second' });
  await l.playPause.scrollIntoViewIfNeeded();
  await l.button('Play').click();
  await l.button('Pause').waitFor();
  return last;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function measurePlayOnce(browser, url) {
  const { context, page } = await newPage(browser, url);
  const last = await playFast(page);
  await sleep(300);
  const startIndex = Number(((await lab(page).count.textContent()) ?? '').split('/')[0]?.replace(/,/g, ''));
  await page.evaluate(beginWindow);
  const cdp = await page.context().newCDPSession(page);
  await startTrace(cdp);
  const frames = await page.evaluate(countFrames, 5000);
  const costs = frameCosts(await stopTrace(cdp));
  await cdp.detach();
  const data = await page.evaluate(readWindow);
  const endText = (await lab(page).count.textContent()) ?? '';
  const stillPlaying = (await lab(page).playPause.textContent())?.trim() === 'Pause';
  await context.close();
  const fps = ((frames.frames - 1) * 1000) / frames.elapsed;
  return {
    fps,
    frames: frames.frames,
    elapsed: frames.elapsed,
    longestGap: frames.longestGap,
    over20: frames.over20,
    loafCount: data.loaf.length,
    loafLongest: max(data.loaf.map((l) => l.duration)),
    // Grouped like the page's own counter ("7,017"), which the middle figure is read from.
    iterations: `${startIndex.toLocaleString('en-US')} → ${endText.split('/')[0]?.trim() ?? ''} of ${last.toLocaleString('en-US')}`,
    stillPlaying,
    cpuMedian: median(costs),
    cpuP95: percentile(costs, 95),
    cpuMax: max(costs),
  };
}

/**
 * Heap after a forced GC, and the DOM counters.
 * @param {Page} page
 * @param {CDPSession} cdp
 */
async function heapSample(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = await page.evaluate(() => {
    /** @type {unknown} */
    const raw = Reflect.get(performance, 'memory');
    const memory = /** @type {{ usedJSHeapSize: number } | undefined} */ (raw);
    return memory ? memory.usedJSHeapSize : Number.NaN;
  });
  const counters = await cdp.send('Memory.getDOMCounters');
  return { used, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

/**
 * Plays at full speed for `seconds`, pressing Play again whenever the run ends, and samples
 * the heap every 30 s.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} seconds
 */
async function measureSoak(browser, url, seconds) {
  const { context, page } = await newPage(browser, url);
  const cdp = await context.newCDPSession(page);
  await playFast(page);
  await page.evaluate(keepPlaying, true);
  const start = Date.now();
  /** @type {{ at: number, used: number, nodes: number, listeners: number }[]} */
  const samples = [];
  const at = [];
  for (let t = 30; t <= seconds; t += 30) at.push(t);
  if (at.at(-1) !== seconds) at.push(seconds);
  for (const t of at) {
    const wait = start + t * 1000 - Date.now();
    if (wait > 0) await sleep(wait);
    const sample = await heapSample(page, cdp);
    samples.push({ at: t, ...sample });
    log(`soak ${String(t)} s: heap ${(sample.used / 1e6).toFixed(2)} MB, ${String(sample.nodes)} DOM nodes, ${String(sample.listeners)} listeners`);
  }
  await page.evaluate(keepPlaying, false);
  const restarts = await page.evaluate(() => {
    /** @type {unknown} */
    const count = Reflect.get(window, '__auditRestarts');
    return typeof count === 'number' ? count : 0;
  });
  await context.close();
  return { seconds, samples, restarts };
}

/**
 * DOM and SVG element counts at the start and at the end of runs of different lengths.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function measureNodes(browser, url) {
  const { context, page } = await newPage(browser, url);
  const l = lab(page);
  /** @type {{ state: string, iterations: number, elements: number, svgElements: number, labElements: number, labSvgElements: number }[]} */
  const rows = [];
  /** @param {string} state */
  const count = async (state) => {
    await sleep(300);
    const iterations = await lastIteration(page);
    rows.push({ state, iterations, ...(await page.evaluate(countNodes)) });
  };
  const runToEnd = async () => {
    await l.button('Run to end').click();
    await l.button('Run to end').waitFor({ state: 'attached' });
    await page.waitForFunction(() => {
      const text = document.querySelector('section#lab .playback__count')?.textContent ?? '';
      const [a, b] = text.split('/').map((s) => s.trim());
      return a !== undefined && a === b;
    });
  };
  await count('start (the article’s run, iteration 0)');
  await runToEnd();
  await count('the article’s run, at its end');
  await setAlpha(page, LONG_ALPHA);
  await count(`alpha ${LONG_ALPHA}, iteration 0`);
  await runToEnd();
  await count(`alpha ${LONG_ALPHA}, at its end`);
  await setAlpha(page, CAP_ALPHA);
  await runToEnd();
  await count(`alpha ${CAP_ALPHA} (cap), at its end`);
  await context.close();
  return rows;
}

/**
 * @param {{ url: string, floorDir: string, quick: boolean, repeats: number, soakSeconds: number, gzipByFile: Map<string, number>, only?: string[] | null }} options
 */
export async function measurePage({ url, floorDir, quick, repeats, soakSeconds, gzipByFile, only = null }) {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: [...CHROME_FLAGS, '--enable-precise-memory-info'],
  });
  try {
    const version = browser.version();
    /** @param {string} name */
    const wanted = (name) => only === null || only.includes(name);
    log('browser: what loads at start');
    const load = await measureLoad(browser, url, gzipByFile);
    let nodes = /** @type {Awaited<ReturnType<typeof measureNodes>>} */ ([]);
    if (wanted('nodes')) {
      log('browser: DOM and SVG sizes');
      nodes = await measureNodes(browser, url);
    }
    log('browser: interaction latency');
    const interactions = await measureInteractions(browser, url, floorDir, quick, repeats, only);
    let play = null;
    if (wanted('play')) {
      log('browser: frames per second while playing at 1000 per second');
      play = await measurePlay(browser, url, repeats);
    }
    let soak = null;
    if (soakSeconds > 0 && wanted('soak')) {
      log(`browser: heap soak, ${String(soakSeconds)} s of play at 1000 per second`);
      soak = await measureSoak(browser, url, soakSeconds);
    }
    return { chromiumVersion: version, load, nodes, interactions, play, soak };
  } finally {
    await browser.close();
  }
}
