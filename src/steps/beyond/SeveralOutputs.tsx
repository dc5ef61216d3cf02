import { useEffect, useMemo, useState } from 'react';
import {
  dollarSign,
  FILMS_CREDIT,
  formatFactorEquation,
  formatNumber,
  formatScientific,
  updatesMadeMany,
  type ManyRun,
} from '../../core/index.ts';
import { useWidth } from '../../layout/useWidth.ts';
import { Formula, O, T, V } from '../../math/Formula.tsx';
import { createStore, type Scheduler, type Store } from '../../store/index.ts';
import { IterationChart } from './several/IterationChart.tsx';
import {
  OUTPUTS_CURVATURE,
  OUTPUTS_EDGE,
  OUTPUTS_ONE_STEP,
  aloneRun,
  bestOutputWeights,
  createOutputsState,
  sameWeights,
  setDoubled,
  setOutputsAlpha,
  type OutputsChange,
  type OutputsState,
} from './several/outputsState.ts';
import { animationFrames } from '../../layout/animationFrames.ts';
import { createPlaybackPlayer, type Playback, type PlaybackLens } from './several/playback.ts';
import { PlaybackControls } from './several/PlaybackControls.tsx';
import { RateControl, rateRange } from './several/RateControl.tsx';
import { useStoreValue } from './several/useStoreValue.ts';
import './several/several.css';

const LENS: PlaybackLens<OutputsState> = {
  get: (state) => state.playback,
  set: (state, playback) => (playback === state.playback ? state : { ...state, playback }),
};

const OUTPUT_LABELS = ['Worldwide gross', 'Domestic gross'] as const;

/** Millions of dollars, the sign before the dollar: "−$2.61 × 10³⁰⁵M". */
const millions = (value: number): string => `${dollarSign(value < 0)}${formatNumber(Math.abs(value), 3)}M`;

const count = (n: number, noun: string): string => `${formatNumber(n, 21)} ${noun}${n === 1 ? '' : 's'}`;

/** How one output's run ended, as a phrase: "reached its best weight exactly after 21 updates". */
export function outputStopPhrase(run: ManyRun, best: number | null): string {
  const updates = count(updatesMadeMany(run), 'update');
  const final = run.weights[run.length - 1] ?? 0;
  const near = best !== null && Math.abs(final - best) <= 1e-9 * Math.max(1, Math.abs(best));
  switch (run.stop.kind) {
    case 'converged':
      return `reached its best weight exactly after ${updates}`;
    case 'tolerance':
      return `came within the tolerance after ${updates}`;
    case 'stalled':
      return run.params.alpha === 0
        ? 'never moved, because the learning rate is 0'
        : `settled after ${updates}, its corrections too small to change it${near ? '' : ', short of its best weight'}`;
    case 'cycle':
      return near
        ? `ended flipping between two neighbouring 64-bit numbers next to its best weight, after ${updates}`
        : `bounces forever between ${count(run.stop.period, 'weight')}`;
    case 'diverged':
      return run.params.alpha < 0 ? 'diverged: a negative learning rate steps uphill' : 'diverged: the learning rate is above the edge';
    case 'cap':
      return `stopped at the cap of ${updates}`;
  }
}

/**
 * Beyond the article: one input predicting two outputs, worldwide and domestic gross, with a
 * weight for each. The two weights are trained together, yet each learns exactly as it would alone.
 */
export function SeveralOutputs({ scheduler = animationFrames }: { readonly scheduler?: Scheduler } = {}) {
  const [store] = useState(() => createStore<OutputsState>(createOutputsState()));
  useEffect(() => createPlaybackPlayer(store, scheduler, LENS), [store, scheduler]);
  return (
    <div className="several">
      <p>
        Now turn it round: one input, the budget, and two things to predict, the worldwide gross and the domestic gross (US
        and Canada). The model gets one weight per output:
      </p>
      <div className="several-formulas">
        <Formula block label="worldwide = budget × weight 1">
          <T>worldwide</T>
          <O>=</O>
          <T>budget</T>
          <O>×</O>
          <V>w₁</V>
        </Formula>
        <Formula block label="domestic = budget × weight 2">
          <T>domestic</T>
          <O>=</O>
          <T>budget</T>
          <O>×</O>
          <V>w₂</V>
        </Formula>
      </div>
      <p>
        The error of the worldwide prediction depends on the worldwide weight alone, so its correction does too: the domestic
        weight never enters it. Training both weights together is two one-weight trainings side by side, sharing only the input
        and the learning rate. Below, both start at 0 and learn from the twenty films, budgets and grosses in millions of
        dollars.
      </p>
      <OutputsSettings store={store} />
      <OutputsPlayback store={store} />
      <OutputsCharts store={store} />
      <OutputsAnnouncer store={store} />
      <Independence store={store} />
      <p className="several-credit">{FILMS_CREDIT}</p>
    </div>
  );
}

