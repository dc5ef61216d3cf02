// Code that runs inside the page (Playwright serialises these functions, so each one must be
// self-contained: no imports, no references to anything outside its own body).

/**
 * One `input` event of a range slider or one `click` of a button, timed:
 * - t0: the event reaches window (capture phase, before React sees it);
 * - t1: the event has left React (window bubble phase; React has recomputed the run, rendered
 *   and committed, since microtasks run after each listener);
 * - raf: the first animation frame after the event starts (its rAF callbacks);
 * - frameDone: that frame's style, layout and paint are done (a message posted from the rAF
 *   callback runs right after the rendering task);
 * - raf2: the frame after that starts (the classic double-rAF "next paint" measure).
 * - counted: a slider's input or a button's click (other clicks, such as the one that ends a drag
 *   on a slider, are recorded only to line the records up with the trace's events).
 * @typedef {{ type: string, value: number, counted: boolean, t0: number, t1: number, raf: number, frameDone: number, raf2: number }} AuditEvent
 */
/** @typedef {{ start: number, duration: number, blocking: number, renderStart: number, styleAndLayoutStart: number, scriptTotal: number, scripts: string[] }} AuditLoaf */
/** @typedef {{ name: string, start: number, duration: number, interactionId: number }} AuditEventTiming */
/** @typedef {{ since: number, recording: boolean, events: AuditEvent[], loaf: AuditLoaf[], eventTiming: AuditEventTiming[] }} AuditState */

/** Installed with addInitScript before any of the page's own scripts run. */
export function instrument() {
  /** @type {AuditState} */
  const state = { since: 0, recording: true, events: [], loaf: [], eventTiming: [] };
  Object.defineProperty(window, '__audit', { value: state });

  /** @type {AuditEvent | null} */
  let current = null;

  /** @param {Event} event */
  const relevant = (event) => event.type === 'click' || event.type === 'input';
  /** @param {Event} event */
  const counted = (event) => {
    const target = event.target;
    if (event.type === 'input') return target instanceof HTMLInputElement && target.type === 'range';
    return event.type === 'click' && target instanceof Element && target.closest('button') !== null;
  };

  /** @param {Event} event */
  const begin = (event) => {
    if (!state.recording || !relevant(event)) return;
    const target = event.target;
    /** @type {AuditEvent} */
    const record = {
      type: event.type,
      value: target instanceof HTMLInputElement ? Number(target.value) : Number.NaN,
      counted: counted(event),
      t0: performance.now(),
      t1: Number.NaN,
      raf: Number.NaN,
      frameDone: Number.NaN,
      raf2: Number.NaN,
    };
    state.events.push(record);
    current = record;
    requestAnimationFrame(() => {
      record.raf = performance.now();
      const done = () => {
        record.frameDone = performance.now();
      };
      // A user-blocking task runs right after this frame's rendering; an ordinary task (a
      // MessageChannel message) can wait for many frames while keys or mouse moves keep coming.
      /** @type {unknown} */
      const found = Reflect.get(window, 'scheduler');
      const scheduler = /** @type {{ postTask?: (callback: () => void, options: { priority: string }) => Promise<void> } | undefined} */ (found);
      if (scheduler?.postTask) void scheduler.postTask(done, { priority: 'user-blocking' });
      else setTimeout(done, 0);
      requestAnimationFrame(() => {
        record.raf2 = performance.now();
      });
    });
  };

  /** @param {Event} event */
  const end = (event) => {
    if (current === null || !relevant(event)) return;
    current.t1 = performance.now();
    current = null;
  };

  for (const type of ['input', 'click']) {
    window.addEventListener(type, begin, { capture: true });
    window.addEventListener(type, end);
  }

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = /** @type {PerformanceEntry & { blockingDuration: number, renderStart: number, styleAndLayoutStart: number, scripts: { invoker: string, duration: number, sourceURL: string, sourceFunctionName: string }[] }} */ (entry);
        state.loaf.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          renderStart: e.renderStart,
          styleAndLayoutStart: e.styleAndLayoutStart,
          scriptTotal: e.scripts.reduce((sum, s) => sum + s.duration, 0),
          scripts: e.scripts.map(
            (s) => `${s.invoker} ${s.duration.toFixed(0)} ms ${s.sourceURL.split('/').pop() ?? ''} ${s.sourceFunctionName}`,
          ),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No Long Animation Frames API: the audit reports it as missing.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = /** @type {PerformanceEntry & { interactionId: number }} */ (entry);
        state.eventTiming.push({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId });
      }
    }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  } catch {
    // No Event Timing API.
  }
}

