import type { Source } from './atRest.ts';
import type { Store } from './createStore.ts';

/** Calls `callback` once the browser has painted its next frame; returns a function that cancels the call. */
export type AfterPaint = (callback: () => void) => () => void;

/**
 * The store's state as the last painted frame showed it, for views that may trail the controls
 * and charts by a frame. A change for which `atOnce(shown, next)` holds goes through at once;
 * any other is passed on after the next paint, all views together, so that the frame that
 * answers a slider event only has to draw what the reader is watching.
 *
 * While nothing is subscribed the snapshot is always the store's current state.
 */
export function trailing<S>(
  store: Store<S>,
  atOnce: (shown: S, next: S) => boolean,
  afterPaint: AfterPaint,
): Source<S> {
  let shown = store.getState();
  const listeners = new Set<() => void>();
  let unsubscribe: (() => void) | null = null;
  let cancel: (() => void) | null = null;

  const catchUp = (): void => {
    cancel = null;
    const next = store.getState();
    if (Object.is(next, shown)) return;
    shown = next;
    for (const listener of [...listeners]) listener();
  };
  const changed = (): void => {
    // A catch-up already due after the next paint will show this change too.
    if (cancel !== null) return;
    if (atOnce(shown, store.getState())) catchUp();
    else cancel = afterPaint(catchUp);
  };

  return {
    getSnapshot() {
      if (listeners.size === 0) shown = store.getState();
      return shown;
    },
    subscribe(listener) {
      if (listeners.size === 0) {
        // The view rendered the store's current state: start from there.
        shown = store.getState();
        unsubscribe = store.subscribe(changed);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unsubscribe?.();
        unsubscribe = null;
        cancel?.();
        cancel = null;
      };
    },
  };
}
