import { describe, expect, it } from 'vitest';
import {
  finalWeightsSeveral,
  meanSquaredErrorSeveral,
  toRawWeights,
  trainSeveral,
  updatesMadeSeveral,
} from '../../../../src/core/index.ts';
import { BEST, BEST_ALPHA, CURVATURE, EDGE_ALPHA, RAW_EXAMPLES, SCALES_OF_INPUTS, examplesFor } from '../../../../src/steps/beyond/several/data.ts';
import { describeSeveralStop } from '../../../../src/steps/beyond/several/describeSeveral.ts';
import { log10ExcessAt, log10MseAt, log10MseSeries } from '../../../../src/steps/beyond/several/series.ts';
import {
  DEFAULT_SETTINGS,
  URL_KEYS,
  createSeveralState,
  decodeSeveral,
  setAlpha,
  setScale,
  setStartWeight,
  severalEntries,
  startWeightsFor,
  type SeveralState,
} from '../../../../src/steps/beyond/several/severalState.ts';

const NOT_FINITE = /NaN|Infinity|undefined/;

function expectOk(change: ReturnType<typeof setAlpha>): SeveralState {
  if (!change.ok) throw new Error(change.message);
  return change.state;
}

describe('the films with two inputs', () => {
  it('are budget ($M) and runtime (minutes) against worldwide gross ($M)', () => {
    expect(RAW_EXAMPLES).toHaveLength(20);
    expect(RAW_EXAMPLES[0]).toEqual({ inputs: [0.2, 93], goal: 99.75 });
    expect(SCALES_OF_INPUTS).toEqual([50, 133]);
  });

  it('normalising makes the bowl rounder: the condition number falls from about 108 to about 16.5', () => {
    expect(CURVATURE.raw.conditionNumber).toBeCloseTo(107.88, 1);
    expect(CURVATURE.normalised.conditionNumber).toBeCloseTo(16.49, 1);
  });

  it('both scales have the same best weights, mapped back', () => {
    const back = toRawWeights(BEST.normalised, SCALES_OF_INPUTS);
    expect(back[0]).toBeCloseTo(BEST.raw[0], 10);
    expect(back[1]).toBeCloseTo(BEST.raw[1], 10);
  });

  it('at their best learning rates, normalised inputs need far fewer updates than raw ones', () => {
    const runs = (['raw', 'normalised'] as const).map((scale) =>
      trainSeveral({ examples: examplesFor(scale), alpha: BEST_ALPHA[scale], startWeights: startWeightsFor({ scale, start: [0, 0] }) }),
    );
    const [raw, normalised] = runs.map((r) => updatesMadeSeveral(r));
    expect(raw).toBe(1820);
    expect(normalised).toBe(293);
  });
});

