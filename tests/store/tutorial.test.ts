import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, iterationAt, type TrainingParams } from '../../src/core/index.ts';
import {
  CHALLENGES,
  PARAM_SPECS,
  PRESETS,
  createPlayer,
  createStore,
  decodeLab,
  encodeLab,
  goTo,
  initialState,
  pause,
  play,
  positionOf,
  reset,
  runToEnd,
  setParam,
  setParams,
  setSpeed,
  specFor,
  stepBack,
  stepForward,
  valueAt,
  type Scheduler,
  type TutorialState,
} from '../../src/store/index.ts';

function changed(state: TutorialState, key: keyof TrainingParams, value: number): TutorialState {
  const change = setParam(state, key, value);
  if (!change.ok) throw new Error(change.message);
  return change.state;
}

describe('the lab state', () => {
  it('opens on the article’s run at iteration 0', () => {
    const { lab } = initialState();
    expect(lab.params).toEqual(ARTICLE_PARAMS);
    expect(lab.run.length).toBe(73);
    expect(lab.index).toBe(0);
    expect(lab.playing).toBe(false);
  });

  it('steps forward and back, and never leaves the run', () => {
    let state = initialState();
    state = stepBack(state);
    expect(state.lab.index).toBe(0);
    state = stepForward(stepForward(state));
    expect(state.lab.index).toBe(2);
    expect(iterationAt(state.lab.run, state.lab.index).weight).toBe(319.56);
    state = runToEnd(state);
    expect(state.lab.index).toBe(72);
    expect(stepForward(state).lab.index).toBe(72);
    expect(reset(state).lab.index).toBe(0);
  });

  it('recomputes the run when a parameter changes and keeps the iteration if it still exists', () => {
    const state = goTo(initialState(), 10);
    const oneStep = changed(state, 'alpha', 2.5e-11);
    expect(oneStep.lab.run.length).toBe(2);
    expect(oneStep.lab.index).toBe(1);
    const slower = changed(state, 'alpha', 5e-12);
    expect(slower.lab.index).toBe(10);
  });

  it('refuses parameters that cannot make a run, with a message, and keeps the last good state', () => {
    const state = initialState();
    const change = setParam(state, 'startWeight', 1e308);
    expect(change.ok).toBe(false);
    if (!change.ok) expect(change.message).toMatch(/too large/);
    expect(setParam(state, 'alpha', NaN).ok).toBe(false);
    expect(setParam(state, 'goal', Infinity).ok).toBe(false);
  });

  it('plays from the start again when play is pressed at the end', () => {
    const state = play(runToEnd(initialState()));
    expect(state.lab.playing).toBe(true);
    expect(state.lab.index).toBe(0);
  });

  it('pauses when the reader moves by hand', () => {
    const state = stepForward(play(initialState()));
    expect(state.lab.playing).toBe(false);
  });

  it('accepts only the known speeds', () => {
    expect(setSpeed(initialState(), 30).lab.speed).toBe(30);
    expect(setSpeed(initialState(), 7).lab.speed).toBe(initialState().lab.speed);
  });

  it('notes each challenge the first time the reader meets it', () => {
    let state = changed(initialState(), 'alpha', 2.5e-11);
    expect(state.achieved).toEqual(['one-update']);
    state = changed(state, 'alpha', 6e-11);
    state = changed(state, 'alpha', 2.5e-11);
    expect(state.achieved).toEqual(['one-update', 'diverge']);
  });

  it('has a preset that meets every challenge', () => {
    for (const challenge of CHALLENGES) {
      const solved = PRESETS.some((preset) => {
        const change = setParams(initialState(), preset.params);
        return change.ok && challenge.isMet(change.state.lab.run);
      });
      expect(solved, challenge.id).toBe(true);
    }
  });
});

