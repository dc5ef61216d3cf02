// Budgets, the one table, and the section of docs/PERFORMANCE.md that the audit owns.
import { readFileSync, writeFileSync } from 'node:fs';
import { kb, ms } from './common.mjs';

/** The budgets of the issue "Performance budget, measured". */
export const BUDGETS = {
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1200,
  startJsBytes: 85_000, // gzipped; 1 KB = 1000 bytes
  sliderWorkMs: 8,
  loafMs: 50,
  fps: 58,
  /** SVG elements at the end of a 17,318-iteration run, at most this times those of the article's run. */
  svgRatio: 1.1,
  /** JS heap growth over the soak, after forced GC: the lowest sample of its second half against its first half's. */
  heapGrowthBytes: 1_000_000,
};

/** The peers' figures from the issue (Lighthouse mobile, median of 3, measured on our machines). */
const PEERS = {
  performance: ['95–97', '~80', '~46'],
  accessibility: ['73', '~85', '~76'],
  bestPractices: ['96', '', ''],
  seo: ['90', '', ''],
  lcp: ['~1.9 s', '', ''],
  startJs: ['91 KB', '', ''],
};
const PEER_NAMES = ['TensorFlow Playground', 'MLU-Explain linear regression', 'Distill momentum'];

/** Interactions whose every slider event must stay within the 8 ms budget (the article's settings). */
const ARTICLE_SLIDERS = new Set(['alpha-drag', 'alpha-keys', 'weight-drag']);

/**
 * @typedef {import('./lighthouse.mjs').LighthouseResult} LighthouseResult
 * @typedef {Awaited<ReturnType<typeof import('./page.mjs').measurePage>>} PageResult
 * @typedef {ReturnType<typeof import('./sizes.mjs').measureBuild>} BuildResult
 * @typedef {{ measure: string, ours: string, budget: string, result: string, peers: string[] }} Row
 */

/**
 * @param {boolean | null} ok
 * @returns {string}
 */
function verdict(ok) {
  if (ok === null) return '';
  return ok ? 'pass' : '**FAIL**';
}

/**
 * Builds the table rows and the list of missed budgets.
 * @param {{ lighthouse: LighthouseResult | null, build: BuildResult, page: PageResult, distLabel: string }} results
 */
