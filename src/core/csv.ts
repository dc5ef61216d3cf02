/**
 * The reader's own films, as CSV: one film a line, with a title, a budget and a gross. The
 * parser never guesses silently: every line it cannot read becomes a problem that says which
 * line and why, and every number it keeps is finite, positive (a gross may be 0) and at most 10¹⁵.
 */

/** One film read from a CSV file. */
export interface FilmRow {
  /** The line of the file the film's record starts on, counting from 1. */
  readonly line: number;
  readonly title: string;
  /** More than 0. */
  readonly budget: number;
  /** 0 or more. */
  readonly gross: number;
}

/** Something on a line that could not be read, said for people. */
export interface CsvProblem {
  readonly line: number;
  /** Starts with "Line n: ". */
  readonly message: string;
}

export interface ParsedFilms {
  readonly rows: FilmRow[];
  readonly problems: CsvProblem[];
}

/** Amounts above this are refused: no film has cost or made a quadrillion dollars. */
export const MAX_AMOUNT = 1e15;
/**
 * Positive amounts below this are refused. It leaves room for amounts written in millions
 * (0.000001 million is one dollar) and keeps tiny and subnormal numbers, whose squares and
 * reciprocals underflow or overflow, out of the trainer.
 */
export const MIN_AMOUNT = 1e-6;

type Column = 'title' | 'budget' | 'gross';

/**
 * Header names each column answers to, compared after lower-casing and turning runs of spaces,
 * hyphens and dots into one underscore. The first name found wins, so the project's films.csv
 * header (…, budget_usd, worldwide_gross_usd, domestic_gross_usd, …) picks the worldwide gross.
 */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  title: ['title', 'film', 'movie', 'name'],
  budget: ['budget', 'budget_usd', 'production_budget', 'cost'],
  gross: ['gross', 'gross_usd', 'worldwide_gross', 'worldwide_gross_usd', 'worldwide', 'box_office', 'revenue'],
};

const normaliseHeader = (cell: string): string =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s.\-_]+/g, '_')
    .replace(/^_|_$/g, '');

/** One CSV record: its fields, the line it starts on, and what went wrong reading it, if anything. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  readonly error: string | null;
}

/**
 * Splits CSV text into records (RFC 4180, leniently): fields are separated by commas; a field
 * may be wrapped in double quotes, and then holds commas, line breaks and doubled quotes (`""`
 * for `"`); spaces around a quoted field are ignored. Lines may end in LF, CRLF or CR. Lines that
 * are empty or only spaces are skipped: they hold no record.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  const length = source.length;
  while (i < length) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | null = null;
    let field = '';
    let atFieldStart = true;
    let endOfRecord = false;
    while (i < length && !endOfRecord) {
      // Each pass reads one character, or a whole quoted field.
      const char = source[i] as string;
      if (atFieldStart) {
        // Look past leading spaces for an opening quote.
        let j = i;
        while (j < length && (source[j] === ' ' || source[j] === '\t')) j += 1;
        if (source[j] === '"') {
          const closed = readQuoted(source, j + 1);
          field = closed.value;
          line += closed.lineBreaks;
          i = closed.end;
          if (!closed.closed) {
            error = 'a quoted field is never closed: a closing " is missing';
            break;
          }
          // After the closing quote only spaces may come before the comma or line end.
          while (i < length && (source[i] === ' ' || source[i] === '\t')) i += 1;
          if (i < length && source[i] !== ',' && source[i] !== '\n' && source[i] !== '\r') {
            error ??= `field ${fields.length + 1} has text after its closing quote`;
            while (i < length && source[i] !== ',' && source[i] !== '\n' && source[i] !== '\r') i += 1;
          }
          atFieldStart = false;
          continue;
        }
        atFieldStart = false;
      }
      if (char === ',') {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i += 1;
      } else if (char === '\n' || char === '\r') {
        i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
        line += 1;
        endOfRecord = true;
      } else {
        field += char;
        i += 1;
      }
    }
    fields.push(field);
    const blank = fields.length === 1 && (fields[0] as string).trim() === '' && error === null;
    if (!blank) records.push({ line: startLine, fields, error });
  }
  return records;
}

/** Reads a quoted field's content from just after its opening quote. */
function readQuoted(source: string, from: number): { value: string; end: number; closed: boolean; lineBreaks: number } {
  let value = '';
  let lineBreaks = 0;
  let i = from;
  while (i < source.length) {
    const char = source[i] as string;
    if (char === '"') {
      if (source[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, end: i + 1, closed: true, lineBreaks };
    }
    if (char === '\n' || (char === '\r' && source[i + 1] !== '\n')) lineBreaks += 1;
    value += char;
    i += 1;
  }
  return { value, end: i, closed: false, lineBreaks };
}

/** Shows a field in a message: spaces collapsed, long text shortened. */
function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** Digits 0–9 with an optional decimal part and exponent: "1000", "1.5", ".5", "2.5e7". */
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Groups of three digits after a first group of one to three, one separator throughout: "1,000,000", "1 000 000". */
const GROUPED = /^\d{1,3}([, \u00A0\u202F\u2009])\d{3}(?:\1\d{3})*(?:\.\d+)?$/;
/** A comma used as a decimal point: "1,5", "12,75", "1.000,50". */
const COMMA_DECIMAL = /^(?:\d+,\d{1,2}|\d+,\d{4,}|\d{1,3}(?:\.\d{3})+,\d+)$/;

/** An amount read from a field, or why it could not be read (a phrase to follow "the budget '…'"). */
type Amount = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly why: string };