type Props = { readonly store: Store<OutputsState> };

function committer(store: Store<OutputsState>) {
  return (change: (state: OutputsState) => OutputsChange): string | null => {
    const result = change(store.getState());
    if (!result.ok) return result.message;
    store.setState(() => result.state);
    return null;
  };
}

function OutputsSettings({ store }: Props) {
  const alpha = useStoreValue(store, (s) => s.alpha);
  const doubled = useStoreValue(store, (s) => s.doubled);
  const commit = committer(store);
  const range = rateRange(OUTPUTS_EDGE, [
    { value: OUTPUTS_ONE_STEP, label: 'one step' },
    { value: OUTPUTS_EDGE, label: 'edge' },
  ]);
  return (
    <div className="control-row several-controls">
      <RateControl
        label="Learning rate (alpha), both outputs"
        hint={`Both weights share the input, so the same alpha suits both: one update reaches both best weights at ${formatScientific(OUTPUTS_ONE_STEP, 3)} = 1 ÷ mean(budget²), and both diverge above ${formatScientific(OUTPUTS_EDGE, 3)}.`}
        value={alpha}
        range={range}
        onChange={(value) => commit((s) => setOutputsAlpha(s, value))}
      />
      <div className="param-control">
        <label className="several-toggle">
          <input
            type="checkbox"
            checked={doubled}
            onChange={(event) => {
              const next = event.target.checked;
              commit((s) => setDoubled(s, next));
            }}
          />
          Double every domestic gross
        </label>
        <p className="field-hint">Changes the domestic goals only. Watch which weight moves.</p>
      </div>
    </div>
  );
}

function OutputsPlayback({ store }: Props) {
  const playback = useStoreValue(store, (s) => s.playback);
  return (
    <PlaybackControls
      name="Several outputs playback"
      context="several outputs"
      playback={playback}
      update={(change: (p: Playback) => Playback) => {
        store.setState((s) => LENS.set(s, change(s.playback)));
      }}
    />
  );
}

function OutputsCharts({ store }: Props) {
  const runs = useStoreValue(store, (s) => s.runs);
  const doubled = useStoreValue(store, (s) => s.doubled);
  const index = useStoreValue(store, (s) => s.playback.index);
  const [ref, width] = useWidth(640);
  const best = useMemo(() => bestOutputWeights(doubled), [doubled]);
  const half = width >= 560 ? Math.floor((width - 16) / 2) : width;
  return (
    <div className="several-outputs-charts" ref={ref}>
      {runs.map((run, k) => {
        const label = OUTPUT_LABELS[k] ?? '';
        const at = Math.min(index, run.length - 1);
        const weight = run.weights[at] ?? 0;
        const target = best[k] ?? null;
        return (
          <IterationChart
            key={label}
            title={`${label}: its weight by iteration`}
            values={run.weights}
            length={run.length}
            index={at}
            width={half}
            height={200}
            axis="linear"
            yLabel="Weight"
            target={target === null ? null : { value: target, label: `best ${formatNumber(target, 4)}` }}
            lines={(i) => [`Iteration ${formatNumber(i, 21)}`, `Weight ${formatNumber(run.weights[i] ?? 0, 6)}`]}
            summary={`${label} weight by iteration over ${count(run.length, 'iteration')}, from ${formatNumber(run.weights[0] ?? 0, 6)} to ${formatNumber(run.weights[run.length - 1] ?? 0, 6)}${target === null ? '' : `; the best weight is ${formatNumber(target, 6)}`}. Iteration ${formatNumber(at, 21)}: ${formatNumber(weight, 6)}.`}
          />
        );
      })}
    </div>
  );
}

