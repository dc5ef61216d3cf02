import type { Run } from '../core/index.ts';

/** What every chart of the training lab takes. */
export interface ChartProps {
  /** The whole run, computed ahead; the reader steps through it. */
  readonly run: Run;
  /** The iteration the reader is at (0 to `run.length - 1`; kept inside the run). */
  readonly index: number;
  /** The width to lay the chart out for, in CSS pixels (320 to ~900). */
  readonly width: number;
  /** The height in CSS pixels; by default 220 on narrow screens, else 280. */
  readonly height?: number;
  /**
   * Whether the current point, read-out and fade glide when the iteration moves within the run
   * (by default they do). Off, they jump, as they do for a new run.
   */
  readonly glide?: boolean;
}
