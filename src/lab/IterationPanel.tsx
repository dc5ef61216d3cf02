import { useRef } from 'react';
import { formatExact, formatMoney, formatScientific, iterationAt, LARGEST_DOUBLE } from '../core/index.ts';
import { useOnScreen } from '../layout/useOnScreen.ts';
import { describeError, describeStep, formatGap, sameRun, useTutorialAtRest } from '../store/index.ts';

/** The numbers of the iteration on show: predict, compare, learn. */
export function IterationPanel() {
  const section = useRef<HTMLElement>(null);
  // Below the charts, often out of sight while a slider is dragged: then it catches up when the
  // slider rests. In sight, a new run reaches it a frame after the charts.
  const { run, index } = useTutorialAtRest((s) => s.lab, { live: useOnScreen(section), trailing: true, atOnce: sameRun });
  const it = iterationAt(run, index);
  const { alpha, goal } = run.params;
  return (
    <section ref={section} className="iteration" aria-labelledby="iteration-title">
      <h3 id="iteration-title">Iteration {index}</h3>
      <dl className="iteration__numbers">
        <div>
          <dt>Weight</dt>
          <dd>{formatExact(it.weight)}</dd>
        </div>
        <div>
          <dt>Prediction</dt>
          <dd>{formatMoney(it.prediction)}</dd>
        </div>
        <div>
          <dt>Goal</dt>
          <dd>{formatMoney(goal)}</dd>
        </div>
        <div>
          <dt>Delta</dt>
          <dd>{formatGap(it.delta)}</dd>
        </div>
        <div>
          <dt>Error</dt>
          <dd>{describeError(it)}</dd>
        </div>
        <div>
          <dt>Weight delta</dt>
          <dd>{it.weightDelta === null ? 'too large for a 64-bit float' : formatScientific(it.weightDelta, 4)}</dd>
        </div>
        <div>
          <dt>Next weight</dt>
          <dd>
            {it.newWeight === null ? `overflows: beyond ${LARGEST_DOUBLE}` : formatExact(it.newWeight)}{' '}
            <span className="iteration__step">{describeStep(it)}</span>
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        Next weight = weight − weight delta × {formatScientific(alpha, 3)}.
      </p>
    </section>
  );
}