describe('the player', () => {
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

  it('advances at the chosen speed and pauses at the last iteration', () => {
    const store = createStore(setSpeed(initialState(), 10));
    const { scheduler, advance, hasPending } = manualScheduler();
    const stop = createPlayer(store, scheduler);
    store.setState(play);
    advance(100);
    expect(store.getState().lab.index).toBe(1);
    advance(250);
    expect(store.getState().lab.index).toBe(3);
    for (let i = 0; i < 100; i += 1) advance(250);
    expect(store.getState().lab.index).toBe(72);
    expect(store.getState().lab.playing).toBe(false);
    expect(hasPending()).toBe(false);
    stop();
  });

  it('stops asking for frames when paused', () => {
    const store = createStore(initialState());
    const { scheduler, advance, hasPending } = manualScheduler();
    createPlayer(store, scheduler);
    store.setState(play);
    expect(hasPending()).toBe(true);
    store.setState(pause);
    expect(hasPending()).toBe(false);
    advance(1000);
    expect(store.getState().lab.index).toBe(0);
  });

  it('treats a long gap between frames as one short frame', () => {
    const store = createStore(setSpeed(initialState(), 1000));
    const { scheduler, advance } = manualScheduler();
    createPlayer(store, scheduler);
    store.setState((s) => changedTo(s));
    store.setState(play);
    advance(60_000);
    expect(store.getState().lab.index).toBe(250);
  });

  function changedTo(state: TutorialState): TutorialState {
    return changed(state, 'alpha', 6e-11);
  }
});

describe('slider positions', () => {
  const alpha = specFor('alpha');
  const range = alpha.slider!(ARTICLE_PARAMS);

  it('spans 1e-13 to 1e-9 on a log scale for the article’s budget, with 1e-11 in the middle', () => {
    expect(range).toMatchObject({ min: 1e-13, max: 1e-9, scale: 'log' });
    expect(positionOf(1e-11, range)).toBe(500);
    expect(valueAt(500, range)).toBe(1e-11);
  });

  it('marks the one-step rate and the edge of stability, and lands on them exactly', () => {
    expect(range.marks.map((m) => m.value)).toEqual([1 / 4e10, 2 / 4e10]);
    expect(valueAt(positionOf(2.5e-11, range), range)).toBe(1 / 4e10);
    expect(valueAt(positionOf(5e-11, range), range)).toBe(2 / 4e10);
  });

  it('scales with the budget: in millions (input 0.2) it spans 0.1 to 1,000', () => {
    expect(alpha.slider!({ ...ARTICLE_PARAMS, input: 0.2, goal: 99.75 })).toMatchObject({ min: 0.1, max: 1000 });
  });

  it('runs the starting weight from -500 to 1,500 around the goal weight 498.75', () => {
    const weight = specFor('startWeight').slider!(ARTICLE_PARAMS);
    expect(weight).toMatchObject({ min: -500, max: 1500, scale: 'linear' });
    expect(valueAt(250, weight)).toBe(0);
    expect(valueAt(251, weight)).toBe(2);
    expect(valueAt(positionOf(498.75, weight), weight)).toBe(498.75);
  });

  it('gives a finite value inside the track for every position', () => {
    for (const spec of PARAM_SPECS) {
      if (!spec.slider) continue;
      const r = spec.slider(ARTICLE_PARAMS);
      for (let p = 0; p <= 1000; p += 1) {
        const v = valueAt(p, r);
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(r.min);
        expect(v).toBeLessThanOrEqual(r.max);
      }
    }
  });
});

