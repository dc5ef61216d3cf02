import type { ReactNode } from 'react';
import { labChartGeometry } from '../charts/labChartGeometry.ts';
import type { TrainingParams } from '../core/index.ts';
import type { ChapterMounter } from '../layout/chapterMounting.ts';
import { PRESETS, createLab, specFor, type LabState, type Store, type TutorialState } from '../store/index.ts';
import { rehearse } from './rehearsal.tsx';

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
 * sixth pass). Calls `done` after the last setting. Returns a function that cancels the settings
 * not yet computed.
 */
export function warmUpWhenIdle(
  lab: Pick<LabState, 'params' | 'tolerance'>,
  idle: Pick<ChapterMounter, 'whenIdle'>,
  done?: () => void,
): () => void {
  const settings = warmUpSettings(lab.params);
  let next = 0;
  let cancelled = false;
  const step = () => {
    const params = settings[next];
    if (cancelled || params === undefined) return;
    next += 1;
    const { run } = createLab(params, lab.tolerance);
    // At the width the lab's charts have before they are measured: the geometry's code is the same at any width.
    labChartGeometry(run, run.length - 1, 640);
    if (next < settings.length) idle.whenIdle(step);
    else done?.();
  };
  idle.whenIdle(step);
  return () => {
    cancelled = true;
  };
}

/**
 * Warms the lab up while the page is idle (the mounter runs idle work once every chapter has
 * rendered): first its computations (`warmUpWhenIdle`), then a rehearsal of slider events on a
 * copy of the lab, `lab`, that never joins the page (`rehearse`), starting from the store's state.
 * Both stop at the reader's first change to the lab: from then on the reader's own events run
 * that code, and a rehearsal step would only take time from the frames answering them. Returns a
 * function that stops both.
 */
export function warmUpLab(
  store: Pick<Store<TutorialState>, 'getState' | 'subscribe'>,
  idle: Pick<ChapterMounter, 'whenIdle'>,
  lab: ReactNode,
): () => void {
  const state = store.getState();
  let stopped = false;
  let stopRehearsal: (() => void) | null = null;
  const cancelWarmUp = warmUpWhenIdle(state.lab, idle, () => {
    stopRehearsal = rehearse(lab, state, idle);
  });
  const unsubscribe = store.subscribe(() => {
    if (store.getState().lab !== state.lab) stop();
  });
  function stop() {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    cancelWarmUp();
    stopRehearsal?.();
  }
  return stop;
}
