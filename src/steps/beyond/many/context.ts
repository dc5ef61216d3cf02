import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Store } from '../../../store/index.ts';
import type { ManyState } from './state.ts';

/** The chapter's own store, provided by the chapter. */
export const ManyContext = createContext<Store<ManyState> | null>(null);

export function useManyStore(): Store<ManyState> {
  const store = useContext(ManyContext);
  if (!store) throw new Error('useManyStore must be used inside <ManyContext value={store}>.');
  return store;
}

/**
 * Reads a slice of the chapter's state and re-renders when it changes. Selectors must return a
 * value already in the state (or a primitive), so the snapshot is stable between renders.
 */
export function useMany<T>(select: (state: ManyState) => T): T {
  const store = useManyStore();
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  );
}
