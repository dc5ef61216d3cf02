import { useSyncExternalStore } from 'react';
import type { Store } from '../../../store/index.ts';

/**
 * Reads a slice of a chapter's own store and re-renders when it changes. The selector must return
 * a value already in the state (or a primitive), so the snapshot is stable between renders.
 */
export function useStoreValue<S, T>(store: Store<S>, select: (state: S) => T): T {
  const read = () => select(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
