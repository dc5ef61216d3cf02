import { iterationAt } from '../core/index.ts';
import { announceIteration, describeStop, useTutorial } from '../store/index.ts';

/**
 * A polite live region that reads out each step. While playing faster than one step a second
 * it stays quiet (a screen reader cannot keep up), and speaks again when playback stops.
 */
export function Announcer() {
  const run = useTutorial((s) => s.lab.run);
  const index = useTutorial((s) => s.lab.index);
  const playing = useTutorial((s) => s.lab.playing);
  const speed = useTutorial((s) => s.lab.speed);
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
