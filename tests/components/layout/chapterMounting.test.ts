import { describe, expect, it } from 'vitest';
import { MOUNT_AT_ONCE, createChapterMounter, type MountingHost } from '../../../src/layout/chapterMounting.ts';

/** An observer the test drives by hand: the elements it watches, and the callback to report with. */
function fakeObserver(enabled: boolean) {
  const elements = new Set<Element>();
  let report: ((element: Element, inside: boolean) => void) | null = null;
  return {
    elements,
    /** Reports `inside` for `element`, if it is being watched. */
    tell(element: Element, inside: boolean) {
      if (elements.has(element)) report?.(element, inside);
    },
    create(callback: (element: Element, inside: boolean) => void) {
      if (!enabled) return null;
      report = callback;
      return {
        observe: (element: Element) => elements.add(element),
        unobserve: (element: Element) => elements.delete(element),
      };
    },
  };
}

/** A host whose viewport and idle periods the test drives by hand. */
function fakeHost(withObserver = true) {
  const nearby = fakeObserver(withObserver);
  const screen = fakeObserver(withObserver);
  const idle: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  const laidOut: Element[] = [];
  // Whether the reader has acted and is now still, and what waits for that.
  let resting = false;
  const restListeners: (() => void)[] = [];
  const host: MountingHost = {
    observeNearViewport: (callback) => nearby.create(callback),
    observeOnScreen: (callback) => screen.create(callback),
    whenIdle(callback) {
      idle.push(callback);
    },
    whenReaderRests(callback) {
      if (resting) callback();
      else restListeners.push(callback);
    },
    soon(callback) {
      tasks.push(callback);
    },
    layOut(element) {
      laidOut.push(element);
    },
  };
  return {
    host,
    /** The elements laid out so far, in order. */
    laidOut,
    observed: nearby.elements,
    watched: screen.elements,
    /** The element scrolls near the viewport. */
    near(element: Element) {
      nearby.tell(element, true);
    },
    /** The element moves far from the viewport. */
    far(element: Element) {
      nearby.tell(element, false);
    },
    /** The element scrolls onto the screen (true) or off it (false). */
    onScreen(element: Element, visible: boolean) {
      screen.tell(element, visible);
    },
    /** The tasks waiting run; false when there were none. */
    runTasks(): boolean {
      const waiting = tasks.splice(0);
      for (const task of waiting) task();
      return waiting.length > 0;
    },
    /** The reader has scrolled, pressed a key or touched the page, and is now still. */
    rest() {
      resting = true;
      for (const listener of restListeners.splice(0)) listener();
    },
    /** The reader scrolls, types or drags again. */
    move() {
      resting = false;
    },
    /** One idle period passes; false when nothing was waiting for one. */
    idle(): boolean {
      const next = idle.shift();
      next?.();
      return next !== undefined;
    },
  };
}

const chapters = (n: number) => Array.from({ length: n }, (_, i) => ({ element: { id: `chapter-${String(i)}` } as unknown as Element, i }));

/** A mounter on a fake page with `n` chapters scheduled in page order, and the order in which they mount. */
function scheduled(n: number, withObserver = true) {
  const page = fakeHost(withObserver);
  const mounter = createChapterMounter(page.host);
  const mounted: number[] = [];
  const all = chapters(n);
  for (const { element, i } of all) mounter.schedule(element, () => mounted.push(i));
  return { page, mounter, mounted, all };
}

