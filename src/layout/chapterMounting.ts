import { createContext } from 'react';

/**
 * Decides when each chapter renders. The page's own HTML already holds the header and a
 * placeholder for every chapter (prerendered at build time); rendering all nine chapters at once
 * would be the page's longest task, so the browser's mounter renders the chapters near the
 * screen first, and the rest one at a time while the browser is idle, once the reader has
 * scrolled, pressed a key or touched the page.
 */
export interface ChapterMounter {
  /** Calls `mount` once, when the chapter whose placeholder is `placeholder` should render. Returns a cancel function. */
  schedule(placeholder: Element, mount: () => void): () => void;
  /**
   * Calls `onChange(true)` when any part of `element` comes onto the screen and `onChange(false)`
   * when it leaves; until the first call, it counts as on the screen. Returns a cancel function.
   */
  watchOnScreen(element: Element, onChange: (onScreen: boolean) => void): () => void;
  /**
   * Lays out the chapter body `body` in a task of its own, right after its chapter has rendered.
   * A chapter far from the screen is skipped (`content-visibility: auto`) until it comes near; but
   * about 100 ms after text boxes appear, Chrome's autofill reads them, and that lays out every
   * skipped chapter holding one in a single task, the longest of the page's start
   * (docs/PERFORMANCE.md, fifth pass). Laid out as each one renders, the same work comes in short
   * pieces, and autofill finds it done. Returns a cancel function.
   */
  layOutSoon(body: Element): () => void;
  /**
   * Runs `callback` once every chapter has rendered and the browser has time to spare, for work
   * that only makes later work faster (see the lab's warm-up): done while chapters still render,
   * it lengthened the page's start (docs/PERFORMANCE.md, sixth pass). Component tests and server
   * rendering have no such time: there it never runs.
   */
  whenIdle(callback: () => void): void;
}

const nothingToCancel = () => undefined;

/** Renders every chapter as soon as its placeholder is on the page, and treats everything as on the screen (component tests, server rendering). */
export const MOUNT_AT_ONCE: ChapterMounter = {
  schedule(_placeholder, mount) {
    mount();
    return nothingToCancel;
  },
  watchOnScreen() {
    return nothingToCancel;
  },
  layOutSoon() {
    return nothingToCancel;
  },
  whenIdle() {
    // Nothing to make faster here.
  },
};

/**
 * Whether any part of the chapter around a component is on the screen. A chapter off the screen
 * need not redraw for every event of a lab slider's drag (see `useTutorialAtRest`).
 */
export const OnScreenContext = createContext(true);

export const ChapterMounterContext = createContext<ChapterMounter>(MOUNT_AT_ONCE);

/** Elements whose place relative to the viewport is being watched. */
export interface Observer {
  observe(element: Element): void;
  unobserve(element: Element): void;
}

/** What the browser mounter needs from the page; injected so that it can be tested with fakes. */
export interface MountingHost {
  /** Calls `onChange` for each observed element that comes within about a screen of the viewport (true) or leaves it (false). */
  observeNearViewport(onChange: (element: Element, near: boolean) => void): Observer | null;
  /** Calls `onChange` for each observed element that comes onto the screen (true) or leaves it (false). */
  observeOnScreen(onChange: (element: Element, onScreen: boolean) => void): Observer | null;
  /** Runs `callback` when the browser has time to spare (or after a short while if it never does). */
  whenIdle(callback: () => void): void;
  /**
   * Runs `callback` once the reader has scrolled, pressed a key, or touched or clicked the page at
   * least once, and has since been still for a moment (not scrolling, typing or dragging): at
   * once, before returning, if that is so already.
   */
  whenReaderRests(callback: () => void): void;
  /** Runs `callback` in a task of its own, as soon as the tasks already waiting have run. */
  soon(callback: () => void): void;
  /** Lays out what `element` holds now, even where the browser would skip it for being far from the screen. */
  layOut(element: Element): void;
}

/**
 * Mounts chapters near the viewport at once (the reader is about to see them). The others wait
 * until the reader has scrolled, pressed a key or touched the page, and then mount in page order,
 * one per idle period while the reader is still, so that they are ready before the reader gets
 * there and are not rendered in the middle of a scroll or a drag. A page that is opened and left
 * never renders the chapters far below, and its start stays free of long tasks
 * (docs/PERFORMANCE.md, eleventh pass).
 */
export function createChapterMounter(host: MountingHost): ChapterMounter {
  // A Map keeps insertion order: the placeholders register in page order.
  const waiting = new Map<Element, () => void>();
  const watchers = new Map<Element, (onScreen: boolean) => void>();
  let loopRunning = false;
  // Idle work waiting for the last chapter to mount.
  let afterMounting: (() => void)[] = [];

  /** Once no chapter is waiting, hands the idle work kept for that moment to the idle periods. */
  const settle = (): void => {
    if (waiting.size > 0) return;
    const callbacks = afterMounting;
    afterMounting = [];
    for (const callback of callbacks) host.whenIdle(callback);
  };
  const mountNow = (element: Element): void => {
    const mount = waiting.get(element);
    if (mount === undefined) return;
    waiting.delete(element);
    near?.unobserve(element);
    mount();
    settle();
  };
  const near = host.observeNearViewport((element, isNear) => {
    if (isNear) mountNow(element);
  });
  const onScreen = host.observeOnScreen((element, isOnScreen) => {
    watchers.get(element)?.(isOnScreen);
  });

  // Without an observer nothing would bring a chapter in as the reader scrolls to it: then every
  // chapter mounts in the idle periods from the start.
  const whenReaderRests = (callback: () => void): void => {
    if (near === null) callback();
    else host.whenReaderRests(callback);
  };
  /** Mounts the next waiting chapter in an idle period in which the reader is still; else waits for both again. */
  const mountNextWhenReady = (): void => {
    host.whenIdle(() => {
      if (waiting.size === 0) {
        loopRunning = false;
        return;
      }
      let inThisIdlePeriod = true;
      whenReaderRests(() => {
        const next = waiting.keys().next();
        if (inThisIdlePeriod && next.done !== true) mountNow(next.value);
        mountNextWhenReady();
      });
      inThisIdlePeriod = false;
    });
  };
  const startLoop = (): void => {
    if (loopRunning || waiting.size === 0) return;
    loopRunning = true;
    mountNextWhenReady();
  };

  return {
    schedule(placeholder, mount) {
      waiting.set(placeholder, mount);
      near?.observe(placeholder);
      startLoop();
      return () => {
        waiting.delete(placeholder);
        near?.unobserve(placeholder);
        settle();
      };
    },
    watchOnScreen(element, onChange) {
      watchers.set(element, onChange);
      onScreen?.observe(element);
      return () => {
        watchers.delete(element);
        onScreen?.unobserve(element);
      };
    },
    layOutSoon(body) {
      let cancelled = false;
      host.soon(() => {
        if (!cancelled) host.layOut(body);
      });
      return () => {
        cancelled = true;
      };
    },
    whenIdle(callback) {
      afterMounting.push(callback);
      settle();
    },
  };
}
