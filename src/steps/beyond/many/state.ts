import {
  DEFAULT_MAX_UPDATES,
  ExamplesParamsError,
  MAX_SEED,
  formatNumber,
  trainMany,
  type ManyMode,
  type ManyOrder,
  type ManyRun,
} from '../../../core/index.ts';
import { MAX_ROWS, MAX_TITLE_LENGTH, checkRows, defaultRows, type CheckedData, type DataRow, type RowField } from './rows.ts';
import { DEFAULT_SETTINGS, type DecodedLink, type ManySettings } from './urlCodec.ts';

/**
 * The chapter's state as data, and every change to it as a pure function, like the lab's store.
 * The table is kept as typed; the films it yields, the whole run they train and the iteration on
 * show are derived here, so a component only reads.
 */

/** Iterations per second while playing; a shuffled run is 20,001 iterations long, hence 10,000. */
export const MANY_SPEEDS = [1, 3, 10, 30, 100, 1000, 10_000] as const;
export const DEFAULT_MANY_SPEED = 30;

export interface ManyState {
  readonly settings: ManySettings;
  /** The table, as typed. */
  readonly rows: readonly DataRow[];
  /** The id the next new row gets. */
  readonly nextId: number;
  /** The table, read: which rows are films, and what is wrong with the others. */
  readonly data: CheckedData;
  /** The whole run on the films, or null when there is none (see `runProblem`). */
  readonly run: ManyRun | null;
  /** Why there is no run, in a sentence; null when there is one. */
  readonly runProblem: string | null;
  /** The iteration on show, inside the run (0 when there is none). */
  readonly index: number;
  readonly playing: boolean;
  /** One of {@link MANY_SPEEDS}. */
  readonly speed: number;
  /** What a shared link asked for that could not be used, until dismissed; null otherwise. */
  readonly notice: string | null;
}

/** A change that may be refused: the new state, or why not (for the field's message). */
export type ManyChange = { readonly ok: true; readonly state: ManyState } | { readonly ok: false; readonly message: string };

function train(data: CheckedData, settings: ManySettings): { run: ManyRun | null; runProblem: string | null } {
  if (data.examples.length === 0) {
    return {
      run: null,
      runProblem:
        data.rows.length === 0
          ? 'The table is empty: add a film, paste some CSV, or go back to the 20 films.'
          : 'No row of the table can train the model: fix a row marked below, add a film, or go back to the 20 films.',
    };
  }
  try {
    const run = trainMany(
      { examples: data.examples, alpha: settings.alpha, startWeight: settings.startWeight },
      {
        mode: settings.mode,
        order: settings.order,
        seed: settings.seed,
        tolerance: settings.tolerance,
        maxUpdates: DEFAULT_MAX_UPDATES,
      },
    );
    return { run, runProblem: null };
  } catch (error) {
    if (error instanceof ExamplesParamsError) {
      return { run: null, runProblem: `These settings cannot start a run: ${error.problems.map((p) => p.message).join(' ')}` };
    }
    throw error;
  }
}

const clampIndex = (index: number, run: ManyRun | null): number =>
  run === null || !Number.isFinite(index) ? 0 : Math.min(run.length - 1, Math.max(0, Math.trunc(index)));

/** The state for new rows or settings: the run retrained, the iteration kept where it fits. */
function rebuild(state: ManyState, rows: readonly DataRow[], settings: ManySettings, nextId = state.nextId): ManyState {
  const data = rows === state.rows ? state.data : checkRows(rows, state.data);
  const { run, runProblem } = train(data, settings);
  const index = clampIndex(state.index, run);
  const playing = state.playing && run !== null && index < run.length - 1;
  return { ...state, rows, nextId, settings, data, run, runProblem, index, playing };
}

/** The chapter's first state: the link's settings and table (or the defaults). */
export function createManyState(link: DecodedLink | null = null): ManyState {
  const rows = link?.rows ?? defaultRows();
  const problems = [...(link?.problems ?? [])];
  const base: ManyState = {
    settings: link?.settings ?? DEFAULT_SETTINGS,
    rows: [],
    nextId: rows.reduce((max, row) => Math.max(max, row.id + 1), 0),
    data: checkRows([]),
    run: null,
    runProblem: null,
    index: 0,
    playing: false,
    speed: DEFAULT_MANY_SPEED,
    notice: null,
  };
  let state = rebuild(base, rows, base.settings);
  if (state.run === null && state.data.examples.length > 0) {
    // Settings from a link that cannot start a run on its films: say so and use the defaults.
    problems.push(`${state.runProblem ?? 'These settings cannot start a run.'} The default settings are used instead.`);
    state = rebuild(state, rows, DEFAULT_SETTINGS);
  }
  const notice = problems.length === 0 ? null : `Some settings for this chapter in the link were not used. ${problems.join(' ')}`;
  return { ...state, notice };
}

export function dismissManyNotice(state: ManyState): ManyState {
  return state.notice === null ? state : { ...state, notice: null };
}

