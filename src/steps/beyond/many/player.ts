import { createFramePlayer, type Scheduler, type Store } from '../../../store/index.ts';
import { goTo, pause, type ManyState } from './state.ts';

/**
 * Plays the chapter's run with the shared frame player, as the lab's player plays the lab's:
 * while `playing` is true it advances at `speed` iterations a second and pauses at the last
 * iteration. Returns a function that stops the player.
 */
export function createManyPlayer(store: Store<ManyState>, scheduler: Scheduler): () => void {
  return createFramePlayer(store, scheduler, {
    playing: (s) => s.playing && s.run !== null,
    speed: (s) => s.speed,
    advance: (s, steps) => {
      const target = s.index + steps;
      return s.run === null || target >= s.run.length - 1 ? pause(goTo(s, target)) : goTo(s, target, { keepPlaying: true });
    },
  });
}
