import { scaleLinear } from 'd3-scale';
import { formatExact, formatMoneyCents, predict } from '../core/index.ts';
import { NumberField } from '../controls/NumberField.tsx';
import { useWidth } from '../layout/useWidth.ts';
import { SliderField } from '../controls/SliderField.tsx';
import { Formula, O, V } from '../math/Formula.tsx';
import { commitChapter, useTutorial, useTutorialStore, type ChapterState } from '../store/index.ts';

const TOO_LARGE = 'That makes the prediction too large for a 64-bit number.';
const checkPrediction = ({ predictBudget, predictWeight }: ChapterState): string | null =>
  Number.isFinite(predict(predictBudget, predictWeight)) ? null : TOO_LARGE;

const budgetNudge = (value: number, direction: 1 | -1) => value + direction * 10_000;
const weightNudge = (value: number, direction: 1 | -1) => Number((value + direction * 0.1).toPrecision(12));

/** Chapter 1: the model is one multiplication. */
export function Predict() {
  const store = useTutorialStore();
  const budget = useTutorial((s) => s.chapters.predictBudget);
  const weight = useTutorial((s) => s.chapters.predictWeight);
  const prediction = predict(budget, weight);
  const setBudget = (value: number) => commitChapter(store, 'predictBudget', value, checkPrediction);
  const setWeight = (value: number) => commitChapter(store, 'predictWeight', value, checkPrediction);

  return (
    <>
      <p>
        The smallest model that can learn is a single multiplication. It takes something we know, the{' '}
        <strong>input</strong>, multiplies it by a number it has learned, the <strong>weight</strong>, and calls the result
        its <strong>prediction</strong>:
      </p>
      <Formula block label="prediction = input × weight">
        <V>prediction</V>
        <O>=</O>
        <V>input</V>
        <O>×</O>
        <V>weight</V>
      </Formula>
      <p>
        Our example predicts how much a film will earn worldwide from how much it cost to make. Try it: change the numbers
        in the sentence below by typing, by dragging them sideways, or with the arrow keys.
      </p>
      <p className="sentence">
        A film with a budget of{' '}
        <NumberField inline label="Budget in the sentence" value={budget} display={formatMoneyCents} onCommit={setBudget} nudge={budgetNudge} />{' '}
        and a weight of{' '}
        <NumberField inline label="Weight in the sentence" value={weight} display={formatExact} onCommit={setWeight} nudge={weightNudge} /> is
        predicted to gross <strong className="result">{formatMoneyCents(prediction)}</strong>.
      </p>
      <PredictPicture budget={budget} prediction={prediction} weight={weight} />
      <div className="control-row">
        <SliderField label="Budget" value={budget} min={0} max={1_000_000} step={10_000} format={formatMoneyCents} onChange={setBudget} />
        <SliderField label="Weight" value={weight} min={-2} max={10} step={0.1} format={formatExact} onChange={setWeight} />
      </div>
      <p>
        Is {formatMoneyCents(prediction)} a good prediction? There is no way to tell yet. A prediction on its own is just a
        number; to judge it, and to improve it, we need a case where we already know the answer.
      </p>
    </>
  );
}

const BAR = 28;

/** The budget as a bar, and the prediction as the same bar stretched by the weight. */
function PredictPicture({ budget, prediction, weight }: { budget: number; prediction: number; weight: number }) {
  // Drawn at its real width so the labels keep their size on a phone.
  const [ref, width] = useWidth(560);
  const low = Math.min(0, budget, prediction);
  const high = Math.max(0, budget, prediction, 1);
  const x = scaleLinear().domain([low, high]).range([8, width - 8]);
  const bar = (value: number) => ({ x: Math.min(x(0), x(value)), width: Math.max(1, Math.abs(x(value) - x(0))) });
  const budgetBar = bar(budget);
  const predictionBar = bar(prediction);
  return (
    <figure className="picture" ref={ref}>
      <svg
        width={width}
        height={120}
        viewBox={`0 0 ${width} 120`}
        role="img"
        aria-label={`The budget, ${formatMoneyCents(budget)}, stretched ${formatExact(weight)} times becomes the prediction, ${formatMoneyCents(prediction)}.`}
      >
        <text x={8} y={16} className="picture__label">
          Budget (input): {formatMoneyCents(budget)}
        </text>
        <rect x={budgetBar.x} y={22} width={budgetBar.width} height={BAR} className="picture__input" rx={3} />
        <text x={8} y={74} className="picture__label">
          × {formatExact(weight)} = prediction: {formatMoneyCents(prediction)}
        </text>
        <rect x={predictionBar.x} y={80} width={predictionBar.width} height={BAR} className="picture__prediction" rx={3} />
        <line x1={x(0)} x2={x(0)} y1={20} y2={112} className="picture__zero" />
      </svg>
      <figcaption>The weight stretches (or shrinks, or flips) the budget into the prediction.</figcaption>
    </figure>
  );
}

