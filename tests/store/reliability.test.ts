import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_UPDATES, iterationAt, type TrainingParams } from '../../src/core/index.ts';
import {
  PARAM_SPECS,
  PRESETS,
  SPEEDS,
  createPlayer,
  createStore,
  decodeLab,
  encodeLab,
  goTo,
  initialState,
  labEntries,
  pause,
  play,
  reset,
  runToEnd,
  setParam,
  setParams,
  setSpeed,
  setTolerance,
  stepBack,
  stepForward,
  type Scheduler,
  type TutorialState,
} from '../../src/store/index.ts';

/**
 * Reliability properties of the tutorial's state (docs/RELIABILITY.md). tutorial.test.ts already
 * runs sequences of pure actions and hostile links; here the play loop runs inside the sequence,
 * on a hand-cranked clock, and the link codec is held to numbers and known keys.
 */

const STOP_KINDS = new Set(['exact', 'tolerance', 'stalled', 'cycle', 'diverged', 'cap']);
const LAB_KEYS = new Set(['alpha', 'w0', 'input', 'goal', 'tol', 'i']);
/** What the codec writes and accepts: plain decimal numbers. */
const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A clock and a frame queue the test turns by hand (as in tutorial.test.ts, "the player"). */
function manualScheduler() {
  let time = 0;
  let pending: (() => void) | null = null;
  const scheduler: Scheduler = {
    now: () => time,
    requestFrame(callback) {
      pending = callback;
      return () => {
        pending = null;
      };
    },
  };
  const advance = (ms: number) => {
    time += ms;
    const callback = pending;
    pending = null;
    callback?.();
  };
  return { scheduler, advance, hasPending: () => pending !== null };
}

/** The state is consistent: the iteration is inside a run that ends, and everything charted is finite. */
function expectConsistent(state: TutorialState): void {
  const { run, index, params, tolerance, speed } = state.lab;
  expect(Number.isInteger(index)).toBe(true);
  expect(index).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThan(run.length);
  // Every run ends, with a reason, within the cap.
  expect(STOP_KINDS.has(run.stop.kind)).toBe(true);
  expect(run.length).toBeGreaterThanOrEqual(1);
  expect(run.length).toBeLessThanOrEqual(DEFAULT_MAX_UPDATES + 1);
  // The charts draw every weight of the run, and the current iteration's numbers.
  expect(run.weights.length).toBeGreaterThanOrEqual(run.length);
  expect(run.weights.subarray(0, run.length).every((w) => Number.isFinite(w))).toBe(true);
  for (const i of [0, index, run.length - 1]) {
    const it = iterationAt(run, i);
    expect([it.weight, it.prediction, it.delta].every(Number.isFinite)).toBe(true);
    expect(it.error === null || Number.isFinite(it.error)).toBe(true);
  }
  for (const value of Object.values(params)) expect(Number.isFinite(value)).toBe(true);
  expect(Number.isFinite(tolerance) && tolerance >= 0).toBe(true);
  expect(SPEEDS).toContain(speed);
}

const hostileNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 1e-320, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE),
);
const paramKey = fc.constantFrom<keyof TrainingParams>('alpha', 'startWeight', 'input', 'goal');
const queryValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  hostileNumber.map(String),
  fc.constantFrom('', '   ', 'NaN', 'Infinity', '1e308', '1e-320', '-0', '9'.repeat(400), '<script>alert(1)</script>', '١٢٣', '−5', '1,5', '1.5'),
);
const query = fc
  .dictionary(fc.constantFrom('alpha', 'w0', 'input', 'goal', 'tol', 'i', 'many.data', 'x', '__proto__'), queryValue)
  .map((entries) => `?${new URLSearchParams(entries).toString()}`);