/** Why a value cannot be a setting on its own, or null. */
function settingProblem(key: keyof ManySettings, value: unknown): string | null {
  switch (key) {
    case 'alpha':
    case 'startWeight':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'Enter a finite number.';
    case 'seed':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED
        ? null
        : `The seed must be a whole number from 0 to ${formatNumber(MAX_SEED, 10)}.`;
    case 'tolerance':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'The tolerance must be a number of 0 or more.';
    case 'mode':
      return value === 'batch' || value === 'stochastic' ? null : 'Choose all films at once or one film at a time.';
    case 'order':
      return value === 'in-order' || value === 'shuffled' ? null : 'Choose in order or shuffled.';
  }
}

/**
 * Changes one setting and retrains. A value that cannot be a setting, or that cannot start a run
 * on the films in the table (a starting weight whose predictions overflow), is refused with a
 * message and the state is kept.
 */
export function setSetting<K extends keyof ManySettings>(state: ManyState, key: K, value: ManySettings[K]): ManyChange {
  const problem = settingProblem(key, value);
  if (problem !== null) return { ok: false, message: problem };
  // -0 reads as 0: the sign of zero means nothing to a reader.
  const clean = typeof value === 'number' && value === 0 ? (0 as ManySettings[K]) : value;
  if (Object.is(state.settings[key], clean)) return { ok: true, state };
  const settings = { ...state.settings, [key]: clean };
  const next = rebuild(state, state.rows, settings);
  if (next.run === null && next.data.examples.length > 0) {
    return { ok: false, message: next.runProblem ?? 'These settings cannot start a run.' };
  }
  return { ok: true, state: next };
}

export const setMode = (state: ManyState, mode: ManyMode): ManyState => {
  const change = setSetting(state, 'mode', mode);
  return change.ok ? change.state : state;
};
export const setOrder = (state: ManyState, order: ManyOrder): ManyState => {
  const change = setSetting(state, 'order', order);
  return change.ok ? change.state : state;
};

/** Changes one cell of a row, as typed; the row is read again and the model retrained. */
export function editCell(state: ManyState, id: number, field: RowField, text: string): ManyState {
  const position = state.rows.findIndex((row) => row.id === id);
  const row = state.rows[position];
  if (row === undefined || row[field] === text) return state;
  const value = field === 'title' ? text.slice(0, MAX_TITLE_LENGTH) : text;
  const rows = state.rows.map((r) => (r.id === id ? { ...r, [field]: value } : r));
  return rebuild(state, rows, state.settings);
}

/** Adds an empty row at the end (up to {@link MAX_ROWS}). */
export function addRow(state: ManyState): ManyState {
  if (state.rows.length >= MAX_ROWS) return state;
  const row: DataRow = { id: state.nextId, title: '', budget: '', gross: '' };
  return rebuild(state, [...state.rows, row], state.settings, state.nextId + 1);
}

export function removeRow(state: ManyState, id: number): ManyState {
  if (!state.rows.some((row) => row.id === id)) return state;
  return rebuild(
    state,
    state.rows.filter((row) => row.id !== id),
    state.settings,
  );
}

/** Puts the 20 films back. */
export function resetRows(state: ManyState): ManyState {
  const rows = defaultRows().map((row, k) => ({ ...row, id: state.nextId + k }));
  return rebuild(state, rows, state.settings, state.nextId + rows.length);
}

/** Replaces the table (a paste); the rows' ids must come from `state.nextId` on. */
export function replaceRows(state: ManyState, rows: readonly DataRow[]): ManyState {
  const nextId = rows.reduce((max, row) => Math.max(max, row.id + 1), state.nextId);
  return rebuild(state, rows.slice(0, MAX_ROWS), state.settings, nextId);
}

/** Moves to an iteration (clamped into the run). Moving by hand pauses playback. */
export function goTo(state: ManyState, index: number, options: { keepPlaying?: boolean } = {}): ManyState {
  const next = clampIndex(index, state.run);
  const last = state.run === null ? 0 : state.run.length - 1;
  const playing = options.keepPlaying === true && state.playing && next < last;
  if (next === state.index && playing === state.playing) return state;
  return { ...state, index: next, playing };
}

export const stepForward = (state: ManyState): ManyState => goTo(state, state.index + 1);
export const stepBack = (state: ManyState): ManyState => goTo(state, state.index - 1);
export const reset = (state: ManyState): ManyState => goTo(state, 0);
export const runToEnd = (state: ManyState): ManyState => goTo(state, state.run === null ? 0 : state.run.length - 1);

/** Starts playback; from the last iteration it starts again at the beginning. Nothing to play without a run. */
export function play(state: ManyState): ManyState {
  if (state.run === null || state.run.length < 2) return state;
  const atEnd = state.index >= state.run.length - 1;
  return { ...state, playing: true, index: atEnd ? 0 : state.index };
}

export function pause(state: ManyState): ManyState {
  return state.playing ? { ...state, playing: false } : state;
}

export function setSpeed(state: ManyState, speed: number): ManyState {
  const known = MANY_SPEEDS.find((s) => s === speed);
  return known === undefined || known === state.speed ? state : { ...state, speed: known };
}
