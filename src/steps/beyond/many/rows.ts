import { FILMS, parseFilmsCsv, type Example } from '../../../core/index.ts';

/**
 * The reader's table of films, as typed. Every cell is kept as text, so nothing the reader types
 * is lost or rewritten; each row is then read with the project's CSV rules (`parseFilmsCsv`),
 * which means a row typed in the table and the same row pasted as CSV are judged alike. Amounts
 * are in millions of dollars.
 */

/** One row of the table, as the reader typed it. */
export interface DataRow {
  /** Stable for the row's life: React keys and element ids. */
  readonly id: number;
  readonly title: string;
  /** Millions of dollars, as typed. */
  readonly budget: string;
  /** Millions of dollars, as typed. */
  readonly gross: string;
}

export type RowField = 'title' | 'budget' | 'gross';

/** A film that trains the model: a row whose three cells all read. */
export interface Film {
  readonly rowId: number;
  readonly title: string;
  /** Millions of dollars, more than 0. */
  readonly budget: number;
  /** Millions of dollars, 0 or more. */
  readonly gross: number;
}

/** What is wrong with each cell of a row (null when the cell is fine). */
export interface RowProblems {
  readonly title: string | null;
  readonly budget: string | null;
  readonly gross: string | null;
}

/** A row and what reading it gave. */
export interface CheckedRow {
  readonly row: DataRow;
  /** The film, or null when the row has a problem. */
  readonly film: Film | null;
  readonly problems: RowProblems;
}

/** The table, read. */
export interface CheckedData {
  readonly rows: readonly CheckedRow[];
  /** The rows that read, in table order. */
  readonly films: readonly Film[];
  /** The films as examples for the one-weight model: input = budget, goal = gross ($M). */
  readonly examples: readonly Example[];
  /** How many rows have a problem. */
  readonly invalid: number;
}

/** The most rows the table holds: enough for real data, few enough to stay quick. */
export const MAX_ROWS = 500;
/** The longest title kept; longer ones are cut when read from a link or a paste. */
export const MAX_TITLE_LENGTH = 200;
/** Cells longer than this are not read as numbers (the message says so). */
export const MAX_CELL_LENGTH = 400;

const MILLION = 1e6;

/** A cell as a quoted CSV field, so whatever it holds stays one field. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The 20 films as table rows, in millions of dollars, with ids 0 to 19. */
export function defaultRows(): DataRow[] {
  return FILMS.map((film, id) => ({
    id,
    title: film.title,
    budget: String(film.budget / MILLION),
    gross: String(film.worldwideGross / MILLION),
  }));
}

/** Whether two tables hold the same text in the same order (ids aside). */
export function sameRows(a: readonly DataRow[], b: readonly DataRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, i) => {
      const other = b[i];
      return other !== undefined && row.title === other.title && row.budget === other.budget && row.gross === other.gross;
    })
  );
}

/**
 * "The budget “abc” is not a number." from the parser's "Line 2: the budget 'abc' is not a
 * number.": the line number dropped (the row is on show) and what was typed in curly quotes, as
 * the page quotes everything a reader typed.
 */
function sentence(message: string): string {
  const text = message.replace(/^Line \d+: /, '').replace(/^(the (?:budget|gross) )'([\s\S]*)' ((?:is|has) [\s\S]*)$/, '$1“$2” $3');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reads one row with the CSV rules: a header and the row's three cells, each quoted. Cells too
 * long to be a number are refused here without parsing them.
 */
export function checkRow(row: DataRow): CheckedRow {
  const tooLong = (label: string, text: string): string | null =>
    text.length > MAX_CELL_LENGTH ? `The ${label} is ${text.length} characters long: too long to be a number.` : null;
  const longBudget = tooLong('budget', row.budget);
  const longGross = tooLong('gross', row.gross);
  const parsed = parseFilmsCsv(
    `title,budget,gross\n${quoted(row.title)},${quoted(longBudget === null ? row.budget : '0')},${quoted(longGross === null ? row.gross : '0')}\n`,
  );
  let title: string | null = null;
  let budget: string | null = longBudget;
  let gross: string | null = longGross;
  const other: string[] = [];
  for (const problem of parsed.problems) {
    const text = sentence(problem.message);
    if (text.startsWith('The title')) title = text;
    else if (text.startsWith('The budget')) budget ??= text;
    else if (text.startsWith('The gross')) gross ??= text;
    else other.push(text);
  }
  // Anything the parser says that is not about one cell (it should never happen) is not lost.
  if (other.length > 0) title = [title, ...other].filter((t) => t !== null).join(' ');
  const problems = { title, budget, gross };
  const read = parsed.rows[0];
  const film =
    read !== undefined && title === null && budget === null && gross === null
      ? { rowId: row.id, title: read.title, budget: read.budget, gross: read.gross }
      : null;
  return { row, film, problems };
}

/** The row's problems as one message, or null when it has none. */
export function rowMessage(problems: RowProblems): string | null {
  const parts = [problems.title, problems.budget, problems.gross].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(' ');
}

/**
 * Reads the whole table. `previous` lets rows that did not change keep their result, so typing
 * in one cell reads one row.
 */
export function checkRows(rows: readonly DataRow[], previous: CheckedData | null = null): CheckedData {
  const known = new Map<DataRow, CheckedRow>();
  if (previous !== null) for (const checked of previous.rows) known.set(checked.row, checked);
  const checkedRows = rows.map((row) => known.get(row) ?? checkRow(row));
  const films: Film[] = [];
  for (const checked of checkedRows) if (checked.film !== null) films.push(checked.film);
  return {
    rows: checkedRows,
    films,
    examples: films.map((film) => ({ input: film.budget, goal: film.gross })),
    invalid: checkedRows.length - films.length,
  };
}

/** A row's name for labels: its title, or "row 3" while it has none. */
export function rowName(row: DataRow, position: number): string {
  const title = row.title.replace(/\s+/g, ' ').trim();
  if (title === '') return `row ${position + 1}`;
  return title.length > 60 ? `${title.slice(0, 59)}…` : title;
}

/** "18 films train the model; 2 rows have problems." */
export function dataSummary(data: CheckedData): string {
  const n = data.films.length;
  const films = n === 0 ? 'No film trains the model' : `${n} film${n === 1 ? '' : 's'} train${n === 1 ? 's' : ''} the model`;
  if (data.invalid === 0) return `${films}.`;
  return `${films}; ${data.invalid} row${data.invalid === 1 ? ' has a problem' : 's have problems'} and ${data.invalid === 1 ? 'is' : 'are'} left out.`;
}