export function evaluate({ lighthouse, build, page, distLabel }) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {string[]} */
  const missed = [];
  /**
   * @param {string} measure
   * @param {string} ours
   * @param {string} budget
   * @param {boolean | null} ok
   * @param {string[]} [peers]
   */
  const row = (measure, ours, budget, ok, peers = ['', '', '']) => {
    rows.push({ measure, ours, budget, result: verdict(ok), peers });
    if (ok === false) missed.push(`${measure}: ${ours} (budget ${budget})`);
  };

  if (lighthouse) {
    const lh = lighthouse;
    const n = `median of ${String(lh.runs)}`;
    row(`Lighthouse performance (mobile, ${n})`, String(lh.performance), `≥ ${String(BUDGETS.performance)}`, lh.performance >= BUDGETS.performance, PEERS.performance);
    row('Lighthouse accessibility', String(lh.accessibility), String(BUDGETS.accessibility), lh.accessibility >= BUDGETS.accessibility, PEERS.accessibility);
    row('Lighthouse best practices', String(lh.bestPractices), String(BUDGETS.bestPractices), lh.bestPractices >= BUDGETS.bestPractices, PEERS.bestPractices);
    row('Lighthouse SEO', String(lh.seo), String(BUDGETS.seo), lh.seo >= BUDGETS.seo, PEERS.seo);
    row('Largest Contentful Paint (Lighthouse mobile)', `${(lh.lcp / 1000).toFixed(2)} s`, `≤ ${(BUDGETS.lcpMs / 1000).toFixed(1)} s`, lh.lcp <= BUDGETS.lcpMs, PEERS.lcp);
    row('First Contentful Paint (Lighthouse mobile)', `${(lh.fcp / 1000).toFixed(2)} s`, '', null);
    row('Total Blocking Time (Lighthouse mobile)', ms(lh.tbt, 0), '', null);
    row('Cumulative Layout Shift (Lighthouse mobile)', lh.cls.toFixed(3), '', null);
    row('Total bytes transferred (Lighthouse)', kb(lh.totalBytes), '', null);
  } else {
    row('Lighthouse', 'skipped (--no-lighthouse)', '', null);
  }

  const startJs = build.start.js;
  row(
    'JavaScript at start, gzipped (index.html: the start script its inline loader names, that script\'s static imports, preloads)',
    `${kb(startJs.gzip)} (${String(startJs.count)} files)`,
    `≤ ${kb(BUDGETS.startJsBytes)}`,
    startJs.gzip <= BUDGETS.startJsBytes,
    PEERS.startJs,
  );
  const dcl = page.load.beforeDcl.js;
  row(
    'JavaScript the browser requests before DOMContentLoaded, gzipped',
    `${kb(dcl.gzip)} (${String(dcl.files.length)} files)`,
    `≤ ${kb(BUDGETS.startJsBytes)}`,
    dcl.gzip <= BUDGETS.startJsBytes,
  );
  const fcp = page.load.beforeFcp.js;
  row(
    'JavaScript the browser requests before its first contentful paint, gzipped',
    `${kb(fcp.gzip)} (${String(fcp.files.length)} files)`,
    '',
    null,
  );
  row(
    'CSS at start, gzipped',
    `${kb(build.start.inlineCss.gzip)} inline in index.html, ${kb(build.start.css.gzip)} in ${String(build.start.css.count)} linked files`,
    '',
    null,
  );
  row('index.html (prerendered header and chapter placeholders, inline start CSS), gzipped', kb(build.start.html.gzip), '', null);
  row(
    `Everything in ${distLabel}, gzipped`,
    `${kb(build.all.gzip)} (${String(build.all.count)} files; JavaScript ${kb(build.allJs.gzip)}, CSS ${kb(build.allCss.gzip)})`,
    '',
    null,
  );

  const labDrag = page.interactions.find((i) => i.name === 'alpha-drag');
  for (const i of page.interactions) {
    const slider = i.kind === 'slider';
    const floor = i.kind === 'floor';
    const strict = ARTICLE_SLIDERS.has(i.name);
    const loafText = i.hasLoaf
      ? `${String(i.loafCount)}${i.loafCount > 0 ? ` (longest ${ms(i.loafLongest, 0)})` : ''} in the calmest of ${String(i.loafUntraced.length)} repeats without the trace (${i.loafUntraced.join(', ')}; with it ${i.repeats.map((r) => r.loaf).join(', ')})`
      : 'n/a (no LoAF API)';
    const split = i.cpuSplit;
    const ours =
      `work (main-thread CPU) ${i.workMedian.toFixed(1)} / ${i.workP95.toFixed(1)} / ${i.workMax.toFixed(1)} ms, ` +
      `${String(i.workOver8)} of ${String(i.events)} events over 8 ms; ` +
      (i.steadyRepeats >= 2
        ? `costliest event in its least disturbed repeat ${i.steadyMax.toFixed(1)} ms (${i.steadyWorst}; ${String(i.steadyEvents)} events seen in all ${String(i.steadyRepeats)} repeats)` +
          (Number.isFinite(i.steadyAfterFirst) ? `, after the row's first event ${i.steadyAfterFirst.toFixed(1)} ms (${i.steadyAfterFirstKey}); ` : '; ')
        : 'repeats not comparable event by event; ') +
      `work (wall) ${i.wallMedian.toFixed(1)} / ${i.wallP95.toFixed(1)} / ${i.wallMax.toFixed(1)} ms; ` +
      `CPU per input frame ${i.cpuMedian.toFixed(1)} / ${i.cpuP95.toFixed(1)} / ${i.cpuMax.toFixed(1)} ms ` +
      `(script ${split.script.toFixed(1)}, style ${split.style.toFixed(1)}, layout ${split.layout.toFixed(1)}, paint ${split.paint.toFixed(1)}); ` +
      `input→frame max ${ms(i.toFrameMax, 0)}; LoAF > 50 ms: ${loafText}` +
      // Read the lab's rows as multiples of the floor: the machine's speed moves between audits.
      (floor && labDrag ? `; the lab's “Learning rate” drag above: median ${(labDrag.workMedian / i.workMedian).toFixed(1)} ×, p95 ${(labDrag.workP95 / i.workP95).toFixed(1)} × this` : '');
    /** @type {string[]} */
    const budget = [];
    let ok = /** @type {boolean | null} */ (null);
    if (strict) {
      budget.push(`every event's work (CPU) ≤ ${String(BUDGETS.sliderWorkMs)} ms`);
      ok = (i.steadyRepeats >= 2 ? i.steadyMax : i.workMax) <= BUDGETS.sliderWorkMs;
    }
    if (slider) {
      budget.push('no LoAF > 50 ms');
      ok = (ok ?? true) && i.hasLoaf && i.loafCount === 0;
    }
    const where = floor ? '' : ` [${i.settings}; last iteration ${i.runLengths.toLocaleString('en-US')}]`;
    row(`${i.label}${where} (best of ${String(Math.max(1, i.repeats.length))})`, ours, budget.join('; '), ok);
  }

  const p = page.play;
  if (p) row(
    'Play at 1000 per second for 5 s (the 20,000-update cap run): frames per second (best repeat)',
    `${p.fps.toFixed(1)} fps (repeats ${p.allFps.map((f) => f.toFixed(1)).join(', ')}; longest frame gap ${ms(p.longestGap, 0)}, ${String(p.over20)} gaps > 20 ms; LoAF > 50 ms: ${String(p.loafCount)}; main-thread CPU per frame ${p.cpuMedian.toFixed(1)} / ${p.cpuP95.toFixed(1)} / ${p.cpuMax.toFixed(1)} ms; iterations ${p.iterations})`,
    `≥ ${String(BUDGETS.fps)} fps`,
    p.fps >= BUDGETS.fps && p.stillPlaying,
  );

  if (page.soak) {
    const s = page.soak.samples;
    const first = s[0];
    const last = s.at(-1);
    if (first && last && s.length >= 2) {
      // A leak raises the floor the heap returns to; what is alive at the moment of a sample (a
      // frame's render in progress, a view catching up) moves single samples by about a megabyte
      // either way. So the check compares the floors of the two halves of the soak.
      const half = Math.floor(s.length / 2);
      const early = s.slice(0, half);
      const late = s.slice(s.length - half);
      const floor = (/** @type {typeof s} */ part) => Math.min(...part.map((x) => x.used));
      const growth = floor(late) - floor(early);
      const span = (/** @type {typeof s} */ part) => `${String(part[0]?.at ?? 0)}–${String(part.at(-1)?.at ?? 0)} s`;
      row(
        `JS heap after forced GC over ${String(last.at)} s of play at 1000 per second: lowest sample of the first half (${span(early)}) → of the second half (${span(late)})`,
        `${(floor(early) / 1e6).toFixed(2)} MB → ${(floor(late) / 1e6).toFixed(2)} MB (${growth >= 0 ? '+' : ''}${(growth / 1e6).toFixed(2)} MB; samples every 30 s ${s.map((x) => (x.used / 1e6).toFixed(2)).join(', ')} MB; ${String(page.soak.restarts)} restarts)`,
        `growth ≤ ${(BUDGETS.heapGrowthBytes / 1e6).toFixed(1)} MB`,
        growth <= BUDGETS.heapGrowthBytes,
      );
      row(
        'DOM nodes alive after forced GC (CDP Memory.getDOMCounters), same soak, first → last sample',
        `${String(first.nodes)} → ${String(last.nodes)} (samples ${s.map((x) => String(x.nodes)).join(', ')}); event listeners ${String(first.listeners)} → ${String(last.listeners)}`,
        '',
        null,
      );
    }
  } else {
    row('JS heap over 3 minutes of play', 'skipped (--quick)', `growth ≤ ${(BUDGETS.heapGrowthBytes / 1e6).toFixed(1)} MB`, null);
  }

  const nodes = page.nodes;
  const article = nodes.find((n) => n.state.startsWith('the article'));
  const start = nodes[0];
  const long = nodes.find((n) => n.state.includes('5.1e-11') && n.state.includes('end'));
  const cap = nodes.find((n) => n.state.includes('cap'));
  const LONG = 'alpha 5.1e-11';
  if (start && article && long && cap) {
    row(
      `DOM elements: start / article run / ${LONG} run / cap run, at their ends`,
      `${String(start.elements)} / ${String(article.elements)} / ${String(long.elements)} / ${String(cap.elements)}`,
      '',
      null,
    );
    const worst = Math.max(long.svgElements, cap.svgElements);
    row(
      `SVG elements: start / article run (last iteration ${String(article.iterations)}) / ${LONG} run (${long.iterations.toLocaleString('en-US')}) / cap run (${cap.iterations.toLocaleString('en-US')}), at their ends`,
      `${String(start.svgElements)} / ${String(article.svgElements)} / ${String(long.svgElements)} / ${String(cap.svgElements)}`,
      `independent of run length: ≤ ${String(BUDGETS.svgRatio)} × the article run's`,
      worst <= BUDGETS.svgRatio * article.svgElements,
    );
  }
  const checked = rows.filter((r) => r.result !== '').length;
  return { rows, missed, checked };
}

