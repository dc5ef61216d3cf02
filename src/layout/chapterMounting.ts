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
}

/** Renders every chapter as soon as its placeholder is on the page (component tests, server rendering). */
export const MOUNT_AT_ONCE: ChapterMounter = {
  schedule(_placeholder, mount) {
    mount();
    return () => undefined;
  },
};

export const ChapterMounterContext = createContext<ChapterMounter>(MOUNT_AT_ONCE);

/** What the browser mounter needs from the page; injected so that it can be tested with fakes. */
export interface MountingHost {
  /** Calls `onNear` with each observed element that comes within about a screen of the viewport. */
  observeNearViewport(onNear: (element: Element) => void): { observe(element: Element): void; unobserve(element: Element): void } | null;
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
  let idleLoopRunning = false;

  const mountNow = (element: Element): void => {
    const mount = waiting.get(element);
    if (mount === undefined) return;
    waiting.delete(element);
    observer?.unobserve(element);
    mount();
  };
  const observer = host.observeNearViewport(mountNow);

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
        observer?.unobserve(placeholder);
      };
    },
  };
}