/**
 * Tells a screen reader where the two weights are after a step, a jump or a pause, and how each
 * run ended once playback reaches the end; silent while playing, like the other chapters.
 */
function OutputsAnnouncer({ store }: Props) {
  const runs = useStoreValue(store, (s) => s.runs);
  const doubled = useStoreValue(store, (s) => s.doubled);
  const { index, last, playing } = useStoreValue(store, (s) => s.playback);
  const best = bestOutputWeights(doubled);
  const [worldwide, domestic] = runs.map((run) => formatNumber(run.weights[Math.min(index, run.length - 1)] ?? 0, 6));
  const ended =
    index === last
      ? ` The worldwide weight ${outputStopPhrase(runs[0], best[0])}; the domestic weight ${outputStopPhrase(runs[1], best[1])}.`
      : '';
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {playing ? '' : `Iteration ${formatNumber(index, 21)}: worldwide weight ${worldwide}, domestic weight ${domestic}.${ended}`}
    </p>
  );
}

/** The two final weights, the check against one-weight runs, and what doubling the domestic goals does. */
function Independence({ store }: Props) {
  const runs = useStoreValue(store, (s) => s.runs);
  const alpha = useStoreValue(store, (s) => s.alpha);
  const doubled = useStoreValue(store, (s) => s.doubled);
  const checks = useMemo(() => {
    const alone = [aloneRun({ alpha, doubled }, 0), aloneRun({ alpha, doubled }, 1)] as const;
    const worldwideOther = aloneRun({ alpha, doubled: !doubled }, 0);
    const domesticOther = aloneRun({ alpha, doubled: !doubled }, 1);
    return {
      alone: [sameWeights(runs[0], alone[0]), sameWeights(runs[1], alone[1])] as const,
      worldwideUnchanged: sameWeights(runs[0], worldwideOther),
      domesticOther: domesticOther.weights[domesticOther.length - 1] ?? 0,
    };
  }, [runs, alpha, doubled]);
  const best = bestOutputWeights(doubled);
  const [worldwide, domestic] = runs;
  const finalOf = (run: ManyRun) => run.weights[run.length - 1] ?? 0;
  const bothAlone = checks.alone[0] && checks.alone[1];
  const factor = 1 - alpha * OUTPUTS_CURVATURE;
  return (
    <section className="several-independence" aria-labelledby="several-outputs-result">
      <h3 id="several-outputs-result">Two weights, learning independently</h3>
      <p>
        The worldwide weight ends at <strong>{formatNumber(finalOf(worldwide), 6)}</strong> (it{' '}
        {outputStopPhrase(worldwide, best[0])}) and the domestic weight at <strong>{formatNumber(finalOf(domestic), 6)}</strong>{' '}
        (it {outputStopPhrase(domestic, best[1])}). Each $1M of budget predicts about {millions(finalOf(worldwide))} worldwide
        and {millions(finalOf(domestic))} at home. Both runs {Math.abs(factor) < 1 ? 'shrink' : 'multiply'} their gap by the
        same factor each update, {formatFactorEquation('1 − alpha × mean(budget²)', factor)}, because they share the input
        {Math.abs(factor) < 1 ? '' : ': a factor this far from 0 never shrinks it'}.
      </p>
      <p className={bothAlone ? 'several-same' : undefined}>
        {bothAlone
          ? `Checked: each weight goes through exactly the same numbers, bit for bit, as a one-weight run on its own goal: ${count(worldwide.length, 'iteration')} for worldwide, ${count(domestic.length, 'iteration')} for domestic.`
          : 'The weights trained together differ from one-weight runs on their own goals.'}
      </p>
      <p className={checks.worldwideUnchanged ? 'several-same' : undefined}>
        {checks.worldwideUnchanged
          ? `${doubled ? 'With every domestic gross doubled' : 'Had every domestic gross been doubled'}, the domestic weight would ${doubled ? 'end' : 'have ended'} at ${formatNumber(doubled ? finalOf(domestic) : checks.domesticOther, 6)} instead of ${formatNumber(doubled ? checks.domesticOther : finalOf(domestic), 6)}, yet the worldwide weight’s run is the same, number for number: changing the domestic goals does not change the worldwide weight.`
          : 'Changing the domestic goals changed the worldwide run.'}
      </p>
    </section>
  );
}
