import { describe, expect, it } from 'vitest';
import { trainMany } from '../../../../src/core/index.ts';
import { OUTPUTS_EXAMPLES } from '../../../../src/steps/beyond/several/data.ts';
import {
  OUTPUTS_DEFAULT_ALPHA,
  OUTPUTS_EDGE,
  OUTPUTS_ONE_STEP,
  aloneRun,
  bestOutputWeights,
  createOutputsState,
  sameWeights,
  setDoubled,
  setOutputsAlpha,
} from '../../../../src/steps/beyond/several/outputsState.ts';

describe('several outputs', () => {
  it('one input, budget ($M), and two goals: worldwide and domestic gross ($M)', () => {
    expect(OUTPUTS_EXAMPLES).toHaveLength(20);
    expect(OUTPUTS_EXAMPLES[0]).toEqual({ input: 0.2, goals: [99.75, 8.75] });
    expect(OUTPUTS_ONE_STEP).toBeCloseTo(1 / 170.3454, 6);
    expect(OUTPUTS_EDGE).toBeCloseTo(2 * OUTPUTS_ONE_STEP, 12);
  });

  it('each weight trained together follows its own one-weight run exactly, to its best weight', () => {
    const state = createOutputsState();
    const [best0, best1] = bestOutputWeights(false);
    for (const k of [0, 1] as const) {
      const run = state.runs[k];
      expect(sameWeights(run, aloneRun(state, k))).toBe(true);
      expect(run.weights[run.length - 1]).toBeCloseTo((k === 0 ? best0 : best1) ?? Number.NaN, 9);
    }
    expect(best0).toBeCloseTo(6.3938, 4);
    expect(best1).toBeCloseTo(3.5321, 4);
    expect(state.playback.last).toBe(Math.max(state.runs[0].length, state.runs[1].length) - 1);
  });

  it('doubling the domestic goals doubles the domestic weight and leaves the worldwide run exactly as it was', () => {
    const before = createOutputsState();
    const change = setDoubled(before, true);
    if (!change.ok) throw new Error(change.message);
    const after = change.state;
    expect(sameWeights(before.runs[0], after.runs[0])).toBe(true);
    expect(sameWeights(before.runs[1], after.runs[1])).toBe(false);
    expect(after.runs[1].weights[after.runs[1].length - 1]).toBeCloseTo(2 * (bestOutputWeights(false)[1] ?? 0), 9);
  });

  it('the worldwide run is the one-weight trainMany run on worldwide gross alone', () => {
    const state = createOutputsState();
    const alone = trainMany(
      { examples: OUTPUTS_EXAMPLES.map(({ input, goals }) => ({ input, goal: goals[0] ?? 0 })), alpha: OUTPUTS_DEFAULT_ALPHA, startWeight: 0 },
      { mode: 'batch' },
    );
    expect(Array.from(state.runs[0].weights)).toEqual(Array.from(alone.weights));
  });

  it('refuses a learning rate that is not a finite number, and accepts the edge cases that still make a run', () => {
    const state = createOutputsState();
    for (const alpha of [Number.NaN, Infinity, -Infinity]) expect(setOutputsAlpha(state, alpha).ok).toBe(false);
    for (const alpha of [0, -1, 1e308, 1e-320]) {
      const change = setOutputsAlpha(state, alpha);
      expect(change.ok).toBe(true);
      if (change.ok) for (const run of change.state.runs) expect(run.weights.every(Number.isFinite)).toBe(true);
    }
  });
});
