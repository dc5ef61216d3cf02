import { iterationAt } from '../core/index.ts';
import { announceIteration, describeStop, sameRun, useTutorialAtRest } from '../store/index.ts';

/**
 * A polite live region that reads out each step. While playing faster than one step a second
 * it stays quiet (a screen reader cannot keep up), and speaks again when playback stops. A
 * slider being dragged makes a new run with every event: it speaks once the slider rests.
 */
export function Announcer() {
  const { run, index, playing, speed } = useTutorialAtRest((s) => s.lab, { atOnce: sameRun });
  const quiet = playing && speed > 1;
  const atEnd = index === run.length - 1;
  const message = quiet
    ? ''
    : `${announceIteration(iterationAt(run, index))}${atEnd ? ` ${describeStop(run).title}.` : ''}`;
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
