import { createContext, useContext, useState, useSyncExternalStore } from 'react';
import { atRest, type Source } from './atRest.ts';
import type { Store } from './createStore.ts';
import { afterNextPaint } from '../layout/animationFrames.ts';
import { trailing } from './trailing.ts';
import type { TutorialState } from './tutorial.ts';

/** The tutorial's store, provided once by the app. */
export const TutorialContext = createContext<Store<TutorialState> | null>(null);

export function useTutorialStore(): Store<TutorialState> {
  const store = useContext(TutorialContext);
  if (!store) throw new Error('useTutorialStore must be used inside <TutorialContext value={store}>.');
  return store;
}

/**
 * Reads a slice of the tutorial's state and re-renders when it changes. Selectors must return
 * a value already in the state (or a primitive), so the snapshot is stable between renders.
 */
export function useTutorial<T>(select: (state: TutorialState) => T): T {
  const store = useTutorialStore();
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}

/** One trailing copy of each store, so that every view that trails it catches up in the same task. */
const trailingCopies = new WeakMap<Store<TutorialState>, Source<TutorialState>>();

function trailingCopy(store: Store<TutorialState>): Source<TutorialState> {
  let copy = trailingCopies.get(store);
  if (!copy) {
    // Stepping through the same run shows at once; a new run (a slider event) waits for the next paint.
    copy = trailing(store, (shown, next) => shown.lab.run === next.lab.run, afterNextPaint);
    trailingCopies.set(store, copy);
  }
  return copy;
}

/**
 * Like {@link useTutorial}, for a view on the screen beside the lab's controls and charts (the
 * verdicts, the iteration's numbers, the trace, the playback bar): it shows a new run a frame
 * after the charts, once the frame that answers the slider has been painted, and follows steps
 * through the same run at once.
 */
export function useTutorialTrailing<T>(select: (state: TutorialState) => T): T {
  const source = trailingCopy(useTutorialStore());
  return useSyncExternalStore(
    source.subscribe,
    () => select(source.getSnapshot()),
    () => select(source.getSnapshot()),
  );
}

export interface AtRestOptions<T> {
  /** Follow every change instead (the view is on the screen). */
  readonly live?: boolean;
  /** While live, follow a new run a frame behind the charts, as {@link useTutorialTrailing} does. */
  readonly trailing?: boolean;
  /** Changes that go through at once even at rest, given the slice shown and the new one. */
  readonly atOnce?: (shown: T, next: T) => boolean;
}

/**
 * Like {@link useTutorial}, for a view the reader is not looking at while they work the lab's
 * controls (off the screen, or a live region): while the slice keeps changing it keeps what it
 * shows, and it catches up once the controls have been at rest for a moment (`AT_REST_MS`).
 * With `live` it follows every change, as `useTutorial` does (or, with `trailing` too, as
 * `useTutorialTrailing` does). `select` and `atOnce` are read when the component mounts.
 */
export function useTutorialAtRest<T>(
  select: (state: TutorialState) => T,
  { live = false, trailing = false, atOnce }: AtRestOptions<T> = {},
): T {
  const store = useTutorialStore();
  const following = trailing ? trailingCopy(store) : { subscribe: store.subscribe, getSnapshot: store.getState };
  const [lagging] = useState(() => atRest(store, select, atOnce));
  return useSyncExternalStore(
    live ? following.subscribe : lagging.subscribe,
    live ? () => select(following.getSnapshot()) : lagging.getSnapshot,
    () => select(store.getState()),
  );
}
