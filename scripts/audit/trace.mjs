// Chromium's own trace of the page's main thread: CPU time (thread time, which another busy
// process on the machine barely inflates) of every frame that handles an input event, from the
// event's task to the end of the frame that shows it, split into script, style, layout, paint.

/**
 * @typedef {{ name: string, cat: string, ph: string, pid: number, tid: number, ts: number, dur?: number, tdur?: number, args?: { name?: string, data?: { type?: string } } }} TraceEvent
 * @typedef {{ cpu: number, wall: number, script: number, style: number, layout: number, paint: number, inputs: number }} FrameCost
 * @typedef {{ task: TraceEvent, inside: TraceEvent[] }} Task
 * @typedef {{ type: string, cpu: number, wall: number, latency: number }} EventWork
 */

const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'].join(',');

/** @param {import('@playwright/test').CDPSession} cdp */
export async function startTrace(cdp) {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

/**
 * @param {import('@playwright/test').CDPSession} cdp
 * @returns {Promise<TraceEvent[]>}
 */
export async function stopTrace(cdp) {
  const complete = new Promise((resolve) => {
    cdp.once('Tracing.tracingComplete', resolve);
  });
  await cdp.send('Tracing.end');
  /** @type {unknown} */
  const completed = await complete;
  const done = /** @type {{ stream?: string }} */ (completed);
  if (done.stream === undefined) return [];
  /** @type {string[]} */
  const chunks = [];
  for (;;) {
    const part = await cdp.send('IO.read', { handle: done.stream });
    chunks.push(part.base64Encoded === true ? Buffer.from(part.data, 'base64').toString('utf8') : part.data);
    if (part.eof) break;
  }
  await cdp.send('IO.close', { handle: done.stream });
  /** @type {unknown} */
  const parsed = JSON.parse(chunks.join(''));
  const trace = /** @type {{ traceEvents?: TraceEvent[] } | TraceEvent[]} */ (parsed);
  return Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
}

const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']);
const LAYOUT = new Set(['Layout', 'IntersectionObserverController::computeIntersections']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'PaintImage', 'Commit']);
const SCRIPT = new Set(['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute', 'EvaluateScript', 'v8.callFunction']);

/**
 * Sum of thread time of the events named in `names` inside [start, end], not counting an event
 * inside another one already counted.
 * @param {TraceEvent[]} inside sorted by ts
 * @param {Set<string>} names
 */
function outermostCpu(inside, names) {
  let total = 0;
  let coveredUntil = -1;
  for (const e of inside) {
    if (!names.has(e.name) || e.ts < coveredUntil) continue;
    total += (e.tdur ?? e.dur ?? 0) / 1000;
    coveredUntil = e.ts + (e.dur ?? 0);
  }
  return total;
}

/**
 * The page's main thread (the renderer main thread with the most dispatched events), as its
 * top-level tasks in time order, each with the trace events inside it.
 * @param {TraceEvent[]} events
 * @returns {Task[]}
 */
