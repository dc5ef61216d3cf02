import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, forecast, regimeOf, train, updatesMade, type RegimeKind } from '../../src/core/index.ts';

const input = ARTICLE_PARAMS.input;

describe('regimeOf', () => {
  it('computes r = 1 - alpha · input², 0.6 for the article', () => {
    expect(regimeOf(1e-11, input).r).toBeCloseTo(0.6, 12);
  });

  it('puts the one-step rate at 1 / input² and the edge of stability at 2 / input²', () => {
    const { oneStepAlpha, edgeAlpha } = regimeOf(1e-11, input);
    expect(oneStepAlpha).toBeCloseTo(2.5e-11, 22);
    expect(edgeAlpha).toBeCloseTo(5e-11, 22);
  });

  it.each<[number, RegimeKind]>([
    [-1e-11, 'moving-away'],
    [0, 'not-learning'],
    [1e-14, 'creeping'],
    [1e-13, 'creeping'],
    [1e-12, 'smooth'],
    [1e-11, 'smooth'],
    [2.5e-11, 'one-step'],
    [3e-11, 'oscillating'],
    [4.9e-11, 'oscillating'],
    [5e-11, 'bouncing'],
    [5.1e-11, 'diverging'],
    [1, 'diverging'],
  ])('alpha %d is %s', (alpha, kind) => {
    expect(regimeOf(alpha, input).kind).toBe(kind);
  });

  it('has no thresholds and learns nothing when the input is 0', () => {
    expect(regimeOf(1, 0)).toEqual({ kind: 'not-learning', r: 1, oneStepAlpha: null, edgeAlpha: null });
  });

  it('scales with the input: in millions of dollars (input 0.2) a learning rate near 1 is sensible', () => {
    expect(regimeOf(1, 0.2).r).toBeCloseTo(0.96, 12);
    expect(regimeOf(1, 0.2).kind).toBe('smooth');
    expect(regimeOf(25, 0.2).kind).toBe('one-step');
    expect(regimeOf(50, 0.2).kind).toBe('bouncing');
  });
});

describe('forecast, checked against real runs', () => {
  it('predicts the 72 updates of the article’s run', () => {
    expect(forecast(ARTICLE_PARAMS)).toEqual({ kind: 'converges', updates: 72 });
  });

  it.each([1e-12, 3e-12, 5e-12, 8e-12, 1e-11, 1.5e-11, 2e-11, 3e-11, 3.5e-11, 4e-11, 4.5e-11])(
    'predicts the updates for alpha %d to within 2% of a run stopped by a $1 tolerance',
    (alpha) => {
      const params = { ...ARTICLE_PARAMS, alpha };
      const predicted = forecast(params, { tolerance: 1 });
      const run = train(params, { tolerance: 1 });
      expect(run.stop.kind).toBe('tolerance');
      expect(predicted.kind).toBe('converges');
      if (predicted.kind !== 'converges') return;
      expect(Math.abs(predicted.updates - updatesMade(run))).toBeLessThanOrEqual(Math.max(1, 0.02 * updatesMade(run)));
    },
  );

  it.each([5.1e-11, 6e-11, 1e-10, 1, -1e-11])('predicts the overflowing update for alpha %d to within 1%', (alpha) => {
    const params = { ...ARTICLE_PARAMS, alpha };
    const predicted = forecast(params);
    const run = train(params);
    expect(run.stop.kind).toBe('diverged');
    if (run.stop.kind !== 'diverged' || predicted.kind !== 'overflows') throw new Error('expected an overflow');
    const actual = run.stop.iteration + 1;
    expect(Math.abs(predicted.update - actual)).toBeLessThanOrEqual(Math.max(2, 0.01 * actual));
  });

  it('says never for alpha 0 and for the bounce at 2 / input²', () => {
    expect(forecast({ ...ARTICLE_PARAMS, alpha: 0 })).toEqual({ kind: 'never' });
    expect(forecast({ ...ARTICLE_PARAMS, alpha: 5e-11 }).kind).toBe('never');
  });

  it('says one update for 1 / input², and none when the start is already right', () => {
    expect(forecast({ ...ARTICLE_PARAMS, alpha: 2.5e-11 })).toEqual({ kind: 'converges', updates: 1 });
    expect(forecast({ ...ARTICLE_PARAMS, startWeight: 498.75 })).toEqual({ kind: 'converges', updates: 0 });
  });
});