/**
 * Reads an amount of money: optional `+`, optional `$`, spaces anywhere around them, digits 0–9
 * with a point for decimals, an optional exponent (`2.5e7`), and thousands separators (commas,
 * which a CSV field can only hold inside quotes, or spaces) between groups of exactly three
 * digits. A minus sign of any kind is refused, as are other digits (Arabic-Indic, full-width…),
 * commas used as a decimal point, words (NaN, Infinity), and anything else; so are amounts above
 * {@link MAX_AMOUNT} and positive ones below {@link MIN_AMOUNT}.
 */
function readAmount(raw: string): Amount {
  const text = raw.trim();
  if (text === '') return { ok: false, why: 'is empty' };
  const withoutMinus = text.replace(/^(\$\s*)?[-\u2212\u2012\u2013\uFE63\uFF0D]/, '$1');
  if (withoutMinus !== text) {
    const rest = readDigits(withoutMinus);
    return { ok: false, why: typeof rest === 'string' ? 'has a minus sign: amounts cannot be negative' : rest.why };
  }
  const digits = readDigits(text);
  if (typeof digits !== 'string') return digits;
  const value = Number(digits);
  const mantissa = digits.split(/[eE]/)[0] ?? '';
  if (value > MAX_AMOUNT) return { ok: false, why: 'is too large: amounts above 10¹⁵ (1,000,000,000,000,000) are refused' };
  if (value === 0 && /[1-9]/.test(mantissa)) return { ok: false, why: 'is too small to be held as a number' };
  if (value > 0 && value < MIN_AMOUNT) return { ok: false, why: 'is too small: amounts between 0 and 0.000001 are refused' };
  return { ok: true, value };
}

/** The plain digits of an amount without a sign (`+`, `$`, spaces and separators removed), or why it is not a number. */
function readDigits(signless: string): string | { readonly ok: false; readonly why: string } {
  let text = signless.trim();
  if (text.startsWith('+')) text = text.slice(1).trim();
  if (text.startsWith('$')) text = text.slice(1).trim();
  if (PLAIN.test(text)) return text;
  if (GROUPED.test(text)) return text.replace(/[, \u00A0\u202F\u2009]/g, '');
  if (/(?![0-9])\p{Nd}/u.test(text)) return { ok: false, why: 'is not a number: write its digits as 0–9' };
  if (COMMA_DECIMAL.test(text)) {
    return { ok: false, why: 'is not a number: use a point for decimals (1.5) and commas only between groups of three digits' };
  }
  return { ok: false, why: 'is not a number' };
}

/** Which field holds each column, from a header, or null when the record is not a header. */
function headerColumns(fields: readonly string[]): Partial<Record<Column, number>> | null {
  const names = fields.map(normaliseHeader);
  if (fields.some((field) => readAmount(field).ok)) return null;
  const columns: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(HEADER_NAMES) as Column[]) {
    for (const name of HEADER_NAMES[column]) {
      const index = names.indexOf(name);
      if (index >= 0) {
        columns[column] = index;
        break;
      }
    }
  }
  return Object.keys(columns).length > 0 ? columns : null;
}

/**
 * Reads films from CSV text: a title, a budget and a gross per line.
 *
 * - Header: optional. If the first record names a column (title/film/movie/name,
 *   budget/budget_usd/cost, gross/worldwide_gross_usd/worldwide/box_office/revenue; any case) and
 *   holds no number, it is a header and columns are chosen by name, so the project's films.csv
 *   reads as is; then every record must have as many fields as the header, and the budget and
 *   gross columns must be there (a missing title column leaves titles as "Film on line n").
 *   Without a header every record must be exactly `title,budget,gross`.
 * - Amounts: see the rules of `readAmount` above: `$`, spaces and quoted `1,000,000` are fine.
 *   The budget must be more than 0, the gross 0 or more, both at most 10¹⁵ and, unless 0, at
 *   least 0.000001.
 * - Problems: every record that is not a film yields at least one problem, such as
 *   "Line 3: the budget 'abc' is not a number." Nothing is dropped silently; only lines that are
 *   empty or only spaces are skipped.
 */
