import type { AfterPaint, Scheduler } from '../store/index.ts';

/** The browser's clock and animation frames, for the players. */
export const animationFrames: Scheduler = {
  now: () => performance.now(),
  requestFrame(callback) {
    const handle = requestAnimationFrame(callback);
    return () => {
      cancelAnimationFrame(handle);
    };
  },
};

/** The browser's: a task posted from an animation frame callback runs once that frame is painted. */
export const afterNextPaint: AfterPaint = (callback) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
};
