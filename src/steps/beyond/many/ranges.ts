import type { SliderRange } from '../../../store/index.ts';
import type { Film } from './rows.ts';

const decadeFloor = (x: number): number => 10 ** Math.floor(Math.round(Math.log10(x) * 1e9) / 1e9);
const decadeCeil = (x: number): number => 10 ** Math.ceil(Math.round(Math.log10(x) * 1e9) / 1e9);

/** The learning rates that matter for these films: one step and the edge, all at once and one at a time. */
export interface AlphaMarks {
  /** 1 / mean(budget²) and 2 / mean(budget²). */
  readonly batchOneStep: number;
  readonly batchEdge: number;
  /** 1 / budget² and 2 / budget² of the largest film. */
  readonly filmOneStep: number;
  readonly filmEdge: number;
}

export function alphaMarks(films: readonly Film[]): AlphaMarks | null {
  if (films.length === 0) return null;
  let sum = 0;
  let largest = 0;
  for (const { budget } of films) {
    sum += budget * budget;
    largest = Math.max(largest, budget * budget);
  }
  const mean = sum / films.length;
  const marks = { batchOneStep: 1 / mean, batchEdge: 2 / mean, filmOneStep: 1 / largest, filmEdge: 2 / largest };
  return Object.values(marks).every((v) => Number.isFinite(v) && v > 0) ? marks : null;
}

/**
 * The learning-rate slider: logarithmic, from a hundredth of the smallest one-step rate to five
 * times the largest edge, in whole decades (10⁻⁶ to 10⁻¹ for the 20 films), marked with the
 * one-step rate and the edge of the mode in use.
 */
export function alphaRange(films: readonly Film[], mode: 'batch' | 'stochastic'): SliderRange {
  const m = alphaMarks(films);
  if (m === null) return { min: 1e-6, max: 1e-1, scale: 'log', marks: [] };
  const min = decadeFloor(Math.min(m.batchOneStep, m.filmOneStep) / 100);
  const max = decadeCeil(Math.max(m.batchEdge, m.filmEdge) * 5);
  if (!(min > 0 && Number.isFinite(max) && min < max)) return { min: 1e-6, max: 1e-1, scale: 'log', marks: [] };
  const [oneStep, edge] = mode === 'batch' ? [m.batchOneStep, m.batchEdge] : [m.filmOneStep, m.filmEdge];
  return { min, max, scale: 'log', marks: [
    { value: oneStep, label: 'one step' },
    { value: edge, label: 'edge' },
  ] };
}

/**
 * The starting-weight slider: linear, from half a decade below 0 to one and a half decades past
 * the best weight (−5 to 15 for the films' 6.39), marked at the best weight.
 */
export function startWeightRange(best: number | null): SliderRange {
  if (best === null || best === 0 || !Number.isFinite(decadeCeil(Math.abs(best)) * 1.5)) {
    return { min: -10, max: 10, scale: 'linear', marks: [] };
  }
  const reach = decadeCeil(Math.abs(best));
  const [min, max] = best > 0 ? [-reach / 2, reach * 1.5] : [-reach * 1.5, reach / 2];
  return { min, max, scale: 'linear', marks: [{ value: best, label: 'best' }] };
}
