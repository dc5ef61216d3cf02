import type { Scheduler } from '../store/index.ts';

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
