import type { MountingHost } from './chapterMounting.ts';

/** Chapters within one screen height above or below the viewport count as near. */
const NEAR = '100% 0px';
/** The longest a chapter waits for an idle moment; a busy page still fills in within a few seconds. */
const IDLE_TIMEOUT_MS = 1500;

/** The browser's IntersectionObserver and idle callbacks, for the chapter mounter. */
export const browserMounting: MountingHost = {
  observeNearViewport(onChange) {
    if (typeof IntersectionObserver !== 'function') return null;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) onChange(entry.target, entry.isIntersecting);
      },
      { rootMargin: NEAR },
    );
    return observer;
  },
  whenIdle(callback) {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(callback, 50);
    }
  },
};
