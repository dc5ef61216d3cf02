import { formatExact, formatMoney, formatScientific, iterationAt } from '../core/index.ts';
import { describeError, formatGap, useTutorial } from '../store/index.ts';

/** The numbers of the iteration on show: predict, compare, learn. */
export function IterationPanel() {
  const run = useTutorial((s) => s.lab.run);
  const index = useTutorial((s) => s.lab.index);
  const it = iterationAt(run, index);
  const { alpha, goal } = run.params;
  const isLast = index === run.length - 1;
  return (
    <section className="iteration" aria-labelledby="iteration-title">
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
            {it.newWeight === null
              ? 'overflows: beyond 1.8 × 10³⁰⁸'
              : `${formatExact(it.newWeight)}${isLast && it.delta === 0 ? ' (unchanged: delta is 0)' : ''}`}
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        Next weight = weight − weight delta × {formatScientific(alpha, 3)}.
      </p>
    </section>
  );
}
