import { useEffect, useId, useMemo, useState } from 'react';
import { ContourMap } from '../../charts/contour/ContourMap.tsx';
import { squareDomain } from '../../charts/contour/contourGeometry.ts';
import { SliderField } from '../../controls/SliderField.tsx';
import {
  FILMS_CREDIT,
  formatNumber,
  formatScientific,
  toRawWeights,
  trainSeveral,
  updatesMadeSeveral,
  weightsAt,
  type SeveralRun,
} from '../../core/index.ts';
import { useWidth } from '../../layout/useWidth.ts';
import { Formula, O, T, V } from '../../math/Formula.tsx';
import { createStore, useUrlParams, type Scheduler, type Store } from '../../store/index.ts';
import {
  BEST,
  BEST_ALPHA,
  CURVATURE,
  EDGE_ALPHA,
  SCALES_OF_INPUTS,
  SMALLEST_INPUTS,
  examplesFor,
  type Scale,
} from './several/data.ts';
import { describeSeveralStop, weightsText } from './several/describeSeveral.ts';
import { IterationChart } from './several/IterationChart.tsx';
import { Notice } from './several/Notice.tsx';
import { animationFrames } from '../../layout/animationFrames.ts';
import { createPlaybackPlayer, type Playback, type PlaybackLens } from './several/playback.ts';
import { PlaybackControls } from './several/PlaybackControls.tsx';
import { RateControl, rateRange } from './several/RateControl.tsx';
import { formatFromLog10, log10ExcessSeries, log10MseAt, log10MseSeries } from './several/series.ts';
import {
  decodeSeveral,
  setAlpha,
  setScale,
  setStartWeight,
  severalEntries,
  startWeightsFor,
  type SeveralChange,
  type SeveralState,
} from './several/severalState.ts';
import { useStoreValue } from './several/useStoreValue.ts';
import './several/several.css';

const LENS: PlaybackLens<SeveralState> = {
  get: (state) => state.playback,
  set: (state, playback) => (playback === state.playback ? state : { ...state, playback }),
};

const SCALE_CHOICES: readonly { readonly scale: Scale; readonly label: string }[] = [
  { scale: 'raw', label: 'Raw inputs' },
  { scale: 'normalised', label: 'Normalised inputs' },
];

/** The axis titles and names of the two weights on each scale. */
const WEIGHT_NAMES: Readonly<Record<Scale, readonly [string, string]>> = {
  raw: ['weight 1 (budget)', 'weight 2 (runtime)'],
  normalised: [
    `weight 1 (budget ÷ ${formatNumber(SCALES_OF_INPUTS[0])})`,
    `weight 2 (runtime ÷ ${formatNumber(SCALES_OF_INPUTS[1])})`,
  ],
};

const LOWEST_LOG10: Readonly<Record<Scale, number>> = {
  raw: log10MseAt(examplesFor('raw'), BEST.raw),
  normalised: log10MseAt(examplesFor('normalised'), BEST.normalised),
};