/** @param {string} text */
function cell(text) {
  return text.replace(/\|/g, '\\|');
}

/**
 * The one table, as Markdown.
 * @param {Row[]} rows
 */
export function table(rows) {
  const head = ['Measure', 'Ours', 'Budget', 'Result', ...PEER_NAMES];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 || i === 1 ? '---' : ':---:')).join(' | ')} |`];
  for (const r of rows) lines.push(`| ${[r.measure, r.ours, r.budget, r.result, ...r.peers].map(cell).join(' | ')} |`);
  return lines.join('\n');
}

export const SECTION_TITLE = '## The page (npm run audit)';

/**
 * Replaces (or appends) the audit's own section of docs/PERFORMANCE.md; other sections stay.
 * @param {string} file
 * @param {string} body the section without its heading
 */
export function writeSection(file, body) {
  const text = readFileSync(file, 'utf8');
  const section = `${SECTION_TITLE}\n\n${body.trim()}\n`;
  const start = text.indexOf(SECTION_TITLE);
  let next;
  if (start === -1) {
    next = `${text.trimEnd()}\n\n${section}`;
  } else {
    const after = text.indexOf('\n## ', start + SECTION_TITLE.length);
    next = `${text.slice(0, start)}${section}${after === -1 ? '' : `\n${text.slice(after + 1)}`}`;
  }
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}
