/** Everything one training run depends on. */
export interface TrainingParams {
  /** What we know: the film's budget. */
  readonly input: number;
  /** The answer we want the prediction to reach: the film's gross. */
  readonly goal: number;
  /** The learning rate: how much of each correction is applied. */
  readonly alpha: number;
  /** The weight the model starts from. */
  readonly startWeight: number;
}

/** When a run may stop before the prediction equals the goal exactly. */
export interface TrainOptions {
  /** Stop when `|delta| <= tolerance`. 0 (the default) keeps only the article's exact rule. */
  readonly tolerance?: number;
  /** The most weight updates a run may make; it then stops with reason `cap`. */
  readonly maxUpdates?: number;
}

/** The learning run the article prints: Mad Max, budget $200,000, gross $99,750,000. */
export const ARTICLE_PARAMS: TrainingParams = {
  input: 200_000,
  goal: 99_750_000,
  alpha: 1e-11,
  startWeight: 1,
};

/**
 * High enough to let the slowest overflow the tutorial shows finish by itself:
 * alpha 5.1e-11 overflows on update 17,318.
 */
export const DEFAULT_MAX_UPDATES = 20_000;

/** The hard ceiling on `maxUpdates`, so no request can make a run unbounded. */
export const MAX_UPDATES_LIMIT = 1_000_000;

/** One thing wrong with a set of parameters, said for people. */
export interface ParamsProblem {
  readonly key: keyof TrainingParams | keyof TrainOptions;
  readonly message: string;
}

/** Thrown by `train` for parameters that cannot make a run; `problems` says why. */
export class TrainingParamsError extends Error {
  readonly problems: readonly ParamsProblem[];
  constructor(problems: readonly ParamsProblem[]) {
    super(problems.map((p) => `${p.key}: ${p.message}`).join('; '));
    this.name = 'TrainingParamsError';
    this.problems = problems;
  }
}

const LABELS: Record<keyof TrainingParams, string> = {
  input: 'The input',
  goal: 'The goal',
  alpha: 'The learning rate',
  startWeight: 'The starting weight',
};

/**
 * Every reason these parameters cannot make a run, or an empty list.
 * Accepts `unknown` values so it can vet anything a reader or a URL hands over.
 */
export function checkParams(params: Record<keyof TrainingParams, unknown>, options: TrainOptions = {}): ParamsProblem[] {
  const problems: ParamsProblem[] = [];
  for (const key of Object.keys(LABELS) as (keyof TrainingParams)[]) {
    const value = params[key];
    if (typeof value !== 'number' || Number.isNaN(value)) {
      problems.push({ key, message: `${LABELS[key]} must be a number.` });
    } else if (!Number.isFinite(value)) {
      problems.push({ key, message: `${LABELS[key]} must be finite, not infinite.` });
    }
  }
  if (problems.length === 0) {
    const { input, goal, startWeight } = params as unknown as TrainingParams;
    const prediction = input * startWeight;
    if (!Number.isFinite(prediction) || !Number.isFinite(prediction - goal)) {
      problems.push({
        key: 'startWeight',
        message: 'The first prediction (input × starting weight) is too large for a 64-bit number.',
      });
    }
  }
  const { tolerance, maxUpdates } = options;
  if (tolerance !== undefined && !(Number.isFinite(tolerance) && tolerance >= 0)) {
    problems.push({ key: 'tolerance', message: 'The tolerance must be a finite number of 0 or more.' });
  }
  if (maxUpdates !== undefined && !(Number.isInteger(maxUpdates) && maxUpdates >= 1 && maxUpdates <= MAX_UPDATES_LIMIT)) {
    problems.push({ key: 'maxUpdates', message: `The iteration cap must be a whole number from 1 to ${MAX_UPDATES_LIMIT}.` });
  }
  return problems;
}