describe('shared links', () => {
  it('round-trip the parameters and the iteration', () => {
    const state = goTo(changed(initialState(), 'alpha', 3.2e-11), 7);
    const query = encodeLab(state);
    expect(query).toBe('?alpha=3.2e-11&w0=1&input=200000&goal=99750000&i=7');
    const restored = decodeLab(query, initialState());
    expect(restored.lab.params).toEqual(state.lab.params);
    expect(restored.lab.index).toBe(7);
    expect(restored.notice).toBeNull();
  });

  it.each([
    ['?alpha=abc', /Learning rate: “abc” is not a finite number/],
    ['?alpha=Infinity', /Learning rate/],
    ['?alpha=NaN&w0=1', /Learning rate/],
    ['?w0=1e999', /Starting weight/],
    ['?w0=1e308', /too large/],
    ['?alpha=%3Cscript%3E', /Learning rate/],
    ['?i=-3', /Iteration/],
    ['?i=2.5', /Iteration/],
    ['?i=99999', /past the end/],
    ['?evil=1', /unknown setting “evil” ignored/],
    ['?tol=-1', /Tolerance/],
    ['?alpha=1e-11&alpha=2e-11', /“alpha” is given 2 different values, and only the first, “1e-11”, is used/],
    ['?many.alpha=0.001&w0=2&many.alpha=0.05', /“many\.alpha” is given 2 different values, and only the first, “0\.001”, is used/],
  ])('fall back for %s with a notice', (query, message) => {
    const state = decodeLab(query, initialState());
    expect(state.notice).toMatch(message);
    expect(state.lab.run.weights.every(Number.isFinite)).toBe(true);
    expect(state.lab.index).toBeLessThan(state.lab.run.length);
  });

  it('say nothing of a key given twice with the same value', () => {
    const state = decodeLab('?alpha=2e-11&alpha=2e-11', initialState());
    expect(state.notice).toBeNull();
    expect(state.lab.params.alpha).toBe(2e-11);
    expect(decodeLab('?alpha=1e-11&alpha=2e-11', initialState()).lab.params.alpha).toBe(1e-11);
  });

  it('keep any state consistent whatever the query', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('alpha', 'w0', 'input', 'goal', 'i', 'tol', 'x'), fc.oneof(fc.string(), fc.double().map(String))),
        (entries) => {
          const state = decodeLab(`?${new URLSearchParams(entries).toString()}`, initialState());
          expect(state.lab.index).toBeGreaterThanOrEqual(0);
          expect(state.lab.index).toBeLessThan(state.lab.run.length);
          for (const value of Object.values(state.lab.params)) expect(Number.isFinite(value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('any sequence of reader actions', () => {
  const action = fc.oneof(
    fc.record({ type: fc.constant('param' as const), key: fc.constantFrom('alpha', 'startWeight', 'input', 'goal' as const), value: fc.double() }),
    fc.record({ type: fc.constant('alpha' as const), value: fc.constantFrom(1e-11, 2.5e-11, 5e-11, 5.1e-11, 1, 0, -1e-11, 1e-13) }),
    fc.record({ type: fc.constantFrom('step' as const, 'back' as const, 'play' as const, 'pause' as const, 'reset' as const, 'end' as const) }),
    fc.record({ type: fc.constant('scrub' as const), value: fc.integer({ min: -10, max: 30_000 }) }),
    fc.record({ type: fc.constant('url' as const), value: fc.string() }),
  );

  it('leaves the iteration inside the run and every charted number finite', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), (actions) => {
        let state = initialState();
        for (const a of actions) {
          switch (a.type) {
            case 'param': {
              const change = setParam(state, a.key, a.value);
              if (change.ok) state = change.state;
              break;
            }
            case 'alpha': state = changed(state, 'alpha', a.value); break;
            case 'step': state = stepForward(state); break;
            case 'back': state = stepBack(state); break;
            case 'play': state = play(state); break;
            case 'pause': state = pause(state); break;
            case 'reset': state = reset(state); break;
            case 'end': state = runToEnd(state); break;
            case 'scrub': state = goTo(state, a.value); break;
            case 'url': state = decodeLab(a.value, state); break;
          }
          const { run, index } = state.lab;
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(run.length);
          const it = iterationAt(run, index);
          expect([it.weight, it.prediction, it.delta].every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