describe('the chapter mounter', () => {
  it('mounts the chapters near the screen at once and the others in page order, one per idle period', () => {
    const { page, mounted, all } = scheduled(5);
    page.rest();
    expect(mounted).toEqual([]);
    expect(page.observed.size).toBe(5);

    page.near(all[3]!.element);
    expect(mounted).toEqual([3]);
    expect(page.observed.has(all[3]!.element)).toBe(false);

    expect(page.idle()).toBe(true);
    expect(mounted).toEqual([3, 0]);
    expect(page.idle()).toBe(true);
    expect(page.idle()).toBe(true);
    expect(page.idle()).toBe(true);
    expect(mounted).toEqual([3, 0, 1, 2, 4]);
    // Nothing is left: the idle loop stops asking, and a chapter seen again does not mount twice.
    expect(page.idle()).toBe(true);
    expect(page.idle()).toBe(false);
    page.near(all[0]!.element);
    expect(mounted).toEqual([3, 0, 1, 2, 4]);
    expect(page.observed.size).toBe(0);
  });

  it('a cancelled chapter never mounts, and the idle loop starts again for chapters that come later', () => {
    const page = fakeHost();
    const mounter = createChapterMounter(page.host);
    page.rest();
    const mounted: number[] = [];
    const [a, b, c] = chapters(3);
    const cancel = mounter.schedule(a!.element, () => mounted.push(0));
    mounter.schedule(b!.element, () => mounted.push(1));
    cancel();
    expect(page.observed.has(a!.element)).toBe(false);
    while (page.idle());
    expect(mounted).toEqual([1]);
    mounter.schedule(c!.element, () => mounted.push(2));
    expect(page.idle()).toBe(true);
    expect(mounted).toEqual([1, 2]);
  });

  it('without IntersectionObserver, idle periods alone mount every chapter', () => {
    // The reader never acts here: without an observer to bring chapters in on scrolling, none waits for that.
    const { page, mounted } = scheduled(3, false);
    while (page.idle());
    expect(mounted).toEqual([0, 1, 2]);
  });

  it('tells a watcher when its element comes onto the screen and leaves it, before and after the chapter mounts', () => {
    const page = fakeHost();
    const mounter = createChapterMounter(page.host);
    page.rest();
    const [a] = chapters(1);
    const seen: boolean[] = [];
    let mounted = 0;
    mounter.schedule(a!.element, () => (mounted += 1));
    const stop = mounter.watchOnScreen(a!.element, (onScreen) => seen.push(onScreen));
    page.onScreen(a!.element, false);
    expect(seen).toEqual([false]);
    // Coming near mounts the chapter; only the screen itself concerns the watcher.
    page.near(a!.element);
    expect(mounted).toBe(1);
    expect(seen).toEqual([false]);
    expect(page.observed.has(a!.element)).toBe(false);
    page.onScreen(a!.element, true);
    page.onScreen(a!.element, false);
    expect(seen).toEqual([false, true, false]);
    stop();
    expect(page.watched.has(a!.element)).toBe(false);
    page.onScreen(a!.element, true);
    expect(seen).toEqual([false, true, false]);
  });

  it('lays a rendered chapter out in a task of its own, without waiting for the mounting of the others', () => {
    const page = fakeHost();
    const mounter = createChapterMounter(page.host);
    page.rest();
    const [a, b, c] = chapters(3);
    mounter.schedule(a!.element, () => undefined);
    mounter.schedule(b!.element, () => undefined);
    expect(page.idle()).toBe(true);
    // Chapter 0 has rendered: it is laid out in the next task, not during its own render, and not after chapter 1's idle period.
    mounter.layOutSoon(a!.element);
    expect(page.laidOut).toEqual([]);
    expect(page.runTasks()).toBe(true);
    expect(page.laidOut).toEqual([a!.element]);
    // A chapter that goes away before its task runs is not laid out.
    const cancel = mounter.layOutSoon(c!.element);
    cancel();
    expect(page.runTasks()).toBe(true);
    while (page.idle());
    expect(page.laidOut).toEqual([a!.element]);
  });

  /** Two chapters waiting to mount, and a piece of other idle work asked for after them. */
  function twoChaptersAndWarmUp() {
    const page = fakeHost();
    const mounter = createChapterMounter(page.host);
    page.rest();
    const done: string[] = [];
    const [a, b] = chapters(2);
    mounter.schedule(a!.element, () => done.push('chapter a'));
    mounter.schedule(b!.element, () => done.push('chapter b'));
    mounter.whenIdle(() => done.push('warm-up'));
    return { page, mounter, done, b: b!.element };
  }

  it('keeps other idle work until every chapter has mounted, then passes it to the idle periods', () => {
    const { page, mounter, done } = twoChaptersAndWarmUp();
    while (page.idle());
    expect(done).toEqual(['chapter a', 'chapter b', 'warm-up']);
    // Once the chapters are in, idle work goes straight to the next idle period.
    mounter.whenIdle(() => done.push('more'));
    expect(page.idle()).toBe(true);
    expect(done.at(-1)).toBe('more');
  });

  it('runs idle work behind a chapter that mounts near the screen before its idle turn', () => {
    const { page, done, b } = twoChaptersAndWarmUp();
    page.near(b);
    while (page.idle());
    expect(done).toEqual(['chapter b', 'chapter a', 'warm-up']);
  });

  it('until the reader has acted and rests, mounts only the chapters near the screen; then the others, in idle periods', () => {
    const { page, mounter, mounted, all } = scheduled(3);
    page.near(all[1]!.element);
    expect(mounted).toEqual([1]);
    // An idle period passes, but the reader has done nothing: nothing far mounts, and the mounter
    // waits for the reader, not for more idle periods.
    expect(page.idle()).toBe(true);
    expect(mounted).toEqual([1]);
    expect(page.idle()).toBe(false);
    page.rest();
    while (page.idle());
    expect(mounted).toEqual([1, 0, 2]);
    // A chapter that registers later mounts without waiting for another act.
    const [late] = chapters(1);
    mounter.schedule(late!.element, () => mounted.push(9));
    while (page.idle());
    expect(mounted).toEqual([1, 0, 2, 9]);
  });

  it('pauses the chapters far away while the reader scrolls, types or drags, and goes on when they are still', () => {
    const { page, mounted, all } = scheduled(4);
    page.rest();
    expect(page.idle()).toBe(true);
    expect(mounted).toEqual([0]);
    // The reader scrolls on: the chapter that comes near mounts at once, the far ones wait, even
    // through an idle period the mounter had already asked for.
    page.move();
    expect(page.idle()).toBe(true);
    expect(mounted).toEqual([0]);
    expect(page.idle()).toBe(false);
    page.near(all[2]!.element);
    expect(mounted).toEqual([0, 2]);
    // Still again: the rest mount in the idle periods that follow, not in the moment the reader stops.
    page.rest();
    expect(mounted).toEqual([0, 2]);
    while (page.idle());
    expect(mounted).toEqual([0, 2, 1, 3]);
  });

  it('keeps idle work until every chapter has mounted, whether the reader brought them near or acted', () => {
    const page = fakeHost();
    const mounter = createChapterMounter(page.host);
    const done: string[] = [];
    const [a, b] = chapters(2);
    mounter.schedule(a!.element, () => done.push('chapter a'));
    mounter.schedule(b!.element, () => done.push('chapter b'));
    mounter.whenIdle(() => done.push('warm-up'));
    page.near(a!.element);
    // Chapter b is still waiting for the reader: the warm-up waits with it.
    while (page.idle());
    expect(done).toEqual(['chapter a']);
    // A tall screen brings the last chapter near without any act: the warm-up may run now.
    page.near(b!.element);
    while (page.idle());
    expect(done).toEqual(['chapter a', 'chapter b', 'warm-up']);
  });

  it('MOUNT_AT_ONCE mounts during schedule, and has no idle time for other work', () => {
    let mounted = false;
    MOUNT_AT_ONCE.schedule({} as Element, () => {
      mounted = true;
    });
    expect(mounted).toBe(true);
    let ran = false;
    MOUNT_AT_ONCE.whenIdle(() => {
      ran = true;
    });
    expect(ran).toBe(false);
  });
});