/** An error in squared millions of dollars, from its log₁₀. */
const formatMse = (log10: number): string => formatFromLog10(log10, 5);
/** The error above the lowest, from its log₁₀: "0" for none, scientific when tiny or huge. */
const formatExcess = (log10: number): string => formatFromLog10(log10, 3);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const count = (n: number, noun: string): string => `${formatNumber(n, 21)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Beyond the article: a film has more than a budget. With its runtime as a second input, the
 * model needs a weight for each, and the error becomes a bowl over two weights. How round that
 * bowl is decides how fast gradient descent gets to the bottom.
 */
export function SeveralInputs({ scheduler = animationFrames }: { readonly scheduler?: Scheduler } = {}) {
  const urlParams = useUrlParams();
  const [{ store, linkNotice }] = useState(() => {
    const decoded = decodeSeveral(urlParams.initial);
    return { store: createStore<SeveralState>(decoded.state), linkNotice: decoded.notice };
  });
  const [notice, setNotice] = useState(linkNotice);

  useEffect(() => createPlaybackPlayer(store, scheduler, LENS), [store, scheduler]);

  // Keep this chapter's part of the address in step: settings that differ from the defaults, and the iteration.
  useEffect(() => {
    let { settings, playback } = store.getState();
    urlParams.update('several', severalEntries(store.getState()));
    const unsubscribe = store.subscribe(() => {
      const state = store.getState();
      if (state.settings === settings && state.playback.index === playback.index) return;
      settings = state.settings;
      playback = state.playback;
      urlParams.update('several', severalEntries(state));
    });
    return () => {
      unsubscribe();
      urlParams.update('several', null);
    };
  }, [store, urlParams]);

  return (
    <div className="several">
      <p>
        A film is more than its budget. Give the model a second input, the film’s runtime in minutes, and a weight for each
        input, and the prediction becomes a weighted sum:
      </p>
      <Formula block label="prediction = budget × weight 1 + runtime × weight 2">
        <V>prediction</V>
        <O>=</O>
        <T>budget</T>
        <O>×</O>
        <V>w₁</V>
        <O>+</O>
        <T>runtime</T>
        <O>×</O>
        <V>w₂</V>
      </Formula>
      <p>
        Learning works as before, once per weight: each weight moves against the mean of its own corrections, delta × its
        input, times the one learning rate alpha, and both move together. The error over the twenty films is now a bowl over
        two weights. The map below draws it from above, as lines of equal error, with the path the weights take to the
        bottom. Budgets are in millions of dollars, runtimes in minutes, the goal is the worldwide gross in millions.
      </p>
      {notice !== null && (
        <Notice
          text={notice}
          onDismiss={() => {
            setNotice(null);
          }}
        />
      )}
      <Settings store={store} />
      <PlaybackArea store={store} />
      <Bowl store={store} />
      <MapAndChart store={store} />
      <Comparison store={store} />
      <p className="several-credit">{FILMS_CREDIT}</p>
    </div>
  );
}

type Props = { readonly store: Store<SeveralState> };

/** Applies a change and returns its refusal message, or null. */
function committer(store: Store<SeveralState>) {
  return (change: (state: SeveralState) => SeveralChange): string | null => {
    const result = change(store.getState());
    if (!result.ok) return result.message;
    store.setState(() => result.state);
    return null;
  };
}

function Settings({ store }: Props) {
  const id = useId();
  const settings = useStoreValue(store, (s) => s.settings);
  const commit = committer(store);
  const { scale } = settings;
  const alpha = settings.alphas[scale];
  const range = rateRange(EDGE_ALPHA[scale], [
    { value: BEST_ALPHA[scale], label: 'best' },
    { value: EDGE_ALPHA[scale], label: 'edge' },
  ]);
  const [w1, w2] = settings.start;
  const scaled = startWeightsFor(settings);
  return (
    <div className="several-settings">
      <fieldset className="units several-scale">
        <legend>Train on</legend>
        {SCALE_CHOICES.map((choice) => (
          <label key={choice.scale} className="units__choice">
            <input
              type="radio"
              name={`${id}-scale`}
              value={choice.scale}
              checked={choice.scale === scale}
              onChange={() => {
                commit((s) => setScale(s, choice.scale));
              }}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <p className="several-scale__note">
        {scale === 'raw' ? (
          <>
            Raw inputs are used as measured: budgets from {formatNumber(SMALLEST_INPUTS[0])} to{' '}
            {formatNumber(SCALES_OF_INPUTS[0])} ($M), runtimes from {formatNumber(SMALLEST_INPUTS[1])} to{' '}
            {formatNumber(SCALES_OF_INPUTS[1])} minutes.
          </>
        ) : (
          <>
            Normalised inputs are divided by their largest value, so both lie between 0 and 1: budget ÷{' '}
            {formatNumber(SCALES_OF_INPUTS[0])}, runtime ÷ {formatNumber(SCALES_OF_INPUTS[1])}. Only the units change: the
            weights grow by the same factors (weight 1 × {formatNumber(SCALES_OF_INPUTS[0])}, weight 2 ×{' '}
            {formatNumber(SCALES_OF_INPUTS[1])}) and every prediction stays the same. The starting weights below are in raw
            units; this run starts from {weightsText(scaled, 6)}.
          </>
        )}{' '}
        Each kind of input keeps its own learning rate.
      </p>
      <div className="control-row several-controls">
        <RateControl
          label="Learning rate (alpha)"
          hint={`One alpha for both weights. The edge, ${formatScientific(EDGE_ALPHA[scale], 3)}, is 2 ÷ the steepest curvature; the best, ${formatScientific(BEST_ALPHA[scale], 3)}, balances the steep and flat directions.`}
          value={alpha}
          range={range}
          onChange={(value) => commit((s) => setAlpha(s, value))}
        />
        <SliderField
          label="Starting weight 1 (budget)"
          value={w1}
          min={-4}
          max={4}
          step={0.1}
          format={(v) => formatNumber(v, 6)}
          hint="Raw units: dollars of gross per dollar of budget."
          onChange={(value) => commit((s) => setStartWeight(s, 0, value))}
        />
        <SliderField
          label="Starting weight 2 (runtime)"
          value={w2}
          min={-4}
          max={4}
          step={0.1}
          format={(v) => formatNumber(v, 6)}
          hint="Raw units: $M of gross per minute of runtime."
          onChange={(value) => commit((s) => setStartWeight(s, 1, value))}
        />
      </div>
    </div>
  );
}

function PlaybackArea({ store }: Props) {
  const playback = useStoreValue(store, (s) => s.playback);
  return (
    <PlaybackControls
      name="Several inputs playback"
      context="several inputs"
      playback={playback}
      update={(change: (p: Playback) => Playback) => {
        store.setState((s) => LENS.set(s, change(s.playback)));
      }}
    />
  );
}

/** How the run ends, and the shape of the bowl: condition number, edge, and what each update does along each direction. */
function Bowl({ store }: Props) {
  const run = useStoreValue(store, (s) => s.run);
  const scale = useStoreValue(store, (s) => s.settings.scale);
  const stop = describeSeveralStop(run, BEST[scale], EDGE_ALPHA[scale]);
  const curvature = CURVATURE[scale];
  const alpha = run.params.alpha;
  const steep = 1 - alpha * curvature.largest;
  const flat = 1 - alpha * curvature.smallest;
  const condition = curvature.conditionNumber ?? Infinity;
  const other = CURVATURE[scale === 'raw' ? 'normalised' : 'raw'].conditionNumber ?? Infinity;
  return (
    <div className="verdicts">
      <section className={`verdict verdict--${stop.good ? 'exact' : run.stop.kind}`} aria-labelledby="several-stop-title">
        <h3 id="several-stop-title">
          <span className="verdict__kicker">Where this run stops:</span> {stop.title}
        </h3>
        <p>{stop.detail}</p>
      </section>
      <section className="verdict verdict--regime" aria-labelledby="several-bowl-title">
        <h3 id="several-bowl-title">
          <span className="verdict__kicker">The bowl’s condition number:</span> {formatNumber(condition, 3)}
        </h3>
        <p>
          {scale === 'raw'
            ? `The steepest direction across the bowl curves ${formatNumber(condition, 3)} times as sharply as the flattest: a long, narrow valley. Alpha must stay below the edge the steep direction sets, and at that alpha the flat direction barely moves.`
            : `Normalised, the steepest direction curves only ${formatNumber(condition, 3)} times as sharply as the flattest (${formatNumber(other, 3)} with raw inputs): a rounder bowl. It is not perfectly round, because both inputs are always positive, so the two weights still trade off along a diagonal valley.`}{' '}
          With this alpha each update multiplies the remaining gap by {formatNumber(steep, 3)} along the steep direction
          {steep < 0 && steep > -1 ? ' (the minus sign: it overshoots to the other side of the valley)' : ''} and by{' '}
          {formatNumber(flat, 4)} along the flat one
          {gapPhrase(steep, flat)}
          .
        </p>
      </section>
    </div>
  );
}

/** What the two factors do to the gap: grow it, leave it, or let it crawl along the valley ('' when it just shrinks). */
function gapPhrase(steep: number, flat: number): string {
  const most = Math.max(Math.abs(steep), Math.abs(flat));
  if (most > 1) return ', so the gap grows instead of shrinking';
  // A factor of exactly 1: so small an alpha that 1 − alpha × curvature rounds to 1.
  if (most === 1) return Math.min(Math.abs(steep), Math.abs(flat)) === 1 ? ', so the gap never shrinks' : ', so part of the gap never shrinks';
  return Math.abs(flat) > 0.95 ? ': the run crawls along the valley' : '';
}

function MapAndChart({ store }: Props) {
  const run = useStoreValue(store, (s) => s.run);
  const index = useStoreValue(store, (s) => s.playback.index);
  const playing = useStoreValue(store, (s) => s.playback.playing);
  const scale = useStoreValue(store, (s) => s.settings.scale);
  const [w1Start, w2Start] = useStoreValue(store, (s) => s.settings.start);
  const [ref, width] = useWidth(640);
  const examples = examplesFor(scale);
  const best = BEST[scale];
  const names = WEIGHT_NAMES[scale];
  const domain = useMemo(() => {
    const start = startWeightsFor({ scale, start: [w1Start, w2Start] });
    const reach = 0.5 * Math.max(Math.abs(BEST[scale][0]), Math.abs(BEST[scale][1]));
    return squareDomain(BEST[scale], [[start[0] ?? 0, start[1] ?? 0]], reach);
  }, [scale, w1Start, w2Start]);
  const logs = useMemo(() => log10MseSeries(run), [run]);
  const excess = useMemo(() => log10ExcessSeries(run, BEST[scale]), [run, scale]);
  const at = Math.min(index, run.length - 1);
  const weights = weightsAt(run, at);
  const mse = formatMse(logs[at] ?? Number.NaN);
  const lowest = formatMse(LOWEST_LOG10[scale]);
  const last = run.length - 1;
  const rawNow = scale === 'raw' ? weights : toRawWeights(weights, SCALES_OF_INPUTS);
  const wide = width >= 600;
  const mapWidth = wide ? Math.min(width - 240, 520) : width;
  const summary =
    `Contour map of the mean squared error over ${names[0]} and ${names[1]}, ${scale} inputs. ` +
    `The lines of equal error are ${scale === 'raw' ? 'long, narrow ellipses' : 'rounder ellipses'}; the lowest error, ${lowest}, is at ${weightsText(best)}. ` +
    `Iteration ${formatNumber(at, 21)} of ${formatNumber(last, 21)}: ${weightsText(weights)}, mean squared error ${mse}.`;
  const pointerLines = (a: number, b: number): string[] => [
    `${formatNumber(a, 4)}, ${formatNumber(b, 4)}`,
    `Error ${formatMse(log10MseAt(examples, [a, b]))}`,
  ];

  return (
    <div className="several-figures" ref={ref}>
      <div className={wide ? 'several-map several-map--wide' : 'several-map'}>
        <ContourMap
          title={`The error bowl from above, ${scale} inputs`}
          examples={examples}
          domain={domain}
          weights={run.weights}
          length={run.length}
          index={at}
          best={best}
          lowestLog10={LOWEST_LOG10[scale]}
          xLabel={names[0]}
          yLabel={names[1]}
          summary={summary}
          currentLines={[`Iteration ${formatNumber(at, 21)}`, `${formatNumber(weights[0] ?? 0, 4)}, ${formatNumber(weights[1] ?? 0, 4)}`, `Error ${mse}`]}
          pointerLines={pointerLines}
          width={mapWidth}
        />
        {/* Named apart from the lab's "Iteration n" panel: two landmarks must not share a name. */}
        <section className="several-now" aria-label={`Several inputs, iteration ${formatNumber(at, 21)}`}>
          <h3>Iteration {formatNumber(at, 21)}</h3>
          <dl>
            <div>
              <dt>{capitalise(names[0])}</dt>
              <dd>{formatNumber(weights[0] ?? 0, 7)}</dd>
            </div>
            <div>
              <dt>{capitalise(names[1])}</dt>
              <dd>{formatNumber(weights[1] ?? 0, 7)}</dd>
            </div>
            {scale === 'normalised' && (
              <div>
                <dt>In raw units</dt>
                <dd>
                  {formatNumber(rawNow[0] ?? 0, 6)} and {formatNumber(rawNow[1] ?? 0, 6)}
                </dd>
              </div>
            )}
            <div>
              <dt>Mean squared error ($M²)</dt>
              <dd>{mse}</dd>
            </div>
            <div>
              <dt>Lowest possible</dt>
              <dd>
                {lowest}, at {formatNumber(best[0], 6)} and {formatNumber(best[1], 6)}
              </dd>
            </div>
          </dl>
          <p className="several-legend">
            <span className="several-legend__item several-legend__path">path so far</span>
            <span className="several-legend__item several-legend__start">start</span>
            <span className="several-legend__item several-legend__best">lowest error</span>
          </p>
          <p className="visually-hidden" aria-live="polite">
            {playing ? '' : `Iteration ${formatNumber(at, 21)}: ${weightsText(weights)}, mean squared error ${mse}.`}
          </p>
        </section>
      </div>
      <IterationChart
        title="How far the error is above the lowest possible, by iteration"
        values={excess}
        length={run.length}
        index={at}
        width={width}
        height={220}
        axis="log10"
        yLabel="MSE − lowest ($M², log)"
        target={null}
        lines={(i) => [`Iteration ${formatNumber(i, 21)}`, `Error ${formatMse(logs[i] ?? Number.NaN)}`, `Above lowest ${formatExcess(excess[i] ?? Number.NaN)}`]}
        summary={`Mean squared error above the lowest possible, ${lowest}, by iteration, on a log scale, over ${count(run.length, 'iteration')}: from ${formatExcess(excess[0] ?? Number.NaN)} at the start to ${formatExcess(excess[last] ?? Number.NaN)} at the end. Iteration ${formatNumber(at, 21)}: error ${mse}, ${formatExcess(excess[at] ?? Number.NaN)} above the lowest.`}
      />
      <p className="several-chart-note">
        The mean squared error itself falls from {formatMse(logs[0] ?? Number.NaN)} towards {lowest} and soon looks flat; the
        chart shows what is left above {lowest} on a log scale, where the last crawl along the valley is plain to see.
      </p>
    </div>
  );
}

/** Both kinds of input, each at its own best learning rate, from the reader's starting weights. */
function Comparison({ store }: Props) {
  const [w1, w2] = useStoreValue(store, (s) => s.settings.start);
  const runs = useMemo(() => {
    const make = (scale: Scale): SeveralRun =>
      trainSeveral({ examples: examplesFor(scale), alpha: BEST_ALPHA[scale], startWeights: startWeightsFor({ scale, start: [w1, w2] }) });
    return { raw: make('raw'), normalised: make('normalised') };
  }, [w1, w2]);
  const raw = updatesMadeSeveral(runs.raw);
  const normalised = updatesMadeSeveral(runs.normalised);
  const ratio = normalised > 0 ? raw / normalised : null;
  return (
    <section className="several-compare" aria-labelledby="several-compare-title">
      <h3 id="several-compare-title">Raw against normalised, each at its best learning rate</h3>
      <p>
        From your starting weights, each kind of input trained at the learning rate that suits its bowl best, 2 ÷ (steepest +
        flattest curvature):
      </p>
      <div className="comparison">
        {(['raw', 'normalised'] as const).map((scale) => {
          const run = runs[scale];
          const stop = describeSeveralStop(run, BEST[scale], EDGE_ALPHA[scale]);
          const final = weightsAt(run, run.length - 1);
          const inRaw = scale === 'raw' ? final : toRawWeights(final, SCALES_OF_INPUTS);
          return (
            <section key={scale} className="comparison__item" aria-labelledby={`several-compare-${scale}`}>
              <h4 id={`several-compare-${scale}`}>{scale === 'raw' ? 'Raw inputs' : 'Normalised inputs'}</h4>
              <p className="several-compare__count">
                <strong>{count(updatesMadeSeveral(run), 'update')}</strong>
              </p>
              <p>
                Condition number {formatNumber(CURVATURE[scale].conditionNumber ?? Infinity, 3)}, alpha ={' '}
                {formatScientific(BEST_ALPHA[scale], 3)}. {stop.title}, at {formatNumber(inRaw[0] ?? 0, 6)} and{' '}
                {formatNumber(inRaw[1] ?? 0, 6)} in raw units.
              </p>
            </section>
          );
        })}
      </div>
      <p>
        {ratio === null
          ? 'The starting weights are already the best ones: neither run has anything to learn.'
          : `Normalising the inputs took the run from ${count(raw, 'update')} to ${count(normalised, 'update')}${ratio > 1 ? `, ${formatNumber(ratio, 2)} times fewer` : ''}, to the same weights. With raw inputs the safe alpha is set by the steep direction across the valley, so progress along the flat direction crawls; normalised, the bowl is rounder and one alpha suits both directions better.`}
      </p>
    </section>
  );
}
