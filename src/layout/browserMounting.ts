import type { MountingHost, Observer } from './chapterMounting.ts';

/** Chapters within one screen height above or below the viewport count as near. */
const NEAR = '100% 0px';
/** The longest a chapter waits for an idle moment; a busy page still fills in within a few seconds. */
const IDLE_TIMEOUT_MS = 1500;

function observeViewport(rootMargin: string, onChange: (element: Element, intersecting: boolean) => void): Observer | null {
  if (typeof IntersectionObserver !== 'function') return null;
  return new IntersectionObserver(
    (entries) => {
      for (const entry of entries) onChange(entry.target, entry.isIntersecting);
    },
    { rootMargin },
  );
}

/** Captured on the window, so a scroll inside any element counts too; passive, so no scroll waits for it. */
const listening: AddEventListenerOptions = { capture: true, passive: true };

/** The browser's IntersectionObserver and idle callbacks, for the chapter mounter. */
export const browserMounting: MountingHost = {
  observeNearViewport: (onChange) => observeViewport(NEAR, onChange),
  observeOnScreen: (onChange) => observeViewport('0px', onChange),
  whenIdle(callback) {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(callback, 50);
    }
  },
  whenReaderActs(callback) {
    const events = ['scroll', 'wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    const act = () => {
      for (const type of events) window.removeEventListener(type, act, listening);
      callback();
    };
    for (const type of events) window.addEventListener(type, act, listening);
  },
  soon(callback) {
    setTimeout(callback, 0);
  },
  layOut(element) {
    // Reading a box inside a skipped subtree makes the browser lay that subtree out (and keep the result).
    element.firstElementChild?.getBoundingClientRect();
  },
};
