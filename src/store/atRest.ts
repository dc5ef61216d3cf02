import type { Store } from './createStore.ts';

/** How long the store must stay unchanged before a view that follows it "at rest" catches up. */
export const AT_REST_MS = 150;

/** A slice of a store as `useSyncExternalStore` reads it. */
export interface Source<T> {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => T;
}

/**
 * A slice of `store` that lags while the store keeps changing: a change is passed on only once
 * the store has been quiet for `quietMs` (the reader has let go of a slider or a held key), so a
 * view that reads it redraws once for a whole drag instead of once per event. Changes for which
 * `atOnce(shown, next)` holds go through at once (stepping within the same run, say).
 *
 * While nothing is subscribed the snapshot is always the store's current slice, so a view that
 * starts following at rest begins from what it showed while it followed live.
 */
export function atRest<S, T>(
  store: Store<S>,
  select: (state: S) => T,
  atOnce: (shown: T, next: T) => boolean = () => false,
  quietMs: number = AT_REST_MS,
): Source<T> {
  let shown = select(store.getState());
  let subscribers = 0;
  return {
    getSnapshot() {
      if (subscribers === 0) shown = select(store.getState());
      return shown;
    },
    subscribe(onChange) {
      // One timer per subscription, re-armed only when it fires early: a drag sends an event
      // every frame, and setting a timer for each would cost more than the wait saves.
      let timer: ReturnType<typeof setTimeout> | undefined;
      let lastChange = 0;
      const catchUp = (): void => {
        const next = select(store.getState());
        if (Object.is(next, shown)) return;
        shown = next;
        onChange();
      };
      const whenQuiet = (): void => {
        const left = lastChange + quietMs - Date.now();
        timer = left > 0 ? setTimeout(whenQuiet, left) : undefined;
        if (timer === undefined) catchUp();
      };
      const changed = (): void => {
        const next = select(store.getState());
        if (Object.is(next, shown)) return;
        if (atOnce(shown, next) && timer === undefined) {
          catchUp();
          return;
        }
        lastChange = Date.now();
        timer ??= setTimeout(whenQuiet, quietMs);
      };
      subscribers += 1;
      const unsubscribe = store.subscribe(changed);
      // The store may have changed between the view's render and this subscription.
      changed();
      return () => {
        subscribers -= 1;
        if (timer !== undefined) clearTimeout(timer);
        unsubscribe();
      };
    },
  };
}
