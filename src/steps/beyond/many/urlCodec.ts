import { MAX_SEED, formatNumber, type ManyMode, type ManyOrder } from '../../../core/index.ts';
import { MAX_ROWS, MAX_TITLE_LENGTH, defaultRows, sameRows, type DataRow } from './rows.ts';

/**
 * The chapter's part of a shareable link. Every key starts with `many.` (see `isChapterKey`);
 * only settings that differ from the defaults are written, and the table only when the reader
 * changed it and it fits in {@link MAX_DATA_CHARACTERS} characters of the query.
 *
 * The table travels as rows joined by `_`, cells joined by `*`, with `!` escaping those three
 * inside a cell (`!!`, `!s` for `*`, `!u` for `_`). Letters, digits, `.`, `*`, `_` and spaces
 * (written `+`) pass through a query unescaped, so a table of films stays short and readable.
 */

/** The settings a link can carry. */
export interface ManySettings {
  /** The learning rate, for amounts in millions of dollars. */
  readonly alpha: number;
  readonly startWeight: number;
  readonly mode: ManyMode;
  readonly order: ManyOrder;
  /** The seed of the shuffles, 0 to 2³² − 1. */
  readonly seed: number;
  /** Stop when |mean weight delta| is at most this; 0 keeps the exact rule. */
  readonly tolerance: number;
}

export const DEFAULT_SETTINGS: ManySettings = {
  alpha: 0.001,
  startWeight: 1,
  mode: 'batch',
  order: 'in-order',
  seed: 1,
  tolerance: 0,
};

export const URL_KEYS = {
  alpha: 'many.alpha',
  // isChapterKey accepts letters only after the dot, so the starting weight is `many.start`.
  startWeight: 'many.start',
  mode: 'many.mode',
  order: 'many.order',
  seed: 'many.seed',
  tolerance: 'many.tol',
  data: 'many.data',
} as const;

/** The longest the table may be in the query (key, `=` and percent-escapes included). */
export const MAX_DATA_CHARACTERS = 1500;
/** Longer values are not read at all. */
const MAX_VALUE_LENGTH = 40;
const MAX_DATA_VALUE_LENGTH = 100_000;
/** Only plain decimal numbers travel in links, as in the lab's part. */
const URL_NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const escapeCell = (text: string): string => text.replace(/!/g, '!!').replace(/\*/g, '!s').replace(/_/g, '!u');

/** The table as the `many.data` value. */
export function encodeData(rows: readonly DataRow[]): string {
  return rows.map((row) => [row.title, row.budget, row.gross].map(escapeCell).join('*')).join('_');
}

/** Reads a cell back, or null when it holds an escape that {@link encodeData} never writes. */
function unescapeCell(text: string): string | null {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char !== '!') {
      out += char;
      continue;
    }
    const next = text[i + 1];
    if (next === '!') out += '!';
    else if (next === 's') out += '*';
    else if (next === 'u') out += '_';
    else return null;
    i += 1;
  }
  return out;
}

/** The `many.data` value as table rows (ids from 0), or why it cannot be read. */
export function decodeData(value: string): { ok: true; rows: DataRow[] } | { ok: false; message: string } {
  if (value.length > MAX_DATA_VALUE_LENGTH) return { ok: false, message: 'the data set in the link is too long to read' };
  if (value === '') return { ok: true, rows: [] };
  const lines = value.split('_');
  if (lines.length > MAX_ROWS) return { ok: false, message: `the data set in the link has more than ${MAX_ROWS} rows` };
  const rows: DataRow[] = [];
  for (const [id, line] of lines.entries()) {
    const cells = line.split('*').map(unescapeCell);
    const [title, budget, gross] = cells;
    if (cells.length !== 3 || title == null || budget == null || gross == null) {
      return { ok: false, message: `row ${id + 1} of the data set in the link could not be read` };
    }
    rows.push({ id, title: title.slice(0, MAX_TITLE_LENGTH), budget, gross });
  }
  return { ok: true, rows };
}

/** How many characters `key=value` takes in a query, escapes included. */
export function queryLength(key: string, value: string): number {
  return new URLSearchParams([[key, value]]).toString().length;
}

