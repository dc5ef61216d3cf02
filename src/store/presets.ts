import { ARTICLE_PARAMS, type TrainingParams } from '../core/index.ts';

/** A ready-made experiment for the lab. */
export interface Preset {
  readonly id: string;
  readonly label: string;
  /** What the reader will see, in a sentence. */
  readonly description: string;
  readonly params: TrainingParams;
}

const withAlpha = (alpha: number): TrainingParams => ({ ...ARTICLE_PARAMS, alpha });

export const PRESETS: readonly Preset[] = [
  {
    id: 'article',
    label: 'The article’s run',
    description: 'alpha 1e-11: 72 smooth updates to exactly 498.75.',
    params: ARTICLE_PARAMS,
  },
  {
    id: 'one-step',
    label: 'One step',
    description: 'alpha 2.5e-11 = 1 / budget²: the first update lands on the goal.',
    params: withAlpha(2.5e-11),
  },
  {
    id: 'overshoot',
    label: 'Overshoot',
    description: 'alpha 3.2e-11: each update jumps past the goal, by less each time.',
    params: withAlpha(3.2e-11),
  },
  {
    id: 'bounce',
    label: 'Bounce forever',
    description: 'alpha 5e-11 = 2 / budget²: the weight jumps between 1.0 and 996.5 forever.',
    params: withAlpha(5e-11),
  },
  {
    id: 'diverge',
    label: 'Diverge',
    description: 'alpha 6e-11: every jump is bigger than the last, until the numbers overflow.',
    params: withAlpha(6e-11),
  },
  {
    id: 'stuck',
    label: 'Stuck one step short',
    description: 'alpha 5e-12: the weight freezes a hair below 498.75 and never gets there.',
    params: withAlpha(5e-12),
  },
];

/** The preset these parameters match exactly, if any. */
export function presetMatching(params: TrainingParams): Preset | undefined {
  return PRESETS.find(
    (p) =>
      p.params.alpha === params.alpha &&
      p.params.startWeight === params.startWeight &&
      p.params.input === params.input &&
      p.params.goal === params.goal,
  );
}
