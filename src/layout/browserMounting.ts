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

/** How long the reader must have been still before the page renders a chapter out of their sight. */
const REST_MS = 400;
/**
 * What the reader does to read on: scroll, type, press, touch, drag, change a control; and print.
 * A page printed before any of the others prints the far chapters' placeholders, which ask for a
 * second print; by then the chapters have rendered.
 */
const READER_EVENTS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart', 'touchmove', 'input', 'beforeprint'] as const;
/** Captured on the window, so a scroll inside any element counts too; passive, so no scroll waits for it. */
const listening: AddEventListenerOptions = { capture: true, passive: true };

/** When the reader last acted (performance.now()); null until the first time. */
let lastAct: number | null = null;
let watching = false;
let resting: (() => void)[] = [];
let check: ReturnType<typeof setTimeout> | undefined;

/** Whether the reader has acted at least once and has been still for REST_MS since. */
function readerRests(): boolean {
  return lastAct !== null && performance.now() - lastAct >= REST_MS;
}

function onReaderEvent(event: Event): void {
  // A pointer moving with no button down is a reader pointing at what they read, not acting.
  if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
  lastAct = performance.now();
  checkSoon();
}

/**
 * Starts listening for the reader's acts. The page calls it as its script starts (src/main.tsx):
 * the chapter under the header renders before the first idle moment, and on a busy machine that
 * moment can be seconds away; a key pressed in between must still count.
 */
export function watchTheReader(): void {
  if (watching) return;
  watching = true;
  for (const type of READER_EVENTS) window.addEventListener(type, onReaderEvent, listening);
}

/** Runs the callbacks waiting for the reader to rest once they have acted and been still for REST_MS. */
function checkSoon(): void {
  if (resting.length === 0 || lastAct === null || check !== undefined) return;
  check = setTimeout(
    () => {
      check = undefined;
      if (readerRests()) {
        const callbacks = resting;
        resting = [];
        for (const callback of callbacks) callback();
      } else {
        checkSoon();
      }
    },
    Math.max(0, lastAct + REST_MS - performance.now()),
  );
}

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
  whenReaderRests(callback) {
    watchTheReader();
    if (readerRests()) {
      callback();
      return;
    }
    resting.push(callback);
    checkSoon();
  },
  soon(callback) {
    setTimeout(callback, 0);
  },
  layOut(element) {
    // Reading a box inside a skipped subtree makes the browser lay that subtree out (and keep the result).
    element.firstElementChild?.getBoundingClientRect();
  },
};
