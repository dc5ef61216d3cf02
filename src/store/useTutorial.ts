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
