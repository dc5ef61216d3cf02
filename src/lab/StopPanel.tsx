import { memo } from 'react';
import { describeRegime, describeStop, useTutorialTrailing } from '../store/index.ts';

/**
 * Why the run ends, and what r says about the learning rate, in plain words. They trail the
 * charts by a frame while a slider moves (`useTutorialTrailing`). Memoised: the charts beside
 * them render on every step and every frame of play, and the words depend on the run alone.
 */
export const StopPanel = memo(function StopPanel() {
  const run = useTutorialTrailing((s) => s.lab.run);
  const params = useTutorialTrailing((s) => s.lab.params);
  const stop = describeStop(run);
  const regime = describeRegime(params);
  return (
    <div className="verdicts">
      <section className={`verdict verdict--${run.stop.kind}`} aria-labelledby="stop-title">
        <h3 id="stop-title">
          <span className="verdict__kicker">How this run ends:</span> {stop.title}
        </h3>
        <p>{stop.detail}</p>
      </section>
      <section className="verdict verdict--regime" aria-labelledby="regime-title">
        <h3 id="regime-title">
          <span className="verdict__kicker">Why, from <span className="verdict__math">r = 1 − alpha × input²</span>:</span> {regime.title}
        </h3>
        <p>{regime.detail}</p>
      </section>
    </div>
  );
});
