import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AT_REST_MS, atRest, createStore } from '../../src/store/index.ts';

interface State {
  readonly run: number;
  readonly index: number;
}

const set = (store: ReturnType<typeof createStore<State>>, next: Partial<State>) => {
  store.setState((s) => ({ ...s, ...next }));
};

describe('atRest: a slice that catches up once the store has been quiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows the store at once while nothing is subscribed', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const slice = atRest(store, (s) => s.run);
    set(store, { run: 2 });
    expect(slice.getSnapshot()).toBe(2);
  });

  it('holds through a stream of changes and passes on only the last, once, after AT_REST_MS of quiet', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const slice = atRest(store, (s) => s.run);
    const seen: number[] = [];
    slice.subscribe(() => seen.push(slice.getSnapshot()));
    // A drag: a change every 16 ms for a second.
    for (let run = 2; run <= 62; run += 1) {
      set(store, { run });
      vi.advanceTimersByTime(16);
    }
    expect(slice.getSnapshot()).toBe(1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(AT_REST_MS - 17);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([62]);
    vi.advanceTimersByTime(10 * AT_REST_MS);
    expect(seen).toEqual([62]);
  });

  it('passes a change at once when atOnce says so, unless an earlier change is still waiting', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const slice = atRest(
      store,
      (s) => s,
      (shown, next) => shown.run === next.run,
    );
    const seen: State[] = [];
    slice.subscribe(() => seen.push(slice.getSnapshot()));
    set(store, { index: 1 });
    expect(seen).toEqual([{ run: 1, index: 1 }]);
    set(store, { run: 2 });
    set(store, { index: 2 });
    expect(seen).toHaveLength(1);
    vi.advanceTimersByTime(AT_REST_MS);
    expect(seen.at(-1)).toEqual({ run: 2, index: 2 });
  });

  it('ignores a change that leaves its slice as it is', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const slice = atRest(store, (s) => s.run);
    const onChange = vi.fn();
    slice.subscribe(onChange);
    set(store, { index: 5 });
    vi.advanceTimersByTime(2 * AT_REST_MS);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('catches up with a change made before it subscribed, and says nothing after unsubscribing', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const slice = atRest(store, (s) => s.run);
    expect(slice.getSnapshot()).toBe(1);
    const onChange = vi.fn();
    // A view rendered with run 1; the store moved on before its subscription.
    const first = slice.getSnapshot();
    set(store, { run: 2 });
    expect(first).toBe(1);
    const unsubscribe = slice.subscribe(onChange);
    vi.advanceTimersByTime(AT_REST_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(slice.getSnapshot()).toBe(2);
    set(store, { run: 3 });
    unsubscribe();
    vi.advanceTimersByTime(2 * AT_REST_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
