import { labChartGeometry } from '../charts/labChartGeometry.ts';
import type { TrainingParams } from '../core/index.ts';
import type { ChapterMounter } from '../layout/chapterMounting.ts';
import { PRESETS, createLab, specFor, type LabState } from '../store/index.ts';

/**
 * The settings the lab computes ahead of the reader: the presets, which between them end in
 * every way a run can end (exactly, one step, overshooting, bouncing, overflowing, stuck), and
 * both ends of the learning-rate slider for the lab's example (thousands of updates at one end,
 * an overflow within a few at the other), and a rate that runs until the iteration cap.
 */
export function warmUpSettings(params: TrainingParams): TrainingParams[] {
  const { input, goal, startWeight } = params;
  const range = specFor('alpha').slider?.({ input, goal });
  // A hundredth of the slider's least (typed into its box) runs until the iteration cap: the longest loops.
  const ends = range ? [range.min, range.max, range.min / 100].map((alpha) => ({ ...params, alpha })) : [];
  return [...PRESETS.map((preset) => ({ ...preset.params, input, goal, startWeight })), ...ends];
}

/**
 * Trains each setting's run and computes the lab charts' geometry for it, one setting per idle
 * moment, and then stops; nothing is drawn and nothing is kept. A JavaScript engine compiles a
 * function well only once it has run it, and runs it slowly until then: without this, the
 * reader's first slider event ran the training and the charts' loops over thousands of
 * iterations uncompiled, and cost about 2 ms more than the events after it (docs/PERFORMANCE.md,
 * sixth pass). Returns a function that cancels the settings not yet computed.
 */
export function warmUpWhenIdle(
  lab: Pick<LabState, 'params' | 'tolerance'>,
  idle: Pick<ChapterMounter, 'whenIdle'>,
  width = 640,
): () => void {
  const settings = warmUpSettings(lab.params);
  let next = 0;
  let cancelled = false;
  const step = () => {
    const params = settings[next];
    if (cancelled || params === undefined) return;
    next += 1;
    const { run } = createLab(params, lab.tolerance);
    labChartGeometry(run, run.length - 1, width);
    if (next < settings.length) idle.whenIdle(step);
  };
  idle.whenIdle(step);
  return () => {
    cancelled = true;
  };
}

/**
 * Starts `warmUpWhenIdle` once any part of `element` (the lab) comes onto the screen, and not
 * before: the work is for readers who reach the lab, and it stays out of the page's start, where
 * the chapters are still rendering. Returns a function that cancels the watch or the warm-up.
 */
export function warmUpOnSight(
  element: Element,
  lab: Pick<LabState, 'params' | 'tolerance'>,
  mounter: Pick<ChapterMounter, 'whenIdle' | 'watchOnScreen'>,
  width?: number,
): () => void {
  let cancelWarmUp: (() => void) | null = null;
  const stopWatching = mounter.watchOnScreen(element, (onScreen) => {
    if (!onScreen || cancelWarmUp !== null) return;
    cancelWarmUp = warmUpWhenIdle(lab, mounter, width);
  });
  return () => {
    stopWatching();
    cancelWarmUp?.();
  };
}