export function parseFilmsCsv(text: string): ParsedFilms {
  const rows: FilmRow[] = [];
  const problems: CsvProblem[] = [];
  const records = readCsvRecords(text);
  const first = records[0];
  const header = first === undefined || first.error !== null ? null : headerColumns(first.fields);
  const body = header === null ? records : records.slice(1);
  let headerProblem: string | null = null;
  if (header !== null && first !== undefined) {
    const missing = (['budget', 'gross'] as const).filter((column) => header[column] === undefined);
    if (missing.length > 0) {
      headerProblem = `the header has no ${missing.join(' or ')} column`;
      problems.push({
        line: first.line,
        message: `Line ${first.line}: ${headerProblem} (name them, for example, title,budget,gross).`,
      });
    }
  }
  const width = header === null ? 3 : (first?.fields.length ?? 3);

  for (const record of body) {
    const { line, fields } = record;
    const say = (message: string): void => {
      problems.push({ line, message: `Line ${line}: ${message}` });
    };
    if (record.error !== null) {
      say(`${record.error}.`);
      continue;
    }
    if (headerProblem !== null) {
      say(`not read, because ${headerProblem}.`);
      continue;
    }
    if (fields.length !== width) {
      say(fieldCountMessage(fields, width, header !== null));
      continue;
    }
    const titleIndex = header === null ? 0 : header.title;
    const budgetIndex = header === null ? 1 : (header.budget as number);
    const grossIndex = header === null ? 2 : (header.gross as number);
    const title = titleIndex === undefined ? `Film on line ${line}` : (fields[titleIndex] as string).trim();
    const budget = readAmount(fields[budgetIndex] as string);
    const gross = readAmount(fields[grossIndex] as string);
    const before = problems.length;
    if (title === '') say('the title is empty.');
    checkAmount(say, 'budget', fields[budgetIndex] as string, budget, true);
    checkAmount(say, 'gross', fields[grossIndex] as string, gross, false);
    if (problems.length === before && budget.ok && gross.ok) {
      // `+ 0` turns a -0 (which cannot get here, but costs nothing to rule out) into 0.
      rows.push({ line, title, budget: budget.value + 0, gross: gross.value + 0 });
    }
  }
  return { rows, problems };
}

function checkAmount(say: (message: string) => void, word: string, raw: string, amount: Amount, mustBePositive: boolean): void {
  if (!amount.ok) {
    say(amount.why === 'is empty' ? `the ${word} is empty.` : `the ${word} '${shown(raw)}' ${amount.why}.`);
  } else if (mustBePositive && amount.value === 0) {
    say(`the ${word} is 0: a ${word} must be more than 0.`);
  }
}

function fieldCountMessage(fields: readonly string[], width: number, withHeader: boolean): string {
  const found = `${fields.length} field${fields.length === 1 ? '' : 's'}`;
  if (withHeader) return `${found}, but the header has ${width}.`;
  const joined = fields.join(',');
  let hint = ' Put numbers with commas in quotes ("1,000,000"), or add a header line (title,budget,gross) to choose columns.';
  if (fields.length === 1 && /[;\t]/.test(joined)) hint = ' Separate the fields with commas, not semicolons or tabs.';
  else if (fields.length < 3) hint = '';
  return `expected 3 fields (title, budget, gross) but found ${fields.length}.${hint}`;
}

/** A field as CSV: quoted (with `"` doubled) when it holds a comma, quote or line break, or starts or ends with a space. */
function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes films as CSV that {@link parseFilmsCsv} reads back to the same titles and numbers:
 * a `title,budget,gross` header, one film a line, LF line ends, a final line break. Numbers are
 * written as JavaScript's shortest round-tripping form.
 *
 * @throws {RangeError} for an amount that is not a finite number.
 */
export function formatFilmsCsv(rows: readonly Pick<FilmRow, 'title' | 'budget' | 'gross'>[]): string {
  const lines = ['title,budget,gross'];
  for (const { title, budget, gross } of rows) {
    if (!Number.isFinite(budget) || !Number.isFinite(gross)) {
      throw new RangeError(`The film '${shown(title)}' has an amount that is not a finite number.`);
    }
    lines.push(`${csvField(title)},${String(budget)},${String(gross)}`);
  }
  return `${lines.join('\n')}\n`;
}
