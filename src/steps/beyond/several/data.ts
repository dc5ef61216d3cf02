import {
  FILMS,
  curvatureOf,
  bestWeights,
  normalise,
  type Curvature,
  type OutputsExample,
  type SeveralExample,
} from '../../../core/index.ts';

/** Both chapters measure money in millions of dollars, so the numbers stay readable. */
export const MILLION = 1_000_000;

/** Which inputs the several-inputs chapter trains on: as measured, or each divided by its largest value. */
export type Scale = 'raw' | 'normalised';
export const SCALES: readonly Scale[] = ['raw', 'normalised'];

/** The twenty films as examples with two inputs: budget ($M) and runtime (minutes); goal: worldwide gross ($M). */
export const RAW_EXAMPLES: readonly SeveralExample[] = Object.freeze(
  FILMS.map((film) => Object.freeze({ inputs: Object.freeze([film.budget / MILLION, film.runtimeMinutes]), goal: film.worldwideGross / MILLION })),
);

const normalised = normalise(RAW_EXAMPLES);

/** The same examples with each input divided by its largest value (max-abs scaling). */
export const NORMALISED_EXAMPLES: readonly SeveralExample[] = Object.freeze(normalised.examples);

/** The divisors of the two inputs: the largest budget ($M) and the longest runtime (minutes). */
export const SCALES_OF_INPUTS: readonly [number, number] = [normalised.scales[0] ?? 1, normalised.scales[1] ?? 1];

/** The smallest budget ($M) and runtime (minutes) of the films. */
export const SMALLEST_INPUTS: readonly [number, number] = [
  Math.min(...RAW_EXAMPLES.map((e) => e.inputs[0] ?? 0)),
  Math.min(...RAW_EXAMPLES.map((e) => e.inputs[1] ?? 0)),
];

/** The examples a scale trains on. */
export const examplesFor = (scale: Scale): readonly SeveralExample[] => (scale === 'raw' ? RAW_EXAMPLES : NORMALISED_EXAMPLES);

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`The films give no ${what}.`);
  return value;
}

/** How each version of the error bowl curves. */
export const CURVATURE: Readonly<Record<Scale, Curvature>> = {
  raw: required(curvatureOf(RAW_EXAMPLES), 'curvature'),
  normalised: required(curvatureOf(NORMALISED_EXAMPLES), 'curvature'),
};

/** The least-squares weights, in raw units (per $M of budget, per minute of runtime). */
export const BEST_RAW = required(bestWeights(RAW_EXAMPLES), 'best weights') as readonly number[];

/** The least-squares weights for each scale, in that scale's own units. */
export const BEST: Readonly<Record<Scale, readonly [number, number]>> = {
  raw: [BEST_RAW[0] ?? 0, BEST_RAW[1] ?? 0],
  normalised: [(BEST_RAW[0] ?? 0) * SCALES_OF_INPUTS[0], (BEST_RAW[1] ?? 0) * SCALES_OF_INPUTS[1]],
};

/** `curvature.bestAlpha`, which always exists for the films. */
export const BEST_ALPHA: Readonly<Record<Scale, number>> = {
  raw: required(CURVATURE.raw.bestAlpha, 'best learning rate'),
  normalised: required(CURVATURE.normalised.bestAlpha, 'best learning rate'),
};

/** `curvature.edgeAlpha`: any larger learning rate diverges. */
export const EDGE_ALPHA: Readonly<Record<Scale, number>> = {
  raw: required(CURVATURE.raw.edgeAlpha, 'edge of stability'),
  normalised: required(CURVATURE.normalised.edgeAlpha, 'edge of stability'),
};

/** The films as examples with one input, budget ($M), and two goals: worldwide and domestic gross ($M). */
export const OUTPUTS_EXAMPLES: readonly OutputsExample[] = Object.freeze(
  FILMS.map((film) => Object.freeze({ input: film.budget / MILLION, goals: Object.freeze([film.worldwideGross / MILLION, film.domesticGross / MILLION]) })),
);
