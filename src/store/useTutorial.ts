import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Store } from './createStore.ts';
import type { TutorialState } from './tutorial.ts';

/** The tutorial's store, provided once by the app. */
export const TutorialContext = createContext<Store<TutorialState> | null>(null);

export function useTutorialStore(): Store<TutorialState> {
  const store = useContext(TutorialContext);
  if (!store) throw new Error('useTutorialStore must be used inside <TutorialContext value={store}>.');
  return store;
}

const subscribeToNothing = () => () => undefined;

/**
 * Reads a slice of the tutorial's state and re-renders when it changes. Selectors must return
 * a value already in the state (or a primitive), so the snapshot is stable between renders.
 * With `follow` false the component keeps the slice it last read and does not re-render for
 * changes (a chapter far from the screen while the reader drags the lab's sliders); when
 * `follow` turns true again it reads the current slice.
 */
export function useTutorial<T>(select: (state: TutorialState) => T, follow = true): T {
  const store = useTutorialStore();
  return useSyncExternalStore(
    follow ? store.subscribe : subscribeToNothing,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}
