import { iterationManyAt } from '../../../core/index.ts';
import { useMany } from './context.ts';
import { announceManyIteration, describeManyStop } from './describe.ts';

/**
 * A polite live region that reads out each step of the films' run. While playing faster than
 * one step a second it stays quiet, and speaks again when playback stops.
 */
export function Announcer() {
  const run = useMany((s) => s.run);
  const index = useMany((s) => s.index);
  const playing = useMany((s) => s.playing);
  const speed = useMany((s) => s.speed);
  const films = useMany((s) => s.data.films);
  const quiet = playing && speed > 1;
  const message =
    run === null || quiet
      ? ''
      : `${announceManyIteration(iterationManyAt(run, index), films)}${index === run.length - 1 ? ` ${describeManyStop(run).title}.` : ''}`;
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
