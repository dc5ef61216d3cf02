import type { TrainingParams } from '../core/index.ts';
import { PARAM_SPECS } from './paramSpecs.ts';
import { isChapterKey } from './urlParams.ts';
import { goTo, setParams, type TutorialState } from './tutorial.ts';

const INDEX_KEY = 'i';
const TOLERANCE_KEY = 'tol';
const KNOWN_KEYS = new Set([...PARAM_SPECS.map((s) => s.urlKey), INDEX_KEY, TOLERANCE_KEY]);
/** Only plain decimal numbers travel in links. */
const URL_NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const MAX_VALUE_LENGTH = 40;

/** The lab's parameters and iteration as query entries (`alpha=1e-11`, `w0=1`, …, `i=3`). */
export function labEntries(state: TutorialState): Record<string, string> {
  const { params, tolerance, index } = state.lab;
  const entries: Record<string, string> = {};
  for (const spec of PARAM_SPECS) entries[spec.urlKey] = String(params[spec.key]);
  if (tolerance !== 0) entries[TOLERANCE_KEY] = String(tolerance);
  if (index !== 0) entries[INDEX_KEY] = String(index);
  return entries;
}

/** The lab's parameters and iteration as a query string (`?alpha=1e-11&w0=1&…&i=3`). */
export function encodeLab(state: TutorialState): string {
  return `?${new URLSearchParams(labEntries(state)).toString()}`;
}

function readNumber(raw: string): number | null {
  if (raw.length > MAX_VALUE_LENGTH || !URL_NUMBER.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

function quote(raw: string): string {
  const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  return `“${shown}”`;
}

/**
 * Applies a shared link's query to a state. Chapters' keys (`many.data`) are theirs to read.
 * Values that are missing keep the state's own;
 * values that are not plain finite numbers, unknown keys and impossible combinations are left
 * out, and the returned state carries a notice that says which and why (and which keys the link
 * gives more than one value, of which the first is used). Never throws.
 */
export function decodeLab(search: string, state: TutorialState): TutorialState {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { ...state, notice: 'The link’s settings could not be read; the defaults are shown.' };
  }
  const problems: string[] = [];
  const params: Record<keyof TrainingParams, number> = { ...state.lab.params };
  for (const spec of PARAM_SPECS) {
    const raw = query.get(spec.urlKey);
    if (raw === null) continue;
    const value = readNumber(raw);
    if (value === null) problems.push(`${spec.label}: ${quote(raw)} is not a finite number`);
    else params[spec.key] = value;
  }
  let tolerance = state.lab.tolerance;
  const rawTolerance = query.get(TOLERANCE_KEY);
  if (rawTolerance !== null) {
    const value = readNumber(rawTolerance);
    if (value === null || value < 0) problems.push(`Tolerance: ${quote(rawTolerance)} is not a number of 0 or more`);
    else tolerance = value;
  }
  const unknown = [...new Set(query.keys())].filter((key) => !KNOWN_KEYS.has(key) && !isChapterKey(key));
  if (unknown.length > 0) problems.push(`unknown setting${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 3).map(quote).join(', ')} ignored`);
  // Every part of the page reads a key's first value: a link that gives one key two different
  // values says so, the chapters' keys included.
  const repeated = [...new Set(query.keys())].filter((key) => new Set(query.getAll(key)).size > 1);
  for (const key of repeated.slice(0, 3)) {
    problems.push(`${quote(key)} is given ${query.getAll(key).length} different values, and only the first, ${quote(query.get(key) ?? '')}, is used`);
  }

  let next = state;
  const change = setParams(state, params, tolerance);
  if (change.ok) next = change.state;
  else problems.push(`${change.message} The default parameters are used instead`);

  const rawIndex = query.get(INDEX_KEY);
  if (rawIndex !== null) {
    const index = readNumber(rawIndex);
    const last = next.lab.run.length - 1;
    if (index === null || !Number.isInteger(index) || index < 0) {
      problems.push(`Iteration: ${quote(rawIndex)} is not a whole number of 0 or more`);
    } else {
      if (index > last) problems.push(`iteration ${index} is past the end of this run, so the last one (${last}) is shown`);
      next = goTo(next, index);
    }
  }
  const notice = problems.length === 0 ? null : `Some settings in this link were not used: ${problems.join('; ')}.`;
  return { ...next, notice };
}
