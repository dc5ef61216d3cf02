import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, errorAt, errorSlope, idealWeight, learn, predict } from '../../src/core/index.ts';

const madMax = { input: 200_000, goal: 99_750_000 };

describe('predict', () => {
  it('multiplies the input by the weight: $100,000 at weight 2.5 predicts $250,000', () => {
    expect(predict(100_000, 2.5)).toBe(250_000);
  });
});

describe('compare', () => {
  it("gives Mad Max's delta and squared error at weight 2.5", () => {
    const prediction = predict(madMax.input, 2.5);
    expect(prediction).toBe(500_000);
    const { delta, error } = compare(prediction, madMax.goal);
    expect(delta).toBe(-99_250_000);
    expect(error).toBe(9.8505625e15);
  });

  it('makes the error the same for a miss above or below the goal', () => {
    expect(compare(10, 7).error).toBe(compare(4, 7).error);
  });
});

describe('learn', () => {
  it("without a learning rate overshoots to 19,850,000,000,002.5 (the article's alpha-less update)", () => {
    const { delta } = compare(predict(madMax.input, 2.5), madMax.goal);
    const { weightDelta, newWeight } = learn(2.5, delta, madMax.input, 1);
    expect(weightDelta).toBe(-19_850_000_000_000);
    expect(newWeight).toBe(19_850_000_000_002.5);
  });

  it('with alpha 1e-11 moves weight 1.0 to 200.1, the second line the article prints', () => {
    const { delta } = compare(predict(madMax.input, 1), madMax.goal);
    expect(learn(1, delta, madMax.input, 1e-11).newWeight).toBe(200.1);
  });

  it('with alpha 0 changes nothing, for any weight and example', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (weight, input, goal) => {
          const { delta } = compare(predict(input, weight), goal);
          // `===`, not Object.is: -0 and 0 are the same weight.
          expect(learn(weight, delta, input, 0).newWeight === weight).toBe(true);
        },
      ),
    );
  });

  it('uses half the true derivative: weightDelta = ½ · d(error)/d(weight), the factor 2 absorbed into alpha', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (weight, input, goal) => {
          const example = { input, goal };
          const { delta } = compare(predict(input, weight), goal);
          const { weightDelta } = learn(weight, delta, input, 1);
          // Central finite difference of the error landscape; exact for a parabola up to rounding.
          const h = 1e-3;
          const numeric = (errorAt(weight + h, example) - errorAt(weight - h, example)) / (2 * h);
          const scale = Math.max(1, Math.abs(numeric), errorAt(weight, example) / h);
          expect(Math.abs(numeric - 2 * weightDelta)).toBeLessThan(1e-6 * scale);
          expect(errorSlope(weight, example)).toBeCloseTo(2 * weightDelta, 6);
        },
      ),
    );
  });
});

describe('the error landscape', () => {
  it("is a parabola with its lowest point, error 0, at goal / input (498.75 for Mad Max)", () => {
    expect(idealWeight(madMax)).toBe(498.75);
    expect(errorAt(498.75, madMax)).toBe(0);
    expect(errorSlope(498.75, madMax)).toBe(0);
    expect(errorAt(400, madMax)).toBeGreaterThan(errorAt(450, madMax));
    expect(errorAt(600, madMax)).toBeGreaterThan(errorAt(550, madMax));
  });

  it('slopes down towards the goal on both sides', () => {
    expect(errorSlope(1, madMax)).toBeLessThan(0);
    expect(errorSlope(900, madMax)).toBeGreaterThan(0);
  });

  it('has no ideal weight when the input is 0', () => {
    expect(idealWeight({ input: 0, goal: 5 })).toBeNull();
  });
});
