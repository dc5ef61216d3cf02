import { createContext, useContext, useState, useSyncExternalStore } from 'react';
import { atRest } from './atRest.ts';
import type { Store } from './createStore.ts';
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

export interface AtRestOptions<T> {
  /** Follow every change at once instead (the view is on the screen). */
  readonly live?: boolean;
  /** Changes that go through at once even at rest, given the slice shown and the new one. */
  readonly atOnce?: (shown: T, next: T) => boolean;
}

/**
 * Like {@link useTutorial}, for a view the reader is not looking at while they work the lab's
 * controls (off the screen, or a live region): while the slice keeps changing it keeps what it
 * shows, and it catches up once the controls have been at rest for a moment (`AT_REST_MS`).
 * With `live` it follows every change, as `useTutorial` does. `select` and `atOnce` are read
 * when the component mounts.
 */
export function useTutorialAtRest<T>(select: (state: TutorialState) => T, { live = false, atOnce }: AtRestOptions<T> = {}): T {
  const store = useTutorialStore();
  const [lagging] = useState(() => atRest(store, select, atOnce));
  return useSyncExternalStore(
    live ? store.subscribe : lagging.subscribe,
    live ? () => select(store.getState()) : lagging.getSnapshot,
    () => select(store.getState()),
  );
}
