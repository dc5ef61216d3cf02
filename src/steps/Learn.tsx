import { useContext } from 'react';
import {
  ARTICLE_PARAMS,
  compare,
  formatExact,
  formatMoney,
  formatScientific,
  learn,
  predict,
} from '../core/index.ts';
import { NumberField } from '../controls/NumberField.tsx';
import { Derivation, Formula, N, O, Signed, V } from '../math/Formula.tsx';
import { OnScreenContext } from '../layout/chapterMounting.ts';
import { commitParam, useTutorial, useTutorialAtRest, useTutorialStore } from '../store/index.ts';

const { input, goal } = ARTICLE_PARAMS;
const alphaNudge = (value: number, direction: 1 | -1) => Number((value * (direction > 0 ? 1.25 : 0.8)).toPrecision(3));

/** Chapter 3: one update, worked through with the live numbers. */
export function Learn() {
  const store = useTutorialStore();
  const weight = useTutorial((s) => s.chapters.compareWeight);
  // The lab's learning rate: at rest while this chapter is out of sight (the reader is dragging the lab's slider).
  const alpha = useTutorialAtRest((s) => s.lab.params.alpha, { live: useContext(OnScreenContext) });
  const prediction = predict(input, weight);
  const { delta } = compare(prediction, goal);
  const raw = learn(weight, delta, input, 1);
  const scaled = learn(weight, delta, input, alpha);
  const step = raw.weightDelta * alpha;
  const show = (x: number) => (Number.isFinite(x) ? formatExact(x) : 'too large for a 64-bit float');

  return (
    <>
      <p>
        Learning means changing the weight so that the error shrinks, then doing it again. Which way, and by how much? The
        delta already knows the direction: a prediction that is too low needs a larger weight. Multiplying it by the input
        scales the correction to the size of the input. That product is the <strong>weight delta</strong>:
      </p>
      <Derivation
        label="weightDelta = delta × input"
        lhs={<V>weightDelta</V>}
        steps={[
          <>
            <V>delta</V>
            <O>×</O>
            <V>input</V>
          </>,
          <>
            <Signed text={formatExact(delta)} />
            <O>×</O>
            <N>{formatExact(input)}</N>
          </>,
          <N>{show(raw.weightDelta)}</N>,
        ]}
      />
      <p>Subtracting it from the weight (weight {formatExact(weight)}, the one you chose for Mad Max above) gives:</p>
      <Derivation
        label="newWeight = weight − weightDelta"
        lhs={<V>newWeight</V>}
        steps={[
          <>
            <N>{formatExact(weight)}</N>
            <O>−</O>
            <Signed text={show(raw.weightDelta)} />
          </>,
          <N>{show(raw.newWeight)}</N>,
        ]}
      />
      <p>
        That new weight predicts {Number.isFinite(predict(input, raw.newWeight)) ? formatMoney(predict(input, raw.newWeight)) : 'an amount too large for a 64-bit float'}{' '}
        for Mad Max: a wild overshoot, since the input is {formatExact(input)} and the correction gets multiplied by it twice on
        its way into the prediction. The fix is a <strong>learning rate</strong>, alpha: apply only a small fraction of each
        correction. Here alpha is{' '}
        <NumberField
          inline
          label="Learning rate in the worked example"
          value={alpha}
          display={(a) => formatScientific(a, 3)}
          onCommit={(value) => commitParam(store, 'alpha', value)}
          nudge={alphaNudge}
        />{' '}
        {alpha === ARTICLE_PARAMS.alpha
          ? '(the article’s, and the same one the lab below uses):'
          : '(the same one the lab below uses; the article uses 1.0\u00a0×\u00a010⁻¹¹):'}
      </p>
      <Derivation
        label="newWeight = weight − weightDelta × alpha"
        lhs={<V>newWeight</V>}
        steps={[
          <>
            <V>weight</V>
            <O>−</O>
            <V>weightDelta</V>
            <O>×</O>
            <V>α</V>
          </>,
          <>
            <N>{formatExact(weight)}</N>
            <O>−</O>
            <Signed text={show(raw.weightDelta)} />
            <O>×</O>
            <N>{formatScientific(alpha, 3)}</N>
          </>,
          <>
            <N>{formatExact(weight)}</N>
            <O>−</O>
            <Signed text={show(step)} />
          </>,
          <N>{show(scaled.newWeight)}</N>,
        ]}
      />
      <p>
        {Number.isFinite(scaled.newWeight)
          ? `The prediction moves from ${formatMoney(prediction)} to ${formatMoney(predict(input, scaled.newWeight))}, against a goal of ${formatMoney(goal)}.`
          : 'With this learning rate the new weight is too large for a 64-bit float.'}{' '}
        A larger alpha learns faster but can jump past the goal; a smaller one is safer but slower. The lab below repeats this
        step until the prediction meets the goal.
      </p>
      <aside className="aside" aria-labelledby="factor-two">
        <h3 id="factor-two">An honest footnote: the missing 2</h3>
        <p>
          Gradient descent moves the weight against the slope of the error. For <Formula><V>error</V><O>=</O><msup><mrow><mo>(</mo><V>input</V><O>×</O><V>weight</V><O>−</O><V>goal</V><mo>)</mo></mrow><mn>2</mn></msup></Formula>{' '}
          that slope is{' '}
          <Formula>
            <N>2</N>
            <O>×</O>
            <V>delta</V>
            <O>×</O>
            <V>input</V>
          </Formula>
          , twice the weight delta above. Leaving the 2 out changes nothing but the scale of alpha: the article’s update with
          alpha 1.0&nbsp;×&nbsp;10⁻¹¹ is exactly the textbook update with alpha 5.0&nbsp;×&nbsp;10⁻¹². The lab’s error landscape draws the true
          slope.
        </p>
      </aside>
    </>
  );
}
