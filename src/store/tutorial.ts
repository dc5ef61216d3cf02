import {
  ARTICLE_PARAMS,
  DEFAULT_MAX_UPDATES,
  checkParams,
  train,
  type Run,
  type TrainingParams,
} from '../core/index.ts';
import { CHALLENGES } from './challenges.ts';

/** The playback speeds, in iterations per second; the last is the highest. */
export const SPEEDS = [1, 3, 10, 30, 100, 1000] as const;
export const DEFAULT_SPEED = 3;

/**
 * Playing at this speed or faster, the iteration moves every frame or two, too fast to follow
 * step by step: the charts' current points jump instead of gliding (each glide would restart
 * before it ended), and the trace table shows a sample of the iterations instead of each one.
 */
export const FAST_PLAY_SPEED = 30;

/** Whether the lab is playing at `FAST_PLAY_SPEED` or faster. */
export function playingFast(lab: LabState): boolean {
  return lab.playing && lab.speed >= FAST_PLAY_SPEED;
}

/** The training lab: the parameters, the whole run they produce, and where the reader is in it. */
export interface LabState {
  readonly params: TrainingParams;
  /** Stop when |delta| is at most this many dollars; 0 keeps the article's exact rule. */
  readonly tolerance: number;
  readonly run: Run;
  /** The iteration on show, always inside the run. */
  readonly index: number;
  readonly playing: boolean;
  /** Iterations per second while playing; one of SPEEDS. */
  readonly speed: number;
}

/** The interactive numbers in the first three chapters. */
export interface ChapterState {
  /** Predict: the budget and weight in the first example ($100,000 at 2.5). */
  readonly predictBudget: number;
  readonly predictWeight: number;
  /** Compare and Learn: the weight tried against Mad Max. */
  readonly compareWeight: number;
}

export interface TutorialState {
  readonly chapters: ChapterState;
  readonly lab: LabState;
  /** A message about the shared link that was opened (values that were not used), or null. */
  readonly notice: string | null;
  /** The ids of the challenges the reader has met so far, in the order met. */
  readonly achieved: readonly string[];
}

export const DEFAULT_CHAPTERS: ChapterState = { predictBudget: 100_000, predictWeight: 2.5, compareWeight: 2.5 };

function runFor(params: TrainingParams, tolerance: number): Run {
  return train(params, { tolerance, maxUpdates: DEFAULT_MAX_UPDATES });
}

export function createLab(params: TrainingParams = ARTICLE_PARAMS, tolerance = 0, index = 0): LabState {
  const run = runFor(params, tolerance);
  return { params, tolerance, run, index: clampIndex(index, run), playing: false, speed: DEFAULT_SPEED };
}

export function initialState(): TutorialState {
  return { chapters: DEFAULT_CHAPTERS, lab: createLab(), notice: null, achieved: [] };
}

function clampIndex(index: number, run: Run): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(run.length - 1, Math.max(0, Math.trunc(index)));
}

/** The outcome of asking for new parameters: the new state, or why it was refused. */
export type Change = { readonly ok: true; readonly state: TutorialState } | { readonly ok: false; readonly message: string };

/**
 * Sets one training parameter and recomputes the run; the iteration on show stays where it
 * was if the new run is long enough. Parameters that cannot make a run are refused with a
 * message and the state is kept as it was.
 */
export function setParam(state: TutorialState, key: keyof TrainingParams, value: number): Change {
  return setParams(state, { ...state.lab.params, [key]: value });
}

/** Sets all training parameters at once (a preset, a film); refused like {@link setParam}. */
export function setParams(state: TutorialState, params: TrainingParams, tolerance = state.lab.tolerance): Change {
  const problems = checkParams(params, { tolerance });
  const [first] = problems;
  if (first) return { ok: false, message: first.message };
  const run = runFor(params, tolerance);
  const lab: LabState = { ...state.lab, params, tolerance, run, index: clampIndex(state.lab.index, run) };
  const met = CHALLENGES.filter((c) => c.isMet(run) && !state.achieved.includes(c.id)).map((c) => c.id);
  const achieved = met.length === 0 ? state.achieved : [...state.achieved, ...met];
  return { ok: true, state: { ...state, lab, achieved } };
}

export function setTolerance(state: TutorialState, tolerance: number): Change {
  return setParams(state, state.lab.params, tolerance);
}

/** Whether two lab states show the same run (they differ only in the iteration on show, or in playback). */
export const sameRun = (a: LabState, b: LabState): boolean => a.run === b.run;

function withLab(state: TutorialState, lab: Partial<LabState>): TutorialState {
  return { ...state, lab: { ...state.lab, ...lab } };
}

/** Moves to an iteration (clamped into the run). Moving by hand pauses playback. */
export function goTo(state: TutorialState, index: number, options: { keepPlaying?: boolean } = {}): TutorialState {
  const next = clampIndex(index, state.lab.run);
  const playing = options.keepPlaying === true && state.lab.playing && next < state.lab.run.length - 1;
  if (next === state.lab.index && playing === state.lab.playing) return state;
  return withLab(state, { index: next, playing });
}

export const stepForward = (state: TutorialState): TutorialState => goTo(state, state.lab.index + 1);
export const stepBack = (state: TutorialState): TutorialState => goTo(state, state.lab.index - 1);
export const reset = (state: TutorialState): TutorialState => goTo(state, 0);
export const runToEnd = (state: TutorialState): TutorialState => goTo(state, state.lab.run.length - 1);

/** Starts playback; from the last iteration it starts again at the beginning. */
export function play(state: TutorialState): TutorialState {
  const atEnd = state.lab.index >= state.lab.run.length - 1;
  return withLab(state, { playing: true, index: atEnd ? 0 : state.lab.index });
}

export function pause(state: TutorialState): TutorialState {
  return state.lab.playing ? withLab(state, { playing: false }) : state;
}

export function setSpeed(state: TutorialState, speed: number): TutorialState {
  const known = SPEEDS.find((s) => s === speed);
  return known === undefined ? state : withLab(state, { speed: known });
}

export function setChapter(state: TutorialState, key: keyof ChapterState, value: number): TutorialState {
  if (!Number.isFinite(value)) return state;
  return { ...state, chapters: { ...state.chapters, [key]: value } };
}

export function dismissNotice(state: TutorialState): TutorialState {
  return state.notice === null ? state : { ...state, notice: null };
}