describe('the chapter’s state', () => {
  it('defaults to raw inputs, starting weights 0, learning rates a little below the best ones', () => {
    const state = createSeveralState();
    expect(DEFAULT_SETTINGS.alphas.raw).toBe(1.5e-4);
    expect(DEFAULT_SETTINGS.alphas.raw).toBeLessThan(BEST_ALPHA.raw);
    expect(DEFAULT_SETTINGS.alphas.normalised).toBe(2.5);
    expect(DEFAULT_SETTINGS.alphas.normalised).toBeLessThan(BEST_ALPHA.normalised);
    expect(state.run.params.startWeights).toEqual([0, 0]);
    expect(state.playback).toMatchObject({ index: 0, last: state.run.length - 1, playing: false });
  });

  it('Run to end lands on the best weights', () => {
    const { run } = createSeveralState();
    const final = finalWeightsSeveral(run);
    expect(final[0]).toBeCloseTo(BEST.raw[0], 9);
    expect(final[1]).toBeCloseTo(BEST.raw[1], 9);
  });

  it('keeps one learning rate per scale, and starts a normalised run from the scaled starting weights', () => {
    let state = expectOk(setAlpha(createSeveralState(), 1e-4));
    state = expectOk(setStartWeight(state, 0, 0.5));
    state = expectOk(setScale(state, 'normalised'));
    expect(state.run.params.alpha).toBe(DEFAULT_SETTINGS.alphas.normalised);
    expect(state.run.params.startWeights).toEqual([25, 0]);
    state = expectOk(setScale(state, 'raw'));
    expect(state.run.params.alpha).toBe(1e-4);
  });

  it('keeps the iteration on show when the new run is long enough, and stops playing', () => {
    const state = createSeveralState();
    const moved = { ...state, playback: { ...state.playback, index: 50, playing: true } };
    const next = expectOk(setAlpha(moved, 1.4e-4));
    expect(next.playback).toMatchObject({ index: 50, playing: false });
  });

  it('refuses values that cannot make a run, with a message, and keeps the state', () => {
    const state = createSeveralState();
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      const change = setAlpha(state, value);
      expect(change.ok).toBe(false);
      if (!change.ok) expect(change.message).toMatch(/finite/);
    }
    for (const value of [1e308, -1e308, 1e307]) {
      const change = setStartWeight(state, 1, value);
      expect(change.ok, String(value)).toBe(false);
      if (!change.ok) expect(change.message).toMatch(/too large|finite/);
    }
  });

  it('accepts odd but possible values and never produces a non-finite weight', () => {
    for (const alpha of [0, -1e-4, 1e-320, 1, 1e308]) {
      const state = expectOk(setAlpha(createSeveralState(), alpha));
      expect(state.run.weights.every(Number.isFinite)).toBe(true);
      const stop = describeSeveralStop(state.run, BEST.raw, EDGE_ALPHA.raw);
      expect(`${stop.title} ${stop.detail}`).not.toMatch(NOT_FINITE);
    }
    const subnormal = expectOk(setStartWeight(createSeveralState(), 0, 1e-320));
    expect(subnormal.settings.start[0]).toBe(1e-320);
    expect(Object.is(expectOk(setStartWeight(subnormal, 0, -0)).settings.start[0], 0)).toBe(true);
  });
});

describe('stop reasons in plain words', () => {
  const said = (alpha: number, scale: 'raw' | 'normalised' = 'raw') => {
    const run = trainSeveral({ examples: examplesFor(scale), alpha, startWeights: [0, 0] });
    return { run, ...describeSeveralStop(run, BEST[scale], EDGE_ALPHA[scale]) };
  };

  it('names each way a run can end', () => {
    expect(said(1.5e-4)).toMatchObject({ title: 'Settled at the bottom', good: true });
    expect(said(BEST_ALPHA.normalised, 'normalised')).toMatchObject({ title: 'Flipping between neighbours', good: true });
    expect(said(0)).toMatchObject({ title: 'Not learning', good: false });
    expect(said(2e-4).title).toBe('Diverged');
    expect(said(2e-4).detail).toContain('above the edge');
    expect(said(-1e-4).detail).toContain('negative learning rate');
    expect(said(1e-7)).toMatchObject({ title: 'Stopped at the cap', good: false });
  });

  it('says a run that starts at the best weights has nothing to learn, or settles at once', () => {
    const run = trainSeveral({ examples: RAW_EXAMPLES, alpha: 1e-4, startWeights: [...BEST.raw] });
    const stop = describeSeveralStop(run, BEST.raw, EDGE_ALPHA.raw);
    expect(stop.good).toBe(true);
  });
});

