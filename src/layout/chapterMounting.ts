import { createContext } from 'react';

/**
 * Decides when each chapter renders. The page's own HTML already holds the header and a
 * placeholder for every chapter (prerendered at build time); rendering all nine chapters at once
 * would be the page's longest task, so the browser's mounter renders the chapters near the
 * screen first and the rest one at a time while the browser is idle.
 */
export interface ChapterMounter {
  /** Calls `mount` once, when the chapter whose placeholder is `placeholder` should render. Returns a cancel function. */
  schedule(placeholder: Element, mount: () => void): () => void;
  /**
   * Calls `onChange(false)` when `element` moves more than a screen away from the viewport and
   * `onChange(true)` when it comes back; until the first call, it counts as near. Returns a
   * cancel function.
   */
  watchNear(element: Element, onChange: (near: boolean) => void): () => void;
}

/** Renders every chapter as soon as its placeholder is on the page, and treats every chapter as near (component tests, server rendering). */
export const MOUNT_AT_ONCE: ChapterMounter = {
  schedule(_placeholder, mount) {
    mount();
    return () => undefined;
  },
  watchNear() {
    return () => undefined;
  },
};

/** Whether the chapter around a component is within about a screen of the viewport. */
export const NearScreenContext = createContext(true);

export const ChapterMounterContext = createContext<ChapterMounter>(MOUNT_AT_ONCE);

/** What the browser mounter needs from the page; injected so that it can be tested with fakes. */
export interface MountingHost {
  /** Calls `onChange` for each observed element that comes within about a screen of the viewport (true) or leaves it (false). */
  observeNearViewport(
    onChange: (element: Element, near: boolean) => void,
  ): { observe(element: Element): void; unobserve(element: Element): void } | null;
  /** Runs `callback` when the browser has time to spare (or after a short while if it never does). */
  whenIdle(callback: () => void): void;
}

/**
 * Mounts chapters near the viewport at once (the reader is about to see them), and the others in
 * page order, one per idle period, so the reader never scrolls into an empty chapter and the
 * start of the page stays free of long tasks.
 */
export function createChapterMounter(host: MountingHost): ChapterMounter {
  // A Map keeps insertion order: the placeholders register in page order.
  const waiting = new Map<Element, () => void>();
  const watchers = new Map<Element, (near: boolean) => void>();
  let idleLoopRunning = false;

  const stopObserving = (element: Element): void => {
    if (!waiting.has(element) && !watchers.has(element)) observer?.unobserve(element);
  };
  const mountNow = (element: Element): void => {
    const mount = waiting.get(element);
    if (mount === undefined) return;
    waiting.delete(element);
    stopObserving(element);
    mount();
  };
  const observer = host.observeNearViewport((element, near) => {
    watchers.get(element)?.(near);
    if (near) mountNow(element);
  });

  const mountNextWhenIdle = (): void => {
    host.whenIdle(() => {
      const next = waiting.keys().next();
      if (next.done === true) {
        idleLoopRunning = false;
        return;
      }
      mountNow(next.value);
      mountNextWhenIdle();
    });
  };

  return {
    schedule(placeholder, mount) {
      waiting.set(placeholder, mount);
      observer?.observe(placeholder);
      if (!idleLoopRunning) {
        idleLoopRunning = true;
        mountNextWhenIdle();
      }
      return () => {
        waiting.delete(placeholder);
        stopObserving(placeholder);
      };
    },
    watchNear(element, onChange) {
      watchers.set(element, onChange);
      observer?.observe(element);
      return () => {
        watchers.delete(element);
        stopObserving(element);
      };
    },
  };
}
