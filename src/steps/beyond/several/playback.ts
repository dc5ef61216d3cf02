import { createFramePlayer, type Scheduler, type Store } from '../../../store/index.ts';

/** The playback speeds of the chapters beyond the article, in iterations per second. */
export const PACES = [10, 30, 100, 300, 1000] as const;
export const DEFAULT_PACE = 100;

/** Where the reader is in a run computed ahead, and whether it is playing. */
export interface Playback {
  /** The iteration on show, from 0 to `last`. */
  readonly index: number;
  /** The run's last iteration (its length − 1), at least 0. */
  readonly last: number;
  readonly playing: boolean;
  /** Iterations per second while playing; one of {@link PACES}. */
  readonly pace: number;
}

const wholeIn = (index: number, last: number): number =>
  Number.isFinite(index) ? Math.min(last, Math.max(0, Math.trunc(index))) : 0;

export function createPlayback(last: number, index = 0, pace: number = DEFAULT_PACE): Playback {
  const end = wholeIn(last, Number.MAX_SAFE_INTEGER);
  return { index: wholeIn(index, end), last: end, playing: false, pace: PACES.find((p) => p === pace) ?? DEFAULT_PACE };
}

/** Moves to an iteration (clamped into the run). Moving by hand pauses, unless `keepPlaying` and not at the end. */
export function goTo(p: Playback, index: number, keepPlaying = false): Playback {
  const next = wholeIn(index, p.last);
  const playing = keepPlaying && p.playing && next < p.last;
  return next === p.index && playing === p.playing ? p : { ...p, index: next, playing };
}

export const stepForward = (p: Playback): Playback => goTo(p, p.index + 1);
export const stepBack = (p: Playback): Playback => goTo(p, p.index - 1);
export const reset = (p: Playback): Playback => goTo(p, 0);
export const runToEnd = (p: Playback): Playback => goTo(p, p.last);

/** Starts playing; from the last iteration it starts again at the first. Nothing to play in a one-iteration run. */
export function play(p: Playback): Playback {
  if (p.last === 0) return p.playing ? { ...p, playing: false } : p;
  return { ...p, playing: true, index: p.index >= p.last ? 0 : p.index };
}

export const pause = (p: Playback): Playback => (p.playing ? { ...p, playing: false } : p);
export const togglePlay = (p: Playback): Playback => (p.playing ? pause(p) : play(p));

export function setPace(p: Playback, pace: number): Playback {
  const known = PACES.find((s) => s === pace);
  return known === undefined || known === p.pace ? p : { ...p, pace: known };
}

/** A new run of `last + 1` iterations: the reader stays at the same iteration if it still exists; playing stops. */
export function withLast(p: Playback, last: number): Playback {
  const end = wholeIn(last, Number.MAX_SAFE_INTEGER);
  return { ...p, last: end, index: Math.min(p.index, end), playing: false };
}

/** How a player reaches the playback inside a larger state. */
export interface PlaybackLens<S> {
  readonly get: (state: S) => Playback;
  readonly set: (state: S, playback: Playback) => S;
}

/**
 * Plays a run with the shared frame player: while the playback is playing it advances at `pace`
 * iterations a second and pauses at the last iteration, like the lab's player. Returns a function
 * that stops the player.
 */
export function createPlaybackPlayer<S>(store: Store<S>, scheduler: Scheduler, lens: PlaybackLens<S>): () => void {
  return createFramePlayer(store, scheduler, {
    playing: (state) => lens.get(state).playing,
    speed: (state) => lens.get(state).pace,
    advance: (state, steps) => {
      const current = lens.get(state);
      const target = current.index + steps;
      return lens.set(state, target >= current.last ? pause(goTo(current, target)) : goTo(current, target, true));
    },
  });
}
