import { useId } from 'react';
import { useMany } from './context.ts';
import { describeManyRegime, describeManyStop, stopTone } from './describe.ts';

const TONE_CLASS = { good: 'verdict--exact', warning: 'verdict--stalled', failure: 'verdict--diverged' } as const;

/** How the films' run ends, and what the learning rate does on these films, in plain words. */
export function StopPanel() {
  const id = useId();
  const run = useMany((s) => s.run);
  const films = useMany((s) => s.data.films);
  const alpha = useMany((s) => s.settings.alpha);
  const mode = useMany((s) => s.settings.mode);
  if (run === null) return null;
  const stop = describeManyStop(run);
  const regime = describeManyRegime(alpha, films, mode);
  const formula = mode === 'batch' ? 'r = 1 − alpha × mean(budget²)' : 'r = 1 − alpha × budget², film by film';
  return (
    <div className="verdicts">
      <section className={`verdict ${TONE_CLASS[stopTone(run)]}`} aria-labelledby={`${id}-stop`}>
        <h3 id={`${id}-stop`}>
          <span className="verdict__kicker">How the films’ run ends:</span> {stop.title}
        </h3>
        <p>{stop.detail}</p>
      </section>
      <section className="verdict verdict--regime" aria-labelledby={`${id}-regime`}>
        <h3 id={`${id}-regime`}>
          <span className="verdict__kicker">Why, from <span className="verdict__math">{formula}</span>:</span> {regime.title}
        </h3>
        <p>{regime.detail}</p>
      </section>
    </div>
  );
}
