import { parseFilmsCsv, readCsvRecords } from '../../../core/index.ts';
import { MAX_ROWS, MAX_TITLE_LENGTH, type DataRow } from './rows.ts';

/**
 * Pasted CSV into table rows. `parseFilmsCsv` decides which lines are films and says what is
 * wrong with the others; this file only recovers the cells of the lines it refused, so that a
 * line with a bad amount becomes a table row the reader can fix (with its message beside it)
 * rather than a line that disappears. Lines whose cells cannot be told apart (too many or too
 * few fields, an unclosed quote) stay in a list of lines not added, with the parser's message.
 */

/** The unit the CSV's amounts are written in. */
export type CsvUnit = 'millions' | 'dollars';

/** A line of the paste that could not become a table row. */
export interface NotAdded {
  readonly line: number;
  readonly message: string;
}

export interface PastedRows {
  /** The table rows, as text in millions of dollars (ids from `firstId`). */
  readonly rows: DataRow[];
  /** How many of them read as films. */
  readonly films: number;
  /** Lines that are not in the table, each with why. */
  readonly notAdded: NotAdded[];
}

/** One CSV record: the line it starts on, its fields, and whether it could be read. */
interface PastedRecord {
  readonly line: number;
  readonly fields: readonly string[];
  readonly broken: boolean;
}

/**
 * Splits CSV text into records exactly as `parseFilmsCsv` does (`readCsvRecords`: RFC 4180,
 * leniently), each numbered by the line it starts on, as the parser numbers its rows and problems.
 */
export function splitCsvRecords(text: string): PastedRecord[] {
  return readCsvRecords(text).map(({ line, fields, error }) => ({ line, fields, broken: error !== null }));
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Which field holds each column, found by asking the parser to read a row of 1, 2, 3, … under the header. */
function headerColumns(header: readonly string[]): { title: number | null; budget: number; gross: number } | null {
  const probe = parseFilmsCsv(`${header.map(quoted).join(',')}\n${header.map((_, k) => String(k + 1)).join(',')}\n`);
  const row = probe.rows[0];
  if (row === undefined) return null;
  const title = /^\d+$/.test(row.title) ? Number(row.title) - 1 : null;
  return { title, budget: row.budget - 1, gross: row.gross - 1 };
}

/** A cell's amount, converted from dollars to millions when it reads as a number; otherwise as typed. */
function inMillions(cell: string, unit: CsvUnit): string {
  if (unit === 'millions') return cell.trim();
  const read = parseFilmsCsv(`title,budget,gross\nx,${quoted(cell)},0\n`).rows[0];
  return read === undefined ? cell.trim() : String(read.budget / 1e6);
}

const clip = (title: string): string => (title.length > MAX_TITLE_LENGTH ? title.slice(0, MAX_TITLE_LENGTH) : title);

/**
 * Turns pasted CSV into table rows (at most {@link MAX_ROWS}; a line beyond says so). Films the
 * parser reads become rows with their amounts in millions; lines it refuses become rows with
 * their cells as written when the cells can be told apart, and entries of `notAdded` otherwise.
 */
export function rowsFromCsv(text: string, unit: CsvUnit, firstId: number): PastedRows {
  const parsed = parseFilmsCsv(text);
  const records = splitCsvRecords(text);
  const first = records[0];
  const goodByLine = new Map(parsed.rows.map((row) => [row.line, row]));
  const problemsByLine = new Map<number, string[]>();
  for (const problem of parsed.problems) {
    const list = problemsByLine.get(problem.line) ?? [];
    list.push(problem.message);
    problemsByLine.set(problem.line, list);
  }
  // The parser reads every record but a header as a film or a problem on its line.
  const firstProblems = first === undefined ? [] : (problemsByLine.get(first.line) ?? []);
  const isHeader =
    first !== undefined &&
    !goodByLine.has(first.line) &&
    (firstProblems.length === 0 || firstProblems.every((m) => m.includes(': the header has no')));
  const columns = isHeader ? headerColumns(first.fields) : { title: 0, budget: 1, gross: 2 };
  const width = isHeader ? first.fields.length : 3;
  const body = isHeader ? records.slice(1) : records;

  const rows: DataRow[] = [];
  const notAdded: NotAdded[] = [];
  if (isHeader) for (const message of firstProblems) notAdded.push({ line: first.line, message });
  let films = 0;
  for (const record of body) {
    const messages = problemsByLine.get(record.line) ?? [];
    if (rows.length >= MAX_ROWS) {
      notAdded.push({ line: record.line, message: `Line ${record.line}: not added, because the table holds at most ${MAX_ROWS} rows.` });
      continue;
    }
    const good = goodByLine.get(record.line);
    const id = firstId + rows.length;
    if (good !== undefined) {
      const scale = unit === 'dollars' ? 1e6 : 1;
      rows.push({ id, title: clip(good.title), budget: String(good.budget / scale), gross: String(good.gross / scale) });
      films += 1;
    } else if (columns !== null && !record.broken && record.fields.length === width) {
      const cell = (k: number): string => record.fields[k] ?? '';
      rows.push({
        id,
        title: clip(columns.title === null ? `Film on line ${record.line}` : cell(columns.title).trim()),
        budget: inMillions(cell(columns.budget), unit),
        gross: inMillions(cell(columns.gross), unit),
      });
    } else {
      const said = messages.length > 0 ? messages : [`Line ${record.line}: could not be read.`];
      for (const message of said) notAdded.push({ line: record.line, message });
    }
  }
  return { rows, films, notAdded };
}
