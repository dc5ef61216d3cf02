import type { Store } from './createStore.ts';
import { goTo, pause, type TutorialState } from './tutorial.ts';

/** What the player needs from its surroundings: a clock and a way to wait for the next frame. */
export interface Scheduler {
  /** Milliseconds from an arbitrary start. */
  now(): number;
  /** Calls back once, at the next frame; returns a function that cancels the call. */
  requestFrame(callback: () => void): () => void;
}

/** How a player reads and moves the playback inside some state. */
export interface PlayTarget<S> {
  readonly playing: (state: S) => boolean;
  /** Iterations per second. */
  readonly speed: (state: S) => number;
  /** Moves on by `steps` iterations, pausing at the last one. */
  readonly advance: (state: S, steps: number) => S;
}

/**
 * Plays a run frame by frame: while `target.playing` is true it advances at `target.speed`
 * iterations a second. A long gap between frames (a background tab) counts as a quarter of a
 * second, so playback never leaps ahead. Tests pass a hand-cranked scheduler. Shared by the lab
 * and the chapters beyond the article. Returns a function that stops the player.
 */
export function createFramePlayer<S>(store: Store<S>, scheduler: Scheduler, target: PlayTarget<S>): () => void {
  let cancel: (() => void) | null = null;
  let last = 0;
  let owed = 0; // fractions of an iteration carried from frame to frame
  let inFrame = false;

  const frame = (): void => {
    cancel = null;
    const state = store.getState();
    if (!target.playing(state)) return;
    inFrame = true;
    const now = scheduler.now();
    owed += (Math.min(Math.max(0, now - last), 250) / 1000) * target.speed(state);
    last = now;
    const steps = Math.floor(owed);
    owed -= steps;
    if (steps > 0) store.setState((s) => target.advance(s, steps));
    inFrame = false;
    if (target.playing(store.getState())) cancel = scheduler.requestFrame(frame);
  };

  const sync = (): void => {
    if (inFrame) return;
    const playing = target.playing(store.getState());
    if (playing && cancel === null) {
      last = scheduler.now();
      owed = 0;
      cancel = scheduler.requestFrame(frame);
    } else if (!playing && cancel !== null) {
      cancel();
      cancel = null;
    }
  };

  const unsubscribe = store.subscribe(sync);
  sync();
  return () => {
    unsubscribe();
    cancel?.();
    cancel = null;
  };
}

/**
 * Plays the lab's run: while `lab.playing` is true it advances the iteration at `lab.speed` per
 * second and pauses at the last iteration. Returns a function that stops the player.
 */
export function createPlayer(store: Store<TutorialState>, scheduler: Scheduler): () => void {
  return createFramePlayer(store, scheduler, {
    playing: (s) => s.lab.playing,
    speed: (s) => s.lab.speed,
    advance: (s, steps) => {
      const target = s.lab.index + steps;
      return target >= s.lab.run.length - 1 ? pause(goTo(s, target)) : goTo(s, target, { keepPlaying: true });
    },
  });
}
