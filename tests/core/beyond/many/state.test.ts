import { describe, expect, it } from 'vitest';
import { bestWeight, finalWeightMany } from '../../../../src/core/index.ts';
import { createStore, type Scheduler } from '../../../../src/store/index.ts';
import { createManyPlayer } from '../../../../src/steps/beyond/many/player.ts';
import {
  MANY_SPEEDS,
  addRow,
  createManyState,
  dismissManyNotice,
  editCell,
  goTo,
  pause,
  play,
  removeRow,
  replaceRows,
  reset,
  resetRows,
  runToEnd,
  setMode,
  setOrder,
  setSetting,
  setSpeed,
  stepBack,
  stepForward,
  type ManyState,
} from '../../../../src/steps/beyond/many/state.ts';
import { DEFAULT_SETTINGS, decodeLink } from '../../../../src/steps/beyond/many/urlCodec.ts';

const ok = (change: ReturnType<typeof setSetting>): ManyState => {
  if (!change.ok) throw new Error(change.message);
  return change.state;
};
const linkOf = (search: string) => {
  const query = new URLSearchParams(search);
  return (key: string) => query.get(key);
};

describe('the chapter’s state', () => {
  it('starts on the 20 films, all at once, with a run that settles at the best weight', () => {
    const state = createManyState();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.rows).toHaveLength(20);
    expect(state.data.films).toHaveLength(20);
    expect(state.run).not.toBeNull();
    expect(state.runProblem).toBeNull();
    expect(state.index).toBe(0);
    expect(state.notice).toBeNull();
    const run = state.run!;
    const best = bestWeight(state.data.examples)!;
    expect(Math.abs(finalWeightMany(run) - best)).toBeLessThan(1e-12);
    expect(state.nextId).toBe(20);
  });

  it('retrains when a setting changes, keeping the iteration where it fits', () => {
    const start = goTo(createManyState(), 50);
    const faster = ok(setSetting(start, 'alpha', 0.005));
    expect(faster.run!.params.alpha).toBe(0.005);
    expect(faster.index).toBe(Math.min(50, faster.run!.length - 1));
    const stochastic = setMode(faster, 'stochastic');
    expect(stochastic.run!.mode).toBe('stochastic');
    expect(stochastic.run!.examplesUsed).not.toBeNull();
    const shuffled = setOrder(stochastic, 'shuffled');
    expect(shuffled.run!.order).toBe('shuffled');
    expect(setOrder(shuffled, 'shuffled')).toBe(shuffled);
  });

  it('makes the same shuffled run for the same seed, and another for another seed', () => {
    const base = setOrder(setMode(ok(setSetting(createManyState(), 'alpha', 0.0005)), 'stochastic'), 'shuffled');
    const seven = ok(setSetting(base, 'seed', 7));
    const again = ok(setSetting(ok(setSetting(seven, 'seed', 8)), 'seed', 7));
    expect(Array.from(again.run!.weights)).toEqual(Array.from(seven.run!.weights));
    expect(Array.from(again.run!.examplesUsed!)).toEqual(Array.from(seven.run!.examplesUsed!));
    const eight = ok(setSetting(seven, 'seed', 8));
    expect(finalWeightMany(eight.run!)).not.toBe(finalWeightMany(seven.run!));
  });

  it('refuses settings that cannot be, or cannot start a run, with a message', () => {
    const state = createManyState();
    expect(setSetting(state, 'alpha', Number.NaN)).toEqual({ ok: false, message: 'Enter a finite number.' });
    expect(setSetting(state, 'seed', 1.5)).toEqual({ ok: false, message: 'The seed must be a whole number from 0 to 4,294,967,295.' });
    expect(setSetting(state, 'tolerance', -1)).toEqual({ ok: false, message: 'The tolerance must be a number of 0 or more.' });
    const huge = setSetting(state, 'startWeight', 1e308);
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toMatch(/too large for a 64-bit number/);
    expect(ok(setSetting(state, 'startWeight', -0)).settings.startWeight).toBe(0);
    expect(Object.is(ok(setSetting(state, 'startWeight', -0)).settings.startWeight, -0)).toBe(false);
  });

  it('every run ends, whatever the learning rate', () => {
    for (const alpha of [-1, 0, 1e-320, 1e-9, 0.001, 0.0117, 0.02, 1, 1e308]) {
      for (const mode of ['batch', 'stochastic'] as const) {
        const state = setMode(ok(setSetting(createManyState(), 'alpha', alpha)), mode);
        expect(state.run, `${alpha} ${mode}`).not.toBeNull();
        expect(state.run!.length).toBeGreaterThanOrEqual(1);
        expect(state.run!.weights.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it('edits, adds and removes rows; rows with problems stay but do not train', () => {
    let state = createManyState();
    state = editCell(state, 0, 'budget', 'abc');
    expect(state.rows[0]?.budget).toBe('abc');
    expect(state.data.films).toHaveLength(19);
    expect(state.data.invalid).toBe(1);
    expect(state.run!.params.examples).toHaveLength(19);
    expect(editCell(state, 0, 'budget', 'abc')).toBe(state);
    expect(editCell(state, 999, 'budget', '1')).toBe(state);

    state = addRow(state);
    expect(state.rows).toHaveLength(21);
    expect(state.rows[20]).toEqual({ id: 20, title: '', budget: '', gross: '' });
    expect(state.nextId).toBe(21);
    state = editCell(editCell(editCell(state, 20, 'title', 'Mine'), 20, 'budget', '2'), 20, 'gross', '30');
    expect(state.data.films).toHaveLength(20);

    state = removeRow(state, 0);
    expect(state.rows).toHaveLength(20);
    expect(state.data.invalid).toBe(0);
    expect(removeRow(state, 0)).toBe(state);

    state = resetRows(state);
    expect(state.rows.map((r) => r.title)[0]).toBe('Mad Max');
    expect(new Set(state.rows.map((r) => r.id)).size).toBe(20);
    expect(Math.min(...state.rows.map((r) => r.id))).toBeGreaterThanOrEqual(21);
  });

  it('has no run without a film to learn from, and says why', () => {
    let state = createManyState();
    for (const row of state.rows) state = removeRow(state, row.id);
    expect(state.run).toBeNull();
    expect(state.runProblem).toMatch(/^The table is empty/);
    expect(play(state)).toBe(state);
    state = addRow(state);
    expect(state.runProblem).toMatch(/^No row of the table can train the model/);
    state = editCell(editCell(state, state.rows[0]!.id, 'budget', '1'), state.rows[0]!.id, 'gross', '3');
    expect(state.runProblem).toMatch(/^No row/);
    state = editCell(state, state.rows[0]!.id, 'title', 'Only');
    expect(state.run).not.toBeNull();
    // One film, budget 1: r = 1 − 0.001, so 20,000 updates come within 10⁻⁸ of gross ÷ budget.
    expect(finalWeightMany(state.run!)).toBeCloseTo(3, 7);
  });

  it('replaces the table with pasted rows', () => {
    const state = replaceRows(createManyState(), [
      { id: 20, title: 'A', budget: '1', gross: '2' },
      { id: 21, title: 'B', budget: 'x', gross: '2' },
    ]);
    expect(state.rows).toHaveLength(2);
    expect(state.data.films).toHaveLength(1);
    expect(state.nextId).toBe(22);
  });

  it('steps, plays, pauses and jumps within the run', () => {
    const state = createManyState();
    const last = state.run!.length - 1;
    expect(stepBack(state)).toBe(state);
    expect(stepForward(state).index).toBe(1);
    expect(runToEnd(state).index).toBe(last);
    expect(reset(runToEnd(state)).index).toBe(0);
    expect(goTo(state, 1e9).index).toBe(last);
    expect(goTo(state, Number.NaN).index).toBe(0);
    const playing = play(state);
    expect(playing.playing).toBe(true);
    expect(play(runToEnd(state))).toMatchObject({ playing: true, index: 0 });
    expect(stepForward(playing).playing).toBe(false);
    expect(pause(playing).playing).toBe(false);
    expect(setSpeed(state, 1000).speed).toBe(1000);
    expect(setSpeed(state, 7)).toBe(state);
    expect(MANY_SPEEDS).toContain(state.speed);
  });

  it('takes its settings and table from a link, and tells what it could not use', () => {
    const good = createManyState(decodeLink(linkOf('many.alpha=0.002&many.mode=stochastic&many.data=A*1*2_B*2*5')));
    expect(good.settings.alpha).toBe(0.002);
    expect(good.settings.mode).toBe('stochastic');
    expect(good.rows.map((r) => r.title)).toEqual(['A', 'B']);
    expect(good.nextId).toBe(2);
    expect(good.notice).toBeNull();

    const bad = createManyState(decodeLink(linkOf('many.alpha=zzz')));
    expect(bad.notice).toBe(
      'Some settings for this chapter in the link were not used. The learning rate “zzz” is not a finite number; 0.001 is used instead.',
    );
    expect(dismissManyNotice(bad).notice).toBeNull();

    // A starting weight that overflows on these films cannot start a run: the defaults are used.
    const overflow = createManyState(decodeLink(linkOf('many.start=1e307')));
    expect(overflow.settings).toEqual(DEFAULT_SETTINGS);
    expect(overflow.run).not.toBeNull();
    expect(overflow.notice).toMatch(/too large for a 64-bit number\. The default settings are used instead\.$/);
  });
});

describe('the chapter’s player', () => {
  function crank() {
    let now = 0;
    let pending: (() => void) | null = null;
    const scheduler: Scheduler = {
      now: () => now,
      requestFrame(callback) {
        pending = callback;
        return () => {
          pending = null;
        };
      },
    };
    return {
      scheduler,
      frame(ms: number) {
        now += ms;
        const callback = pending;
        pending = null;
        callback?.();
      },
      waiting: () => pending !== null,
    };
  }

  it('advances at the chosen speed and pauses at the last iteration', () => {
    const store = createStore(setSpeed(createManyState(), 10));
    const clock = crank();
    const stop = createManyPlayer(store, clock.scheduler);
    expect(clock.waiting()).toBe(false);
    store.setState(play);
    expect(clock.waiting()).toBe(true);
    clock.frame(100);
    expect(store.getState().index).toBe(1);
    clock.frame(250);
    expect(store.getState().index).toBe(3);
    // A long gap counts as a quarter of a second.
    clock.frame(10_000);
    expect(store.getState().index).toBe(6);
    store.setState((s) => setSpeed(s, 10_000));
    for (let i = 0; i < 20 && store.getState().playing; i += 1) clock.frame(16);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().index).toBe(store.getState().run!.length - 1);
    expect(clock.waiting()).toBe(false);
    stop();
  });

  it('stops asking for frames when paused or stopped', () => {
    const store = createStore(createManyState());
    const clock = crank();
    const stop = createManyPlayer(store, clock.scheduler);
    store.setState(play);
    store.setState(pause);
    expect(clock.waiting()).toBe(false);
    store.setState(play);
    stop();
    expect(clock.waiting()).toBe(false);
  });
});
