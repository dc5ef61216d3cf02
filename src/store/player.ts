import type { Store } from './createStore.ts';
import { goTo, pause, type TutorialState } from './tutorial.ts';

/** What the player needs from its surroundings: a clock and a way to wait for the next frame. */
export interface Scheduler {
  /** Milliseconds from an arbitrary start. */
  now(): number;
  /** Calls back once, at the next frame; returns a function that cancels the call. */
  requestFrame(callback: () => void): () => void;
}

/**
 * Plays the run: while `lab.playing` is true it advances the iteration at `lab.speed` per
 * second, frame by frame, and pauses at the last iteration. Tests pass a hand-cranked scheduler.
 * Returns a function that stops the player.
 */
export function createPlayer(store: Store<TutorialState>, scheduler: Scheduler): () => void {
  let cancel: (() => void) | null = null;
  let last = 0;
  let owed = 0; // fractions of an iteration carried from frame to frame
  let inFrame = false;

  const frame = (): void => {
    cancel = null;
    const { lab } = store.getState();
    if (!lab.playing) return;
    inFrame = true;
    const now = scheduler.now();
    // A long gap (a background tab) counts as one frame, so playback never leaps ahead.
    owed += (Math.min(now - last, 250) / 1000) * lab.speed;
    last = now;
    const steps = Math.floor(owed);
    owed -= steps;
    if (steps > 0) {
      const target = lab.index + steps;
      store.setState((state) =>
        target >= state.lab.run.length - 1 ? pause(goTo(state, target)) : goTo(state, target, { keepPlaying: true }),
      );
    }
    inFrame = false;
    if (store.getState().lab.playing) cancel = scheduler.requestFrame(frame);
  };

  const sync = (): void => {
    if (inFrame) return;
    const { playing } = store.getState().lab;
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
