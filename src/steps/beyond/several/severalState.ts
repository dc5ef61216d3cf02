import {
  DEFAULT_MAX_UPDATES,
  checkSeveralParams,
  toScaledWeights,
  trainSeveral,
  type SeveralRun,
} from '../../../core/index.ts';
import { SCALES, SCALES_OF_INPUTS, examplesFor, type Scale } from './data.ts';
import { createPlayback, goTo, withLast, type Playback } from './playback.ts';

/** What the reader sets in the several-inputs chapter. */
export interface SeveralSettings {
  readonly scale: Scale;
  /** One learning rate per scale: a good rate for raw inputs is useless for normalised ones, and back. */
  readonly alphas: Readonly<Record<Scale, number>>;
  /** The starting weights in raw units (per $M of budget, per minute of runtime), whichever the scale. */
  readonly start: readonly [number, number];
}

/** The chapter's whole state: the settings, the run they make, and where the reader is in it. */
export interface SeveralState {
  readonly settings: SeveralSettings;
  readonly run: SeveralRun;
  readonly playback: Playback;
}

/**
 * The defaults: both runs start from weights of 0, at round learning rates a little below the best
 * ones (1.5 × 10⁻⁴ for raw inputs, where 1.79 × 10⁻⁴ is best; 2.5 for normalised ones, where 2.9
 * is), so the path first drops into the valley and then visibly crawls along it.
 */
export const DEFAULT_SETTINGS: SeveralSettings = {
  scale: 'raw',
  alphas: { raw: 1.5e-4, normalised: 2.5 },
  start: [0, 0],
};

/** The starting weights a run on this scale begins from: raw weights times the inputs' scales when normalised. */
export function startWeightsFor(settings: Pick<SeveralSettings, 'scale' | 'start'>): number[] {
  return settings.scale === 'raw' ? [...settings.start] : toScaledWeights(settings.start, SCALES_OF_INPUTS);
}

/** Every reason these settings cannot make a run (for both scales' starting weights), or an empty list. */
export function settingsProblems(settings: SeveralSettings): string[] {
  const messages = new Set<string>();
  for (const scale of SCALES) {
    const alpha = scale === settings.scale ? settings.alphas[scale] : 1;
    const problems = checkSeveralParams({ examples: examplesFor(scale), alpha, startWeights: startWeightsFor({ scale, start: settings.start }) });
    for (const p of problems) messages.add(p.message);
  }
  return [...messages];
}

function runFor(settings: SeveralSettings): SeveralRun {
  return trainSeveral(
    { examples: examplesFor(settings.scale), alpha: settings.alphas[settings.scale], startWeights: startWeightsFor(settings) },
    { maxUpdates: DEFAULT_MAX_UPDATES },
  );
}

export function createSeveralState(settings: SeveralSettings = DEFAULT_SETTINGS, index = 0): SeveralState {
  const run = runFor(settings);
  return { settings, run, playback: createPlayback(run.length - 1, index) };
}

/** The outcome of asking for new settings: the new state, or why it was refused (the state stays). */
export type SeveralChange = { readonly ok: true; readonly state: SeveralState } | { readonly ok: false; readonly message: string };

/** Applies new settings and recomputes the run; refused, with the first reason, when they cannot make one. */
export function applySettings(state: SeveralState, settings: SeveralSettings): SeveralChange {
  const [problem] = settingsProblems(settings);
  if (problem !== undefined) return { ok: false, message: problem };
  const run = runFor(settings);
  return { ok: true, state: { settings, run, playback: withLast(state.playback, run.length - 1) } };
}

export function setAlpha(state: SeveralState, alpha: number): SeveralChange {
  const { settings } = state;
  if (!Number.isFinite(alpha)) return { ok: false, message: 'The learning rate must be a finite number.' };
  if (Object.is(alpha, settings.alphas[settings.scale])) return { ok: true, state };
  return applySettings(state, { ...settings, alphas: { ...settings.alphas, [settings.scale]: alpha } });
}

export function setStartWeight(state: SeveralState, which: 0 | 1, value: number): SeveralChange {
  const { settings } = state;
  if (!Number.isFinite(value)) return { ok: false, message: `Starting weight ${which + 1} must be a finite number.` };
  const start: [number, number] = [...settings.start];
  start[which] = value === 0 ? 0 : value;
  if (Object.is(start[0], settings.start[0]) && Object.is(start[1], settings.start[1])) return { ok: true, state };
  return applySettings(state, { ...settings, start });
}

