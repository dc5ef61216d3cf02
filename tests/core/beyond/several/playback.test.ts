import { describe, expect, it } from 'vitest';
import { createStore, type Scheduler } from '../../../../src/store/index.ts';
import {
  DEFAULT_PACE,
  createPlayback,
  createPlaybackPlayer,
  goTo,
  pause,
  play,
  reset,
  runToEnd,
  setPace,
  stepBack,
  stepForward,
  togglePlay,
  withLast,
  type Playback,
} from '../../../../src/steps/beyond/several/playback.ts';

/** A scheduler cranked by hand: `tick(ms)` moves the clock and runs the frame asked for, if any. */
function manualScheduler() {
  let time = 0;
  let pending: (() => void) | null = null;
  const scheduler: Scheduler = {
    now: () => time,
    requestFrame(callback) {
      pending = callback;
      return () => {
        if (pending === callback) pending = null;
      };
    },
  };
  return {
    scheduler,
    tick(ms: number) {
      time += ms;
      const run = pending;
      pending = null;
      run?.();
    },
    waiting: () => pending !== null,
  };
}

describe('playback reducers', () => {
  it('starts at 0, paused, at the default pace; clamps what it is given', () => {
    expect(createPlayback(10)).toEqual({ index: 0, last: 10, playing: false, pace: DEFAULT_PACE });
    expect(createPlayback(10, 99).index).toBe(10);
    expect(createPlayback(10, Number.NaN).index).toBe(0);
    expect(createPlayback(Number.NaN).last).toBe(0);
    expect(createPlayback(-5).last).toBe(0);
    expect(createPlayback(10, 0, 7).pace).toBe(DEFAULT_PACE);
  });

  it('steps, resets and runs to the end within the run', () => {
    let p = createPlayback(3);
    p = stepBack(p);
    expect(p.index).toBe(0);
    p = stepForward(stepForward(p));
    expect(p.index).toBe(2);
    p = runToEnd(p);
    expect(p.index).toBe(3);
    expect(stepForward(p)).toBe(p);
    expect(reset(p).index).toBe(0);
    expect(goTo(p, 2.7).index).toBe(2);
    expect(goTo(p, -4).index).toBe(0);
    expect(goTo(p, Infinity).index).toBe(0);
  });

  it('play starts again from the end; moving by hand pauses', () => {
    const atEnd = runToEnd(createPlayback(5));
    const playing = play(atEnd);
    expect(playing).toMatchObject({ playing: true, index: 0 });
    expect(stepForward(playing).playing).toBe(false);
    expect(pause(playing).playing).toBe(false);
    expect(togglePlay(playing).playing).toBe(false);
    expect(togglePlay(atEnd).playing).toBe(true);
    // A one-iteration run has nothing to play.
    expect(play(createPlayback(0)).playing).toBe(false);
  });

  it('accepts only the known paces', () => {
    const p = createPlayback(5);
    expect(setPace(p, 30).pace).toBe(30);
    expect(setPace(p, 31)).toBe(p);
  });

  it('a new run keeps the iteration if it still exists, and stops playing', () => {
    const p: Playback = { ...createPlayback(100, 40), playing: true };
    expect(withLast(p, 200)).toMatchObject({ index: 40, last: 200, playing: false });
    expect(withLast(p, 10)).toMatchObject({ index: 10, last: 10 });
  });
});

describe('createPlaybackPlayer', () => {
  const lens = { get: (s: { p: Playback }) => s.p, set: (s: { p: Playback }, p: Playback) => ({ ...s, p }) };

  it('advances at the pace, frame by frame, and pauses at the last iteration', () => {
    const store = createStore({ p: createPlayback(20, 0, 100) });
    const clock = manualScheduler();
    const stop = createPlaybackPlayer(store, clock.scheduler, lens);
    expect(clock.waiting()).toBe(false);
    store.setState((s) => ({ ...s, p: play(s.p) }));
    expect(clock.waiting()).toBe(true);
    clock.tick(50); // 100 per second × 0.05 s = 5 iterations
    expect(store.getState().p.index).toBe(5);
    clock.tick(16);
    expect(store.getState().p.index).toBe(6); // 1.6 owed, 0.6 carried
    clock.tick(1000); // a long gap counts as 250 ms at most: 25 more, past the end
    expect(store.getState().p).toMatchObject({ index: 20, playing: false });
    expect(clock.waiting()).toBe(false);
    stop();
  });

  it('stops asking for frames when paused or stopped', () => {
    const store = createStore({ p: createPlayback(1000, 0, 10) });
    const clock = manualScheduler();
    const stop = createPlaybackPlayer(store, clock.scheduler, lens);
    store.setState((s) => ({ ...s, p: play(s.p) }));
    store.setState((s) => ({ ...s, p: pause(s.p) }));
    expect(clock.waiting()).toBe(false);
    store.setState((s) => ({ ...s, p: play(s.p) }));
    stop();
    expect(clock.waiting()).toBe(false);
  });
});
