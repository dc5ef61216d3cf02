import { useContext, useId, useMemo, useState } from 'react';
import { WeightChart } from '../../charts/WeightChart.tsx';
import { OnScreenContext } from '../../layout/chapterMounting.ts';
import {
  checkParams,
  finalWeight,
  formatExact,
  formatFactorEquation,
  formatNumber,
  regimeOf,
  train,
  updatesMade,
  type TrainingParams,
} from '../../core/index.ts';
import { useWidth } from '../../layout/useWidth.ts';
import { Formula, N, O, Squared, V } from '../../math/Formula.tsx';
import { describeStop, useTutorialAtRest } from '../../store/index.ts';

/** Units money can be measured in, and how many dollars each is. */
const UNITS = [
  { id: 'dollars', label: 'dollars', dollars: 1 },
  { id: 'thousands', label: 'thousands of dollars', dollars: 1e3 },
  { id: 'millions', label: 'millions of dollars', dollars: 1e6 },
] as const;
type Unit = (typeof UNITS)[number];

/** The lab's example with money in another unit; the weight, a ratio of money to money, is unchanged. */
function inUnits(params: TrainingParams, unit: Unit, alpha: number): TrainingParams {
  return { ...params, input: params.input / unit.dollars, goal: params.goal / unit.dollars, alpha };
}

/** Why the article needs a learning rate as small as 1e-11, and what changes when money is measured in millions. */
export function Scaling() {
  const id = useId();
  // Out of sight while the reader drags the lab's sliders, this chapter catches up once they let
  // go; on the screen, it follows a frame behind the lab's charts. Not `useDeferredValue`: its
  // deferred lane, 2³⁰, is the one lane V8 cannot keep as a small integer, so the first fiber made
  // in such a render changed the shape of every fiber and threw away about 90 of React's compiled
  // functions in the middle of the reader's first drag (docs/PERFORMANCE.md, thirteenth pass).
  const onScreen = useContext(OnScreenContext);
  const lab = useTutorialAtRest((s) => s.lab.params, { live: onScreen, trailing: true });
  const [unitId, setUnitId] = useState<Unit['id']>('millions');
  const unit = UNITS.find((u) => u.id === unitId) ?? UNITS[0];
  // The same r needs alpha scaled by the square of the unit: (input / k)² · (alpha · k²) = input² · alpha.
  const rescaled = inUnits(lab, unit, lab.alpha * unit.dollars * unit.dollars);
  const unchanged = inUnits(lab, unit, lab.alpha);
  const input = rescaled.input;
  const { oneStepAlpha, edgeAlpha } = regimeOf(1, input);

  return (
    <>
      <p>
        The article’s learning rate, 1.0&nbsp;×&nbsp;10⁻¹¹, looks like a magic number. It is not: it comes from the size of the input.
        Each update multiplies the gap between prediction and goal by
      </p>
      <Formula block label="r = 1 − α × input squared">
        <V>r</V>
        <O>=</O>
        <N>1</N>
        <O>−</O>
        <V>α</V>
        <O>×</O>
        <Squared>
          <V>input</V>
        </Squared>
      </Formula>
      <p>
        and training only settles when r lies between −1 and 1, which needs alpha below 2 / input². A budget of 200,000 dollars
        squared is 4&nbsp;×&nbsp;10¹⁰, so alpha has to be tiny. Measure the same money in millions and the budget is 0.2: its square is
        0.04, and a learning rate around 1 becomes sensible. Nothing about the film changed, only the unit, so the right
        learning rate scales with 1 / input². This is why inputs are usually <em>normalised</em> to a similar, modest scale
        before training.
      </p>
      <fieldset className="units">
        <legend>Measure the lab’s example in</legend>
        {UNITS.map((u) => (
          <label key={u.id} className="units__choice">
            <input
              type="radio"
              name={`${id}-unit`}
              value={u.id}
              checked={u.id === unit.id}
              onChange={() => {
                setUnitId(u.id);
              }}
            />{' '}
            {u.label}
          </label>
        ))}
      </fieldset>
      <p>
        In {unit.label} the budget is <strong>{formatExact(input)}</strong> and the gross{' '}
        <strong>{formatExact(rescaled.goal)}</strong>. One update reaches the goal at alpha ={' '}
        <strong>{oneStepAlpha === null ? '—' : formatNumber(oneStepAlpha, 3)}</strong>, and anything above{' '}
        <strong>{edgeAlpha === null ? '—' : formatNumber(edgeAlpha, 3)}</strong> diverges. Below, the lab’s run (learning
        rate {formatNumber(lab.alpha, 3)} in dollars) is repeated in {unit.label}, once with the learning rate rescaled and
        once without.
      </p>
      <div className="comparison">
        <ScaledRun title={`Alpha rescaled by ${formatNumber(unit.dollars, 7)}²`} params={rescaled} />
        <ScaledRun title="Alpha left as it was in dollars" params={unchanged} />
      </div>
    </>
  );
}

function ScaledRun({ title, params }: { title: string; params: TrainingParams }) {
  const [ref, width] = useWidth(320);
  // Rescaling can push an already extreme learning rate past the largest double.
  const { input, goal, alpha, startWeight } = params;
  const outcome = useMemo(() => {
    const settings = { input, goal, alpha, startWeight };
    const [problem] = checkParams(settings);
    return problem ? { problem } : { run: train(settings, { maxUpdates: 20_000 }) };
  }, [input, goal, alpha, startWeight]);
  if (outcome.problem) {
    return (
      <section className="comparison__item" aria-label={title}>
        <h3>{title}</h3>
        <p>This run cannot be made: {outcome.problem.message.toLowerCase()} Choose a smaller learning rate in the lab.</p>
      </section>
    );
  }
  const { run } = outcome;
  const stop = describeStop(run);
  const { r } = regimeOf(params.alpha, params.input);
  return (
    <section className="comparison__item" ref={ref} aria-label={title}>
      <h3>{title}</h3>
      <p>
        alpha = <strong>{formatNumber(params.alpha, 3)}</strong>, <strong>{formatFactorEquation('r', r)}</strong>.{' '}
        <strong>{stop.title}</strong>: {formatNumber(updatesMade(run), 21)} updates, final weight{' '}
        {formatExact(finalWeight(run))}.
      </p>
      <WeightChart run={run} index={run.length - 1} width={width} height={180} titleContext={title.toLowerCase()} />
    </section>
  );
}