/** Starts a new measurement window: clears the event records. */
export function beginWindow() {
  /** @type {unknown} */
  const raw = Reflect.get(window, '__audit');
  const state = /** @type {AuditState} */ (raw);
  state.events = [];
  state.recording = true;
  state.since = performance.now();
}

/** The records since beginWindow(). */
export function readWindow() {
  /** @type {unknown} */
  const raw = Reflect.get(window, '__audit');
  const state = /** @type {AuditState} */ (raw);
  return {
    events: state.events,
    loaf: state.loaf.filter((l) => l.start >= state.since),
    eventTiming: state.eventTiming.filter((e) => e.start >= state.since),
    hasLoaf: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'),
  };
}

/**
 * Counts animation frames for `duration` ms.
 * @param {number} duration
 * @returns {Promise<{ frames: number, elapsed: number, longestGap: number, over20: number }>}
 */
export function countFrames(duration) {
  return new Promise((resolve) => {
    let frames = 0;
    let first = Number.NaN;
    let last = Number.NaN;
    let longestGap = 0;
    let over20 = 0;
    /** @param {number} now */
    const tick = (now) => {
      if (Number.isNaN(first)) first = now;
      else {
        const gap = now - last;
        longestGap = Math.max(longestGap, gap);
        if (gap > 20) over20 += 1;
      }
      frames += 1;
      last = now;
      if (now - first < duration) requestAnimationFrame(tick);
      else resolve({ frames, elapsed: last - first, longestGap, over20 });
    };
    requestAnimationFrame(tick);
  });
}

/** Elements in the document and in its SVGs, overall and in the lab. */
export function countNodes() {
  const lab = document.getElementById('lab');
  return {
    elements: document.getElementsByTagName('*').length,
    svgElements: document.querySelectorAll('svg, svg *').length,
    labElements: lab ? lab.getElementsByTagName('*').length : 0,
    labSvgElements: lab ? lab.querySelectorAll('svg, svg *').length : 0,
  };
}

/** Performance entries of the first load: navigation, paints, resources. */
export function loadEntries() {
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    domContentLoaded: nav ? nav.domContentLoadedEventStart : Number.NaN,
    firstContentfulPaint: fcp ? fcp.startTime : Number.NaN,
    resources: performance.getEntriesByType('resource').map((entry) => {
      const r = /** @type {PerformanceResourceTiming} */ (entry);
      return { url: r.name, start: r.startTime, end: r.responseEnd, transfer: r.transferSize, encoded: r.encodedBodySize };
    }),
  };
}

/**
 * Keeps the lab playing: presses Play whenever the run has reached its end and stopped.
 * @param {boolean} on
 */
export function keepPlaying(on) {
  /** @type {unknown} */
  const raw = Reflect.get(window, '__audit');
  const state = /** @type {AuditState} */ (raw);
  /** @type {unknown} */
  const timer = Reflect.get(window, '__auditKeeper');
  if (typeof timer === 'number') clearInterval(timer);
  state.recording = !on;
  if (!on) return;
  Reflect.set(
    window,
    '__auditKeeper',
    setInterval(() => {
      const button = [...document.querySelectorAll('#lab button')].find((b) => b.textContent.trim() === 'Play');
      if (button instanceof HTMLButtonElement) {
        button.click();
        /** @type {unknown} */
        const restarts = Reflect.get(window, '__auditRestarts');
        Reflect.set(window, '__auditRestarts', (typeof restarts === 'number' ? restarts : 0) + 1);
      }
    }, 200),
  );
}