const action = fc.oneof(
  fc.record({ type: fc.constant('param' as const), key: paramKey, value: hostileNumber }),
  fc.record({ type: fc.constant('alpha' as const), value: fc.constantFrom(1e-11, 2.5e-11, 3.2e-11, 5e-11, 6e-11, 5e-12, 1e-15, 0, -1e-11, 1) }),
  fc.record({ type: fc.constant('preset' as const), index: fc.nat({ max: PRESETS.length - 1 }) }),
  fc.record({ type: fc.constant('tolerance' as const), value: hostileNumber }),
  fc.record({ type: fc.constant('speed' as const), value: fc.oneof(fc.constantFrom(...SPEEDS), hostileNumber) }),
  fc.record({ type: fc.constantFrom('step' as const, 'back' as const, 'play' as const, 'pause' as const, 'reset' as const, 'end' as const) }),
  fc.record({ type: fc.constant('scrub' as const), value: fc.oneof(fc.integer({ min: -10, max: 120_000 }), hostileNumber) }),
  fc.record({ type: fc.constant('url' as const), value: query }),
  // Time passes: the player turns the frames it asked for.
  fc.record({ type: fc.constant('tick' as const), ms: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom(16, 60_000)), frames: fc.integer({ min: 1, max: 20 }) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function apply(state: TutorialState, a: Action): TutorialState {
  switch (a.type) {
    case 'param': {
      const change = setParam(state, a.key, a.value);
      return change.ok ? change.state : state;
    }
    case 'alpha': {
      const change = setParam(state, 'alpha', a.value);
      return change.ok ? change.state : state;
    }
    case 'preset': {
      const preset = PRESETS[a.index];
      const change = preset ? setParams(state, preset.params) : null;
      return change?.ok ? change.state : state;
    }
    case 'tolerance': {
      const change = setTolerance(state, a.value);
      return change.ok ? change.state : state;
    }
    case 'speed': return setSpeed(state, a.value);
    case 'step': return stepForward(state);
    case 'back': return stepBack(state);
    case 'play': return play(state);
    case 'pause': return pause(state);
    case 'reset': return reset(state);
    case 'end': return runToEnd(state);
    case 'scrub': return goTo(state, a.value);
    case 'url': return decodeLab(a.value, state);
    case 'tick': return state;
  }
}

describe('any sequence of reader actions, with the player running', () => {
  it('keeps the state consistent, never leaves the player stuck, and every playback ends', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const store = createStore(initialState());
        const clock = manualScheduler();
        const stop = createPlayer(store, clock.scheduler);
        try {
          for (const a of actions) {
            if (a.type === 'tick') {
              for (let f = 0; f < a.frames; f += 1) clock.advance(a.ms);
            } else {
              store.setState((s) => apply(s, a));
            }
            const state = store.getState();
            expectConsistent(state);
            // Playing always has a frame on the way; paused never does.
            expect(clock.hasPending()).toBe(state.lab.playing);
          }
          // Whatever happened, playback reaches the last iteration and stops there (at full speed, to keep the test short).
          store.setState((s) => setSpeed(s, 1000));
          const { lab } = store.getState();
          const framesNeeded = Math.ceil((lab.run.length - lab.index) / (lab.speed * 0.25)) + 2;
          for (let f = 0; f < framesNeeded && store.getState().lab.playing; f += 1) clock.advance(250);
          const end = store.getState().lab;
          expect(end.playing).toBe(false);
          if (lab.playing) expect(end.index).toBe(end.run.length - 1);
          expect(clock.hasPending()).toBe(false);
        } finally {
          stop();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stops asking for frames once stopped, whatever the state', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 10 }), (actions) => {
        const store = createStore(initialState());
        const clock = manualScheduler();
        const stop = createPlayer(store, clock.scheduler);
        for (const a of actions) if (a.type !== 'tick') store.setState((s) => apply(s, a));
        store.setState(play);
        stop();
        expect(clock.hasPending()).toBe(false);
        const before = store.getState();
        clock.advance(1000);
        expect(store.getState()).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the link codec carries only numbers and known keys', () => {
  /** Any state the reader can reach, without the player. */
  const reachable = fc.array(action, { maxLength: 12 }).map((actions) => actions.reduce(apply, initialState()));

  it('writes only the lab’s keys, each a plain finite number, and reads back the same state', () => {
    fc.assert(
      fc.property(reachable, (state) => {
        const entries = labEntries(state);
        for (const [key, value] of Object.entries(entries)) {
          expect(LAB_KEYS.has(key), key).toBe(true);
          expect(value).toMatch(PLAIN_NUMBER);
          expect(Number.isFinite(Number(value))).toBe(true);
        }
        const restored = decodeLab(encodeLab(state), initialState());
        expect(restored.notice).toBeNull();
        // -0 travels as 0: the sign of zero means nothing to a reader (parseNumber reads -0 as 0 too).
        const unsigned = (params: TrainingParams) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === 0 ? 0 : v]));
        expect(unsigned(restored.lab.params)).toEqual(unsigned(state.lab.params));
        expect(restored.lab.tolerance === state.lab.tolerance).toBe(true);
        expect(restored.lab.index).toBe(state.lab.index);
      }),
      { numRuns: 200 },
    );
  });

  it('never uses a value that is not a plain number, and never throws', () => {
    fc.assert(
      fc.property(reachable, query, (state, search) => {
        const decoded = decodeLab(search, state);
        expectConsistent(decoded);
        const read = new URLSearchParams(search);
        for (const spec of PARAM_SPECS) {
          const raw = read.get(spec.urlKey);
          if (raw !== null && !PLAIN_NUMBER.test(raw)) {
            // A value that is not a number keeps the state's own, and the reader is told.
            expect(decoded.lab.params[spec.key]).toBe(state.lab.params[spec.key]);
            expect(decoded.notice).toMatch(/^Some settings in this link were not used/);
          }
        }
        const rawTolerance = read.get('tol');
        if (rawTolerance !== null && !PLAIN_NUMBER.test(rawTolerance)) expect(decoded.lab.tolerance).toBe(state.lab.tolerance);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores unknown keys, prototype keys included, with a notice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('__proto__', 'constructor', 'toString', 'evil', 'ALPHA', 'alpha ', 'lab.alpha.x'),
        queryValue,
        (key, value) => {
          const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
          const state = decodeLab(`?${new URLSearchParams([[key, value]]).toString()}`, initialState());
          expect(state.lab.params).toEqual(initialState().lab.params);
          expect(state.lab.index).toBe(0);
          expect(state.notice).toMatch(/unknown setting/);
          // Nothing leaked onto Object.prototype.
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the source', () => {
  /** Every .ts and .tsx file under a folder. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.tsx?$/.test(name) ? [path] : [];
    });
  }

  it('never turns text into HTML or code (no innerHTML, dangerouslySetInnerHTML, eval, new Function, document.write)', () => {
    const src = fileURLToPath(new URL('../../src', import.meta.url));
    const risky = /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(|javascript:/;
    const found = sources(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
        .filter((l) => risky.test(l.text)),
    );
    expect(found).toEqual([]);
  });
});
