import { useId, useMemo, useState } from 'react';
import { FilmsChart, ManyLandscapeChart, MseChart, type LandscapeFilms } from '../../../charts/many/index.ts';
import { bestWeight, meanInputSquare, meanSquaredError } from '../../../core/index.ts';
import { useWidth } from '../../../layout/useWidth.ts';
import { useMany } from './context.ts';

/** The three charts of the films' run, side by side where there is room. */
export function Charts() {
  const id = useId();
  const run = useMany((s) => s.run);
  const index = useMany((s) => s.index);
  const films = useMany((s) => s.data.films);
  const examples = useMany((s) => s.data.examples);
  const [showFilms, setShowFilms] = useState(false);
  const [ref, width] = useWidth(640);
  const landscape = useMemo((): LandscapeFilms | null => {
    if (examples.length === 0) return null;
    const best = bestWeight(examples);
    if (best === null) return null;
    return { examples, best, floor: meanSquaredError(best, examples), meanSquare: meanInputSquare(examples) };
  }, [examples]);
  const half = width >= 720 ? Math.floor((width - 16) / 2) : width;

  if (run === null || landscape === null) return null;
  const weight = run.weights[index] ?? run.params.startWeight;
  const currentFilm = run.examplesUsed === null ? null : (run.examplesUsed[index] ?? null);
  const drawn = Math.min(films.length, 100);

  return (
    <div className="charts many-charts" ref={ref}>
      <FilmsChart
        films={films}
        best={landscape.best}
        weight={weight}
        currentFilm={currentFilm}
        width={width}
        height={width < 480 ? 300 : 380}
      />
      <div className="many-charts__pair">
        <div className="many-charts__landscape" style={{ width: `${half}px` }}>
          <ManyLandscapeChart
            films={landscape}
            weights={run.weights}
            index={index}
            showFilms={showFilms}
            width={half}
          />
          <div className="many-toggle">
            <input
              id={`${id}-parabolas`}
              type="checkbox"
              checked={showFilms}
              onChange={(event) => {
                setShowFilms(event.target.checked);
              }}
            />
            <label htmlFor={`${id}-parabolas`}>Show each film’s parabola</label>
            <p className="field-hint">
              Each film’s own squared error, divided by the number of films: {drawn === films.length ? 'these' : `the first ${drawn}`}{' '}
              curves add up to the mean, and each touches 0 at that film’s own best weight, gross ÷ budget.
            </p>
          </div>
        </div>
        <MseChart run={run} index={index} floor={landscape.floor} width={half} />
      </div>
    </div>
  );
}