export function setScale(state: SeveralState, scale: Scale): SeveralChange {
  if (scale === state.settings.scale) return { ok: true, state };
  return applySettings(state, { ...state.settings, scale });
}

/** The chapter's keys in a shared link. */
export const URL_KEYS = {
  alpha: 'several.alpha',
  w1: 'several.w1',
  w2: 'several.w2',
  scale: 'several.scale',
  index: 'several.i',
} as const;

/** The entries of a shared link that differ from the defaults; null when none do. */
export function severalEntries(state: SeveralState): Record<string, string> | null {
  const { settings, playback } = state;
  const entries: Record<string, string> = {};
  if (settings.scale !== DEFAULT_SETTINGS.scale) entries[URL_KEYS.scale] = settings.scale;
  const alpha = settings.alphas[settings.scale];
  if (alpha !== DEFAULT_SETTINGS.alphas[settings.scale]) entries[URL_KEYS.alpha] = String(alpha);
  if (settings.start[0] !== DEFAULT_SETTINGS.start[0]) entries[URL_KEYS.w1] = String(settings.start[0]);
  if (settings.start[1] !== DEFAULT_SETTINGS.start[1]) entries[URL_KEYS.w2] = String(settings.start[1]);
  if (playback.index !== 0) entries[URL_KEYS.index] = String(playback.index);
  return Object.keys(entries).length === 0 ? null : entries;
}

/** Only plain decimal numbers travel in links. */
const URL_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const MAX_VALUE_LENGTH = 40;

function readNumber(raw: string): number | null {
  if (raw.length > MAX_VALUE_LENGTH || !URL_NUMBER.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
}

const quote = (raw: string): string => `“${raw.length > 20 ? `${raw.slice(0, 20)}…` : raw}”`;

/** The chapter's state from a shared link, and a notice naming every value that could not be used (or null). */
export function decodeSeveral(initial: (key: string) => string | null): { readonly state: SeveralState; readonly notice: string | null } {
  const problems: string[] = [];
  let scale = DEFAULT_SETTINGS.scale;
  const rawScale = initial(URL_KEYS.scale);
  if (rawScale !== null) {
    if (rawScale === 'raw' || rawScale === 'normalised') scale = rawScale;
    else problems.push(`inputs ${quote(rawScale)} is neither “raw” nor “normalised”`);
  }
  const number = (key: string, label: string): number | null => {
    const raw = initial(key);
    if (raw === null) return null;
    const value = readNumber(raw);
    if (value === null) problems.push(`${label} ${quote(raw)} is not a finite number`);
    return value;
  };
  const alpha = number(URL_KEYS.alpha, 'learning rate');
  const w1 = number(URL_KEYS.w1, 'starting weight 1');
  const w2 = number(URL_KEYS.w2, 'starting weight 2');
  let settings: SeveralSettings = {
    scale,
    alphas: alpha === null ? DEFAULT_SETTINGS.alphas : { ...DEFAULT_SETTINGS.alphas, [scale]: alpha },
    start: [w1 ?? DEFAULT_SETTINGS.start[0], w2 ?? DEFAULT_SETTINGS.start[1]],
  };
  const [problem] = settingsProblems(settings);
  if (problem !== undefined) {
    problems.push(`${problem.replace(/\.$/, '')}, so the default settings are used`);
    settings = { ...DEFAULT_SETTINGS, scale };
  }
  let state = createSeveralState(settings);
  const rawIndex = initial(URL_KEYS.index);
  if (rawIndex !== null) {
    const index = readNumber(rawIndex);
    if (index === null || !Number.isInteger(index) || index < 0) {
      problems.push(`iteration ${quote(rawIndex)} is not a whole number of 0 or more`);
    } else {
      if (index > state.playback.last) {
        problems.push(`iteration ${index} is past the end of this run, so the last one (${state.playback.last}) is shown`);
      }
      state = { ...state, playback: goTo(state.playback, index) };
    }
  }
  return { state, notice: problems.length === 0 ? null : `Some settings for this chapter in the link were not used: ${problems.join('; ')}.` };
}
