import { describe, expect, it } from 'vitest';
import { createStore, trailing, type AfterPaint } from '../../src/store/index.ts';

interface State {
  readonly run: number;
  readonly index: number;
}

const set = (store: ReturnType<typeof createStore<State>>, next: Partial<State>) => {
  store.setState((s) => ({ ...s, ...next }));
};

/** Stands in for the browser: `paint()` paints a frame and runs what waited for it. */
function frames(): { readonly afterPaint: AfterPaint; readonly paint: () => void; readonly waiting: () => number } {
  let queue: (() => void)[] = [];
  return {
    afterPaint(callback) {
      queue.push(callback);
      return () => {
        queue = queue.filter((c) => c !== callback);
      };
    },
    paint() {
      const due = queue;
      queue = [];
      for (const callback of due) callback();
    },
    waiting: () => queue.length,
  };
}

const sameRun = (a: State, b: State) => a.run === b.run;

describe('trailing: the store as the last painted frame showed it', () => {
  it('follows the store at once while nothing is subscribed', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const { afterPaint } = frames();
    const copy = trailing(store, sameRun, afterPaint);
    set(store, { run: 2 });
    expect(copy.getSnapshot().run).toBe(2);
  });

  it('passes a new run on after the next paint, once, however many changes came before it', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const { afterPaint, paint, waiting } = frames();
    const copy = trailing(store, sameRun, afterPaint);
    const seen: number[] = [];
    copy.subscribe(() => seen.push(copy.getSnapshot().run));
    set(store, { run: 2 });
    set(store, { run: 3 });
    expect(copy.getSnapshot().run).toBe(1);
    expect(waiting()).toBe(1);
    paint();
    expect(seen).toEqual([3]);
    expect(copy.getSnapshot().run).toBe(3);
    paint();
    expect(seen).toEqual([3]);
  });

  it('passes a step through the same run at once, unless a new run is still waiting', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const { afterPaint, paint } = frames();
    const copy = trailing(store, sameRun, afterPaint);
    const seen: string[] = [];
    copy.subscribe(() => seen.push(`${copy.getSnapshot().run}:${copy.getSnapshot().index}`));
    set(store, { index: 1 });
    expect(seen).toEqual(['1:1']);
    set(store, { run: 2, index: 0 });
    set(store, { index: 5 });
    expect(seen).toEqual(['1:1']);
    paint();
    expect(seen).toEqual(['1:1', '2:5']);
  });

  it('tells every subscriber in the same catch-up, and they all read the same state', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const { afterPaint, paint } = frames();
    const copy = trailing(store, sameRun, afterPaint);
    const seen: number[] = [];
    copy.subscribe(() => seen.push(copy.getSnapshot().run));
    copy.subscribe(() => seen.push(copy.getSnapshot().run * 10));
    set(store, { run: 4 });
    expect(seen).toEqual([]);
    paint();
    expect(seen).toEqual([4, 40]);
  });

  it('cancels the waiting catch-up when the last subscriber leaves, and starts again from the store', () => {
    const store = createStore<State>({ run: 1, index: 0 });
    const { afterPaint, paint, waiting } = frames();
    const copy = trailing(store, sameRun, afterPaint);
    const seen: number[] = [];
    const leave = copy.subscribe(() => seen.push(copy.getSnapshot().run));
    set(store, { run: 2 });
    expect(waiting()).toBe(1);
    leave();
    expect(waiting()).toBe(0);
    set(store, { run: 3 });
    paint();
    expect(seen).toEqual([]);
    expect(copy.getSnapshot().run).toBe(3);
    copy.subscribe(() => seen.push(copy.getSnapshot().run));
    expect(copy.getSnapshot().run).toBe(3);
  });
});
