import { describe, expect, it } from 'vitest';
import { bestWeight, FILMS, filmExamples, finalWeightMany, formatExact, iterationManyAt, trainMany, type ManyOptions } from '../../../../src/core/index.ts';
import {
  announceManyIteration,
  describeManyRegime,
  describeManyStop,
  doublesApart,
  formatMillions,
  formatMse,
  stopTone,
} from '../../../../src/steps/beyond/many/describe.ts';
import { checkRows, defaultRows } from '../../../../src/steps/beyond/many/rows.ts';

const examples = filmExamples(FILMS, 1e6);
const films = checkRows(defaultRows()).films;
const run = (alpha: number, options: ManyOptions = { mode: 'batch' }, startWeight = 1, data = examples) =>
  trainMany({ examples: data, alpha, startWeight }, options);

/** Every stop reason a run over the films can give, with the run that gives it. */
const RUNS = {
  settled: run(0.001),
  flipping: run(0.005),
  converged: run(0.5, { mode: 'batch' }, 0, [{ input: 1, goal: 2 }]),
  tolerance: run(0.001, { mode: 'batch', tolerance: 1 }),
  notLearning: run(0),
  stuck: run(1e-20),
  loop: run(0.0005, { mode: 'stochastic', order: 'in-order' }),
  bouncing: run(2 / 170.34540625, { mode: 'batch' }),
  diverged: run(0.02),
  jitter: run(0.0005, { mode: 'stochastic', order: 'shuffled', seed: 3 }),
  cap: run(1e-7, { mode: 'batch' }),
};

describe('doublesApart: how many 64-bit numbers lie between two', () => {
  it('counts neighbours as 1 and the same double as 0, either order and either sign', () => {
    expect(doublesApart(1, 1)).toBe(0);
    expect(doublesApart(1, 1 + Number.EPSILON)).toBe(1);
    expect(doublesApart(1 + 2 * Number.EPSILON, 1)).toBe(2);
    expect(doublesApart(-1, -(1 + Number.EPSILON))).toBe(1);
    expect(doublesApart(0.1 + 0.2, 0.3)).toBe(1);
    expect(doublesApart(0, Number.MIN_VALUE)).toBe(1);
  });
});

describe('the films’ run in plain words', () => {
  it('names every ending, with numbers and never NaN or Infinity', () => {
    const titles = Object.fromEntries(Object.entries(RUNS).map(([name, r]) => [name, describeManyStop(r).title]));
    expect(titles).toEqual({
      settled: 'Settled at the best weight',
      flipping: 'Flipping between neighbours',
      converged: 'Reached the best weight',
      tolerance: 'Close enough',
      notLearning: 'Not learning',
      stuck: 'Stuck short of the best weight',
      loop: 'Going round in a loop',
      bouncing: 'Bouncing forever',
      diverged: 'Diverged',
      jitter: 'Still jittering at the cap',
      cap: 'Stopped at the cap',
    });
    for (const r of Object.values(RUNS)) {
      const { detail } = describeManyStop(r);
      expect(detail).toMatch(/\S/);
      expect(detail).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('says the best weight is reached, and that no film sits on the line', () => {
    // The run settles a couple of doubles from the closed form's answer: the sentence names both, and how far apart they are.
    const final = finalWeightMany(RUNS.settled);
    const best = bestWeight(examples) as number;
    expect(final).not.toBe(best);
    const apart = doublesApart(final, best);
    expect(apart).toBeGreaterThan(0);
    expect(describeManyStop(RUNS.settled).detail).toContain(
      `no longer changes. Worked out directly, from the films’ sums, the best weight is ${formatExact(best)}: the two are ${
        apart === 1 ? 'neighbours' : `${apart} places apart`
      } among 64-bit numbers, as close as a computer can tell.`,
    );
    expect(describeManyStop(RUNS.settled).detail).toContain(`near ${formatExact(final)}`);
    // Started on it, the weight stays there: one number, said once.
    const onBest = trainMany({ examples, alpha: 0.001, startWeight: best }, { mode: 'batch' });
    expect(onBest.stop.kind).toBe('stalled');
    expect(finalWeightMany(onBest)).toBe(best);
    expect(describeManyStop(onBest).detail).toMatch(/it is the best weight, 6\.3938202206142\d+, as closely as a computer can tell\.$/);
    expect(describeManyStop(RUNS.converged).detail).toMatch(/it fits every film exactly/);
    expect(describeManyStop(RUNS.loop).detail).toMatch(/every 2 passes over them \(40 updates\)/);
  });

  it('has a tone for each ending', () => {
    expect(stopTone(RUNS.settled)).toBe('good');
    expect(stopTone(RUNS.flipping)).toBe('good');
    expect(stopTone(RUNS.diverged)).toBe('failure');
    expect(stopTone(RUNS.jitter)).toBe('warning');
    expect(stopTone(RUNS.stuck)).toBe('warning');
  });

  it('explains the learning rate: r for all at once, alpha × budget² film by film', () => {
    expect(describeManyRegime(0.001, films, 'batch')).toEqual({
      title: 'r = 0.8297',
      detail:
        'Each update removes 17% of the gap to the best weight, always from the same side: the weight approaches it smoothly. One update would land exactly at alpha = 5.87\u00a0×\u00a010⁻³; above 1.17\u00a0×\u00a010⁻² the run diverges.',
    });
    const filmByFilm = describeManyRegime(0.001, films, 'stochastic');
    expect(filmByFilm.title).toBe('r from −1.5 to 0.99996');
    expect(filmByFilm.detail).toMatch(/250% for Moneyball/);
    expect(filmByFilm.detail).toMatch(/For 1 film that is more than 200%: on its own, its updates would diverge; below alpha = 8\.0\u00a0×\u00a010⁻⁴ none do\./);
    expect(describeManyRegime(0.02, films, 'batch').detail).toMatch(/times as far away/);
    expect(describeManyRegime(0, films, 'stochastic').detail).toMatch(/learning rate of 0/);
    expect(describeManyRegime(0.001, [], 'batch').title).toBe('No films');
  });

  it('announces an iteration and formats millions and errors', () => {
    const r = RUNS.loop;
    expect(announceManyIteration(iterationManyAt(r, 0), films)).toBe(
      'Iteration 0: weight 1, mean squared error 32,146, learning from Mad Max.',
    );
    expect(formatMillions(99.75)).toBe('$99.75M');
    expect(formatMillions(-0.5)).toBe('−\u2060$0.5M');
    expect(formatMillions(Number.NaN)).toBe('—');
    expect(formatMse(null)).toBe('beyond the largest 64-bit float');
  });
});
