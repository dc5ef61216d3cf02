import { scaleLinear } from 'd3-scale';
import {
  ARTICLE_PARAMS,
  compare,
  formatExact,
  formatMoney,
  formatMoneyShort,
  formatSquareOfNumber,
  predict,
} from '../core/index.ts';
import { SliderField } from '../controls/SliderField.tsx';
import { useWidth } from '../layout/useWidth.ts';
import { Derivation, N, O, Signed, Squared, V } from '../math/Formula.tsx';
import { commitChapter, useTutorial, useTutorialStore, type ChapterState } from '../store/index.ts';

const { input, goal } = ARTICLE_PARAMS;

const checkPrediction = ({ compareWeight }: ChapterState): string | null =>
  Number.isFinite(predict(input, compareWeight) - goal) ? null : 'That makes the prediction too large for a 64-bit number.';

/** A squared error for people, even one too large for a double. */
const errorText = formatSquareOfNumber;

/** Chapter 2: compare the prediction with a known answer. */
export function Compare() {
  const store = useTutorialStore();
  const weight = useTutorial((s) => s.chapters.compareWeight);
  const prediction = predict(input, weight);
  const { delta } = compare(prediction, goal);
  const setWeight = (value: number) => commitChapter(store, 'compareWeight', value, checkPrediction);
  const direction = delta < 0 ? 'too low' : delta > 0 ? 'too high' : 'exactly right';

  return (
    <>
      <p>
        To judge a prediction we need a film whose answer we know. <cite>Mad Max</cite> (1979) cost{' '}
        <strong>{formatMoney(input)}</strong> to make and grossed <strong>{formatMoney(goal)}</strong> worldwide. That gross
        is our <strong>goal</strong>. With the weight below, the model predicts{' '}
        <strong className="result">{formatMoney(prediction)}</strong>: {direction}.
      </p>
      <SliderField
        label="Weight to try on Mad Max"
        value={weight}
        min={0}
        max={1000}
        step={0.25}
        format={formatExact}
        onChange={setWeight}
        hint="Drag it and watch the gap and the square change."
      />
      <p>
        The <strong>delta</strong> says how far off the prediction is, and in which direction:
      </p>
      <Derivation
        label="delta = prediction − goal"
        lhs={<V>delta</V>}
        steps={[
          <>
            <V>prediction</V>
            <O>−</O>
            <V>goal</V>
          </>,
          <>
            <N>{formatExact(prediction)}</N>
            <O>−</O>
            <N>{formatExact(goal)}</N>
          </>,
          <N>{formatExact(delta)}</N>,
        ]}
      />
      <NumberLine prediction={prediction} delta={delta} />
      <p>
        Training needs one number that is small when the model is good and large when it is bad, whichever side it misses
        on. Squaring the delta gives exactly that, the <strong>error</strong>:
      </p>
      <Derivation
        label="error = delta squared"
        lhs={<V>error</V>}
        steps={[
          <Squared>
            <V>delta</V>
          </Squared>,
          <Squared>
            <Signed text={formatExact(delta)} />
          </Squared>,
          <N>{errorText(delta)}</N>,
        ]}
      />
      <ul className="why-square">
        <li>
          <strong>Sign goes away.</strong> Missing by {formatMoneyShort(Math.abs(delta))} too high or too low gives the same
          error, {errorText(Math.abs(delta))}, so misses in opposite directions cannot cancel out.
        </li>
        <li>
          <strong>Big misses count far more.</strong> Twice the delta gives four times the error ({errorText(2 * delta)}); a
          tenth of it gives a hundredth ({errorText(delta / 10)}). The square is drawn above: its side is the delta, its area
          the error.
        </li>
      </ul>
      <p>
        With one example the error is the squared error of that one prediction; with many it becomes their mean, the{' '}
        <em>mean squared error</em>. Training will try to drive it to zero.
      </p>
    </>
  );
}

const MAX_SQUARE = 260;
/** On a phone the square may take at most this share of the width in height. */
const SQUARE_SHARE = 0.5;

/** The prediction and the goal on one line of dollars, the delta between them, and its square. */
function NumberLine({ prediction, delta }: { prediction: number; delta: number }) {
  // Drawn at its real width so the labels keep their size on a phone.
  const [ref, width] = useWidth(600);
  const low = Math.min(0, prediction, goal);
  const high = Math.max(prediction, goal);
  const x = scaleLinear().domain([low, high]).nice().range([24, width - 24]);
  const side = Math.abs(x(prediction) - x(goal));
  const cap = Math.min(MAX_SQUARE, width * SQUARE_SHARE);
  const drawn = Math.min(side, cap);
  const baseline = 40 + drawn;
  const height = baseline + 56;
  const left = Math.min(x(prediction), x(goal));
  return (
    <figure className="picture" ref={ref}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Number line: the prediction ${formatMoney(prediction)} and the goal ${formatMoney(goal)}, ${formatMoney(Math.abs(delta))} apart. The square on the gap has an area of ${errorText(delta)} square dollars.`}
      >
        {drawn > 0.5 && <rect x={left + (side - drawn) / 2} y={baseline - drawn} width={drawn} height={drawn} className="picture__square" />}
        <line x1={24} x2={width - 24} y1={baseline} y2={baseline} className="picture__axis" />
        {x.ticks(width < 420 ? 3 : 5).map((tick) => (
          <g key={tick} transform={`translate(${x(tick)},${baseline})`}>
            <line y2={6} className="picture__axis" />
            <text y={20} textAnchor="middle" className="picture__tick">
              {formatMoneyShort(tick)}
            </text>
          </g>
        ))}
        <line x1={x(prediction)} x2={x(goal)} y1={baseline - 2} y2={baseline - 2} className="picture__delta" />
        <circle cx={x(goal)} cy={baseline} r={6} className="picture__goal" />
        <circle cx={x(prediction)} cy={baseline} r={6} className="picture__prediction-dot" />
        <text x={x(goal)} y={baseline + 40} textAnchor="end" className="picture__label">
          goal {formatMoneyShort(goal)}
        </text>
        <text x={Math.min(x(prediction), width - 150)} y={24} className="picture__label">
          prediction {formatMoneyShort(prediction)}
        </text>
      </svg>
      <figcaption>
        The gap is the delta; the square on it is the error.
        {side > cap && ' (The square is drawn smaller than scale to fit.)'}
      </figcaption>
    </figure>
  );
}
