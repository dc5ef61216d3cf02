import type { Scheduler, Store } from '../../../store/index.ts';
import { goTo, pause, type ManyState } from './state.ts';

/**
 * Plays the chapter's run, as the lab's player plays the lab's: while `playing` is true it
 * advances the iteration at `speed` per second, frame by frame, and pauses at the last
 * iteration. A long gap between frames (a background tab) counts as a quarter of a second, so
 * playback never leaps ahead. Tests pass a hand-cranked scheduler. Returns a function that stops
 * the player.
 */
export function createManyPlayer(store: Store<ManyState>, scheduler: Scheduler): () => void {
  let cancel: (() => void) | null = null;
  let last = 0;
  let owed = 0;
  let inFrame = false;

  const frame = (): void => {
    cancel = null;
    const state = store.getState();
    if (!state.playing || state.run === null) return;
    inFrame = true;
    const now = scheduler.now();
    owed += (Math.min(Math.max(0, now - last), 250) / 1000) * state.speed;
    last = now;
    const steps = Math.floor(owed);
    owed -= steps;
    if (steps > 0) {
      const target = state.index + steps;
      store.setState((s) =>
        s.run === null || target >= s.run.length - 1 ? pause(goTo(s, target)) : goTo(s, target, { keepPlaying: true }),
      );
    }
    inFrame = false;
    if (store.getState().playing) cancel = scheduler.requestFrame(frame);
  };

  const sync = (): void => {
    if (inFrame) return;
    const { playing } = store.getState();
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

/** The browser's clock and frames, for the chapter's player. */
export const animationFrames: Scheduler = {
  now: () => performance.now(),
  requestFrame(callback) {
    const handle = requestAnimationFrame(callback);
    return () => {
      cancelAnimationFrame(handle);
    };
  },
};
