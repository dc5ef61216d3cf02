import {
  DEFAULT_MAX_UPDATES,
  bestWeight,
  checkManyParams,
  meanInputSquare,
  splitOutputs,
  trainMany,
  trainOutputs,
  type ManyRun,
  type OutputsExample,
} from '../../../core/index.ts';
import { OUTPUTS_EXAMPLES } from './data.ts';
import { createPlayback, withLast, type Playback } from './playback.ts';

/** The two outputs, in the order of each example's goals. */
export const OUTPUT_NAMES = ['worldwide', 'domestic'] as const;

/** The films with every domestic gross doubled: a change to the domestic goals alone. */
export const DOUBLED_EXAMPLES: readonly OutputsExample[] = OUTPUTS_EXAMPLES.map(({ input, goals }) => ({
  input,
  goals: [goals[0] ?? 0, 2 * (goals[1] ?? 0)],
}));

export const outputsExamples = (doubled: boolean): readonly OutputsExample[] => (doubled ? DOUBLED_EXAMPLES : OUTPUTS_EXAMPLES);

/** mean(budget²) of the films, in $M²: it sets the learning rates of both outputs alike. */
export const OUTPUTS_CURVATURE = meanInputSquare(OUTPUTS_EXAMPLES.map(({ input }) => ({ input, goal: 0 })));
/** The learning rate that lands on both best weights in one update, and the edge above which both diverge. */
export const OUTPUTS_ONE_STEP = 1 / OUTPUTS_CURVATURE;
export const OUTPUTS_EDGE = 2 / OUTPUTS_CURVATURE;
export const OUTPUTS_DEFAULT_ALPHA = 0.001;
export const OUTPUTS_START: readonly [number, number] = [0, 0];

export interface OutputsState {
  readonly alpha: number;
  /** Whether every domestic gross is doubled. */
  readonly doubled: boolean;
  /** One run per output, trained together by trainOutputs. */
  readonly runs: readonly [ManyRun, ManyRun];
  readonly playback: Playback;
}

function runsFor(alpha: number, doubled: boolean): readonly [ManyRun, ManyRun] {
  const [a, b] = trainOutputs(
    { examples: outputsExamples(doubled), alpha, startWeights: OUTPUTS_START },
    { mode: 'batch', maxUpdates: DEFAULT_MAX_UPDATES },
  );
  if (a === undefined || b === undefined) throw new Error('Two outputs give two runs.');
  return [a, b];
}

const lastOf = (runs: readonly ManyRun[]): number => Math.max(...runs.map((r) => r.length - 1));

export function createOutputsState(alpha = OUTPUTS_DEFAULT_ALPHA, doubled = false): OutputsState {
  const runs = runsFor(alpha, doubled);
  return { alpha, doubled, runs, playback: createPlayback(lastOf(runs)) };
}

export type OutputsChange = { readonly ok: true; readonly state: OutputsState } | { readonly ok: false; readonly message: string };

function apply(state: OutputsState, alpha: number, doubled: boolean): OutputsChange {
  if (!Number.isFinite(alpha)) return { ok: false, message: 'The learning rate must be a finite number.' };
  for (const examples of splitOutputs(outputsExamples(doubled))) {
    const [problem] = checkManyParams({ examples, alpha, startWeight: 0 });
    if (problem !== undefined) return { ok: false, message: problem.message };
  }
  const runs = runsFor(alpha, doubled);
  return { ok: true, state: { alpha, doubled, runs, playback: withLast(state.playback, lastOf(runs)) } };
}

export const setOutputsAlpha = (state: OutputsState, alpha: number): OutputsChange =>
  Object.is(alpha, state.alpha) ? { ok: true, state } : apply(state, alpha, state.doubled);

export const setDoubled = (state: OutputsState, doubled: boolean): OutputsChange =>
  doubled === state.doubled ? { ok: true, state } : apply(state, state.alpha, doubled);

/** Output k's run on its own: a one-weight trainMany on that output's goals alone. */
export function aloneRun(state: Pick<OutputsState, 'alpha' | 'doubled'>, k: 0 | 1): ManyRun {
  const examples = splitOutputs(outputsExamples(state.doubled))[k] ?? [];
  return trainMany({ examples, alpha: state.alpha, startWeight: OUTPUTS_START[k] }, { mode: 'batch', maxUpdates: DEFAULT_MAX_UPDATES });
}

/** Whether two runs went through exactly the same weights, bit for bit. */
export function sameWeights(a: ManyRun, b: ManyRun): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a.weights[i], b.weights[i])) return false;
  return true;
}

/** The best weight of each output, for the films as they are or with domestic doubled. */
export function bestOutputWeights(doubled: boolean): readonly [number | null, number | null] {
  const [a = [], b = []] = splitOutputs(outputsExamples(doubled));
  return [bestWeight(a), bestWeight(b)];
}