/** The chapter's query entries, and whether the table had to be left out because it is too large. */
export function manyEntries(settings: ManySettings, rows: readonly DataRow[]): { entries: Record<string, string>; dataLeftOut: boolean } {
  const entries: Record<string, string> = {};
  const d = DEFAULT_SETTINGS;
  if (!Object.is(settings.alpha, d.alpha)) entries[URL_KEYS.alpha] = String(settings.alpha);
  if (settings.startWeight !== d.startWeight) entries[URL_KEYS.startWeight] = String(settings.startWeight);
  if (settings.mode !== d.mode) entries[URL_KEYS.mode] = settings.mode;
  if (settings.order !== d.order) entries[URL_KEYS.order] = settings.order;
  if (settings.seed !== d.seed) entries[URL_KEYS.seed] = String(settings.seed);
  if (settings.tolerance !== d.tolerance) entries[URL_KEYS.tolerance] = String(settings.tolerance);
  let dataLeftOut = false;
  if (!sameRows(rows, defaultRows())) {
    const value = encodeData(rows);
    if (queryLength(URL_KEYS.data, value) <= MAX_DATA_CHARACTERS) entries[URL_KEYS.data] = value;
    else dataLeftOut = true;
  }
  return { entries, dataLeftOut };
}

/** What a link asks for: the settings and table to start from, and what could not be used. */
export interface DecodedLink {
  readonly settings: ManySettings;
  /** The table from the link, or null for the 20 films. */
  readonly rows: DataRow[] | null;
  /** Sentences for the reader, one per value not used; empty when everything was used. */
  readonly problems: string[];
}

function shown(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ');
  return `“${flat.length > 20 ? `${flat.slice(0, 20)}…` : flat}”`;
}

function readNumber(raw: string): number | null {
  if (raw.length > MAX_VALUE_LENGTH || !URL_NUMBER.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value + 0 : null;
}

/**
 * Reads the chapter's keys from a link (`initial` as in `useUrlParams`). Values that cannot be
 * used fall back to the defaults, each with a sentence in `problems`. Never throws.
 */
export function decodeLink(initial: (key: string) => string | null): DecodedLink {
  const problems: string[] = [];
  const d = DEFAULT_SETTINGS;
  const number = (key: string, label: string, ok: (v: number) => boolean, rule: string, fallback: number): number => {
    const raw = initial(key);
    if (raw === null) return fallback;
    const value = readNumber(raw);
    if (value !== null && ok(value)) return value;
    problems.push(`${label} ${shown(raw)} is not ${rule}; ${formatNumber(fallback, 6)} is used instead.`);
    return fallback;
  };
  const alpha = number(URL_KEYS.alpha, 'The learning rate', () => true, 'a finite number', d.alpha);
  const startWeight = number(URL_KEYS.startWeight, 'The starting weight', () => true, 'a finite number', d.startWeight);
  const seed = number(
    URL_KEYS.seed,
    'The seed',
    (v) => Number.isInteger(v) && v >= 0 && v <= MAX_SEED,
    `a whole number from 0 to ${formatNumber(MAX_SEED, 10)}`,
    d.seed,
  );
  const tolerance = number(URL_KEYS.tolerance, 'The tolerance', (v) => v >= 0, 'a number of 0 or more', d.tolerance);

  const rawMode = initial(URL_KEYS.mode);
  let mode = d.mode;
  if (rawMode === 'batch' || rawMode === 'stochastic') mode = rawMode;
  else if (rawMode !== null) problems.push(`The way to learn ${shown(rawMode)} is not “batch” or “stochastic”; all films at once is used instead.`);
  const rawOrder = initial(URL_KEYS.order);
  let order = d.order;
  if (rawOrder === 'in-order' || rawOrder === 'shuffled') order = rawOrder;
  else if (rawOrder !== null) problems.push(`The order ${shown(rawOrder)} is not “in-order” or “shuffled”; in order is used instead.`);

  let rows: DataRow[] | null = null;
  const rawData = initial(URL_KEYS.data);
  if (rawData !== null) {
    const decoded = decodeData(rawData);
    if (decoded.ok) rows = decoded.rows;
    else problems.push(`The data set could not be used (${decoded.message}); the 20 films are shown instead.`);
  }

  return { settings: { alpha, startWeight, mode, order, seed, tolerance }, rows, problems };
}