describe('errors along a run', () => {
  it('log10MseAt agrees with the core’s mean squared error', () => {
    for (const w of [[0, 0], [1, 2], [-1.25, 1.5], [1e100, -1e100]]) {
      const mse = meanSquaredErrorSeveral(w, RAW_EXAMPLES);
      const log = log10MseAt(RAW_EXAMPLES, w);
      if (Number.isFinite(mse)) expect(log).toBeCloseTo(Math.log10(mse), 9);
      else expect(Number.isFinite(log)).toBe(true); // beyond a double, still a finite logarithm
    }
  });

  it('log10ExcessAt is the error above the lowest, exact where subtraction would not be', () => {
    const best = BEST.raw;
    const lowest = meanSquaredErrorSeveral(best, RAW_EXAMPLES);
    const w = [0, 0];
    expect(10 ** log10ExcessAt(RAW_EXAMPLES, w, best)).toBeCloseTo(meanSquaredErrorSeveral(w, RAW_EXAMPLES) - lowest, 3);
    expect(log10ExcessAt(RAW_EXAMPLES, best, best)).toBe(-Infinity);
    const nearly = [best[0] + 1e-12, best[1]];
    expect(log10ExcessAt(RAW_EXAMPLES, nearly, best)).toBeLessThan(-20);
  });

  it('log10MseSeries has one finite value per iteration', () => {
    const { run } = createSeveralState();
    const logs = log10MseSeries(run);
    expect(logs).toHaveLength(run.length);
    expect(logs.every(Number.isFinite)).toBe(true);
  });
});

describe('shared links', () => {
  const link = (entries: Record<string, string>) => (key: string) => entries[key] ?? null;

  it('the defaults write nothing; changes write only what differs', () => {
    const state = createSeveralState();
    expect(severalEntries(state)).toBeNull();
    const changed = expectOk(setStartWeight(expectOk(setScale(state, 'normalised')), 0, 0.5));
    expect(severalEntries({ ...changed, playback: { ...changed.playback, index: 7 } })).toEqual({
      [URL_KEYS.scale]: 'normalised',
      [URL_KEYS.w1]: '0.5',
      [URL_KEYS.index]: '7',
    });
  });

  it('reads back what it writes', () => {
    const written = { 'several.scale': 'normalised', 'several.alpha': '2', 'several.w1': '0.5', 'several.w2': '-1', 'several.i': '12' };
    const { state, notice } = decodeSeveral(link(written));
    expect(notice).toBeNull();
    expect(state.settings).toMatchObject({ scale: 'normalised', start: [0.5, -1] });
    expect(state.run.params.alpha).toBe(2);
    expect(state.playback.index).toBe(12);
    expect(severalEntries(state)).toEqual(written);
  });

  it('falls back, with a notice naming each problem, for hostile values', () => {
    const { state, notice } = decodeSeveral(
      link({
        'several.scale': '<script>alert(1)</script>',
        'several.alpha': 'NaN',
        'several.w1': 'Infinity',
        'several.w2': '1e999',
        'several.i': '-3',
      }),
    );
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.playback.index).toBe(0);
    expect(notice).toMatch(/^Some settings for this chapter in the link were not used: /);
    expect(notice).toContain('inputs “<script>alert(1)</sc…” is neither “raw” nor “normalised”');
    expect(notice).toContain('learning rate “NaN” is not a finite number');
    expect(notice).toContain('starting weight 1 “Infinity” is not a finite number');
    expect(notice).toContain('starting weight 2 “1e999” is not a finite number');
    expect(notice).toContain('iteration “-3” is not a whole number of 0 or more');
  });

  it('refuses starting weights too large for a prediction, and iterations past the end', () => {
    const big = decodeSeveral(link({ 'several.w2': '1e307' }));
    expect(big.state.settings).toEqual(DEFAULT_SETTINGS);
    expect(big.notice).toContain('too large for a 64-bit number, so the default settings are used');
    const past = decodeSeveral(link({ 'several.i': '999999' }));
    expect(past.state.playback.index).toBe(past.state.playback.last);
    expect(past.notice).toContain(`iteration 999999 is past the end of this run, so the last one (${past.state.playback.last}) is shown`);
  });

  it('ignores overlong values and other number spellings', () => {
    const { notice } = decodeSeveral(link({ 'several.alpha': '0.'.padEnd(60, '1'), 'several.w1': '١', 'several.w2': '1,5' }));
    expect(notice).toContain('learning rate');
    expect(notice).toContain('starting weight 1 “١”');
    expect(notice).toContain('starting weight 2 “1,5”');
  });
});
