import { formatExact, formatScientific, iterationManyAt, LARGEST_DOUBLE } from '../../../core/index.ts';
import { useMany } from './context.ts';
import { formatMillions, formatMse } from './describe.ts';

/** The numbers of the iteration on show: the weight, the error over all films, and the update. */
export function IterationPanel() {
  const run = useMany((s) => s.run);
  const index = useMany((s) => s.index);
  const films = useMany((s) => s.data.films);
  if (run === null) return null;
  const it = iterationManyAt(run, index);
  const film = it.example === null ? null : films[it.example.index];
  const typical = it.meanSquaredError === null ? null : Math.sqrt(it.meanSquaredError);
  return (
    <section className="iteration" aria-label={`The films’ iteration ${index}`}>
      <h3>Iteration {index}</h3>
      <dl className="iteration__numbers">
        <div>
          <dt>Weight</dt>
          <dd>{formatExact(it.weight)}</dd>
        </div>
        <div>
          <dt>Mean squared error</dt>
          <dd>{formatMse(it.meanSquaredError)}</dd>
        </div>
        <div>
          <dt>Typical miss (its square root)</dt>
          <dd>{typical === null ? 'too large to show' : formatMillions(typical)}</dd>
        </div>
        <div>
          <dt>Mean weight delta</dt>
          <dd>{it.meanWeightDelta === null ? 'too large for a 64-bit float' : formatScientific(it.meanWeightDelta, 4)}</dd>
        </div>
        {it.example !== null && (
          <>
            <div>
              <dt>This update learns from</dt>
              <dd>{film?.title ?? '—'}</dd>
            </div>
            <div>
              <dt>Its prediction and delta</dt>
              <dd>
                {formatMillions(it.example.prediction)}, off by {formatMillions(it.example.delta)}
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>Weight delta used</dt>
          <dd>{it.weightDelta === null ? 'too large for a 64-bit float' : formatScientific(it.weightDelta, 4)}</dd>
        </div>
        <div>
          <dt>Next weight</dt>
          <dd>
            {index === run.length - 1 && run.stop.kind !== 'diverged'
              ? 'none: the run stops here'
              : it.newWeight === null
                ? `overflows: beyond ${LARGEST_DOUBLE}`
                : formatExact(it.newWeight)}
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        Next weight = weight − weight delta × {formatScientific(run.params.alpha, 3)}
        {it.example === null ? ', where the weight delta is the mean over all films.' : ', with the weight delta of one film.'}
      </p>
    </section>
  );
}