function mainThreadTasks(events) {
  /** @type {Set<string>} */
  const mainThreads = new Set();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${String(e.pid)}:${String(e.tid)}`);
  }
  /** @type {Map<string, TraceEvent[]>} */
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const key = `${String(e.pid)}:${String(e.tid)}`;
    if (!mainThreads.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  /** @type {TraceEvent[]} */
  let thread = [];
  let best = -1;
  for (const list of byThread.values()) {
    const inputs = list.filter((e) => e.name === 'EventDispatch').length;
    if (inputs > best) {
      best = inputs;
      thread = list;
    }
  }
  thread.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  /** @type {Task[]} */
  const tasks = [];
  let current = /** @type {Task | null} */ (null);
  for (const e of thread) {
    if (current && e.ts < current.task.ts + (current.task.dur ?? 0)) {
      current.inside.push(e);
      continue;
    }
    if (e.name === 'ThreadControllerImpl::RunTask') {
      current = { task: e, inside: [] };
      tasks.push(current);
    }
  }
  return tasks;
}

/** @param {TraceEvent} e */
const isInputEvent = (e) => e.name === 'EventDispatch' && (e.args?.data?.type === 'input' || e.args?.data?.type === 'click');
/**
 * The `input` and `click` events a task dispatched for the reader. A task that runs an idle
 * callback dispatches none: the events in it are the page's own (the lab's warm-up rehearses
 * slider events on a copy of the lab that never joins the page, src/lab/rehearsal.tsx).
 * @param {TraceEvent[]} inside
 */
const inputsOf = (inside) => (inside.some((e) => e.name === 'FireIdleCallback') ? [] : inside.filter(isInputEvent));
/** @param {TraceEvent} e */
const isRendering = (e) => e.name === 'PrePaint' || e.name === 'Paint';

/**
 * The cost of each frame that handled at least one `input` or `click` event: every task on the
 * page's main thread from the end of the previous rendering update to the end of this one.
 * @param {TraceEvent[]} events
 * @returns {FrameCost[]}
 */
export function inputFrameCosts(events) {
  /** @type {FrameCost[]} */
  const frames = [];
  /** @type {FrameCost} */
  let open = { cpu: 0, wall: 0, script: 0, style: 0, layout: 0, paint: 0, inputs: 0 };
  for (const { task, inside } of mainThreadTasks(events)) {
    open.cpu += (task.tdur ?? task.dur ?? 0) / 1000;
    open.wall += (task.dur ?? 0) / 1000;
    open.script += outermostCpu(inside, SCRIPT);
    open.style += outermostCpu(inside, STYLE);
    open.layout += outermostCpu(inside, LAYOUT);
    open.paint += outermostCpu(inside, PAINT);
    open.inputs += inputsOf(inside).length;
    if (inside.some(isRendering)) {
      if (open.inputs > 0) frames.push(open);
      open = { cpu: 0, wall: 0, script: 0, style: 0, layout: 0, paint: 0, inputs: 0 };
    }
  }
  return frames;
}

/**
 * The work each `input` or `click` event costs the page: the main thread's busy time from the
 * start of the task that dispatches the event to the end of the rendering update that shows it
 * (the event's handlers and React's render and commit, any task in between, such as a key's
 * `keyup` laying the page out, and the frame's style, layout and paint). Idle time while the
 * frame waits for the display does not count. `cpu` is the tasks' thread time, `wall` their
 * wall time, which also counts any time another process held the core; `latency` is the wall
 * time from the event to the end of that rendering update, waiting included.
 * @param {TraceEvent[]} events
 * @returns {EventWork[]}
 */
export function inputEventWork(events) {
  const tasks = mainThreadTasks(events);
  /** @type {EventWork[]} */
  const work = [];
  for (let k = 0; k < tasks.length; k += 1) {
    const inputs = inputsOf(tasks[k]?.inside ?? []);
    for (const input of inputs) {
      let cpu = 0;
      let wall = 0;
      for (let j = k; j < tasks.length; j += 1) {
        const t = /** @type {Task} */ (tasks[j]);
        cpu += (t.task.tdur ?? t.task.dur ?? 0) / 1000;
        wall += (t.task.dur ?? 0) / 1000;
        if (t.inside.some((e) => isRendering(e) && e.ts > input.ts)) {
          const latency = (t.task.ts + (t.task.dur ?? 0) - input.ts) / 1000;
          work.push({ type: input.args?.data?.type ?? '', cpu, wall, latency });
          break;
        }
      }
    }
  }
  return work;
}

/**
 * Main-thread CPU per rendered frame over a whole trace (for play).
 * @param {TraceEvent[]} events
 */
export function frameCosts(events) {
  /** @type {Set<string>} */
  const mainThreads = new Set();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${String(e.pid)}:${String(e.tid)}`);
  }
  const thread = events
    .filter((e) => e.ph === 'X' && mainThreads.has(`${String(e.pid)}:${String(e.tid)}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {number[]} */
  const costs = [];
  let cpu = 0;
  let end = -1;
  let rendering = false;
  for (const e of thread) {
    if (e.name === 'ThreadControllerImpl::RunTask' && e.ts >= end) {
      if (rendering) {
        costs.push(cpu);
        cpu = 0;
      }
      rendering = false;
      cpu += (e.tdur ?? e.dur ?? 0) / 1000;
      end = e.ts + (e.dur ?? 0);
    } else if (e.ts < end && (e.name === 'PrePaint' || e.name === 'Paint')) {
      rendering = true;
    }
  }
  if (rendering) costs.push(cpu);
  return costs;
}
