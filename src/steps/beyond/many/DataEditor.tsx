import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { FILMS_CREDIT } from '../../../core/index.ts';
import { useMany, useManyStore } from './context.ts';
import { rowsFromCsv, type CsvUnit, type NotAdded } from './pasteCsv.ts';
import { MAX_ROWS, dataSummary, rowMessage, rowName, type CheckedRow, type RowField } from './rows.ts';
import { DEFAULT_SETTINGS, manyEntries } from './urlCodec.ts';
import { addRow, editCell, removeRow, replaceRows, resetRows } from './state.ts';

/** A cell as a CSV field: quoted when it holds a comma, a quote or a line break, or starts or ends with a space. */
const csvField = (text: string): string => (/[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The reader's films: a table to edit, add to and remove from, and a box to paste CSV into. */
export function DataEditor() {
  const store = useManyStore();
  const id = useId();
  const data = useMany((s) => s.data);
  const rows = useMany((s) => s.rows);
  const dataLeftOut = useMemo(() => manyEntries(DEFAULT_SETTINGS, rows).dataLeftOut, [rows]);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  // After a row is added or removed, where the focus goes: a row's title, a Remove button, or Add.
  const focusNext = useRef<{ id: number; what: 'title' | 'remove' } | 'add' | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add') {
      addRef.current?.focus();
      return;
    }
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${target.id}"][data-focus="${target.what}"]`)?.focus();
  }, [rows]);

  const onEdit = useCallback(
    (rowId: number, field: RowField, text: string): void => {
      store.setState((s) => editCell(s, rowId, field, text));
    },
    [store],
  );
  const onRemove = useCallback(
    (rowId: number): void => {
      const current = store.getState().rows;
      const position = current.findIndex((row) => row.id === rowId);
      const neighbour = current[position + 1] ?? current[position - 1];
      focusNext.current = neighbour === undefined ? 'add' : { id: neighbour.id, what: 'remove' };
      store.setState((s) => removeRow(s, rowId));
    },
    [store],
  );
  const full = rows.length >= MAX_ROWS;

  return (
    <section className="many-data" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>The films the model learns from</h3>
      <p>
        Amounts are in millions of dollars: Mad Max’s budget of $200,000 is 0.2. Change any cell, add or remove films, or paste
        a table of your own. A row that cannot be read stays in the table, marked with what is wrong, and is left out of
        training until it is fixed.
      </p>
      <p className="many-data__summary" role="status">
        {dataSummary(data)}
      </p>
      <div className="table-scroll many-table" tabIndex={0} role="region" aria-label="Films table">
        <table>
          <caption className="visually-hidden">
            The films, one a row: title, budget and gross in millions of dollars, and whether the row trains the model.
          </caption>
          <thead>
            <tr>
              <th scope="col">Film</th>
              <th scope="col">Budget ($M)</th>
              <th scope="col">Gross ($M)</th>
              <th scope="col">Check</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody ref={tableRef}>
            {data.rows.map((checked, position) => (
              <Row key={checked.row.id} checked={checked} position={position} onEdit={onEdit} onRemove={onRemove} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="many-data__actions">
        <button
          ref={addRef}
          type="button"
          disabled={full}
          onClick={() => {
            focusNext.current = { id: store.getState().nextId, what: 'title' };
            store.setState(addRow);
          }}
        >
          Add a film
        </button>
        <button
          type="button"
          onClick={() => {
            store.setState(resetRows);
          }}
        >
          Reset to the 20 films
        </button>
        {full && <span className="field-hint">The table holds at most {MAX_ROWS} rows.</span>}
      </div>
      {dataLeftOut && (
        <p className="many-data__link" role="status">
          Your data set is too large to fit in the link; the link keeps the other settings.
        </p>
      )}
      <PasteCsv />
      <p className="many-credit">{FILMS_CREDIT}</p>
    </section>
  );
}

interface RowProps {
  readonly checked: CheckedRow;
  readonly position: number;
  readonly onEdit: (rowId: number, field: RowField, text: string) => void;
  readonly onRemove: (rowId: number) => void;
}

/** One row: three text boxes, what reading them gave, and Remove. Re-renders only when its row changes. */
const Row = memo(function Row({ checked, position, onEdit, onRemove }: RowProps) {
  const { row, problems } = checked;
  const messageId = `${useId()}-check`;
  const name = rowName(row, position);
  const message = rowMessage(problems);
  const cell = (field: RowField, label: string, numeric: boolean) => (
    <td>
      <input
        type="text"
        className={numeric ? 'many-table__number' : 'many-table__title'}
        // Not inputMode="decimal": amounts may be typed "$1,000,000" or "2.5e7", which a decimal keypad cannot.
        autoComplete="off"
        spellCheck={numeric ? false : undefined}
        aria-label={label}
        aria-invalid={problems[field] !== null}
        aria-describedby={problems[field] !== null ? messageId : undefined}
        value={row[field]}
        data-row={row.id}
        data-focus={field}
        onChange={(event) => {
          onEdit(row.id, field, event.target.value);
        }}
      />
    </td>
  );
  return (
    <tr className={message === null ? undefined : 'many-row--invalid'}>
      {cell('title', `Title of row ${position + 1}`, false)}
      {cell('budget', `Budget of ${name}, millions of dollars`, true)}
      {cell('gross', `Gross of ${name}, millions of dollars`, true)}
      <td id={messageId} className={message === null ? 'many-table__ok' : 'many-table__problem'}>
        {message ?? 'Trains the model'}
      </td>
      <td>
        <button
          type="button"
          data-row={row.id}
          data-focus="remove"
          aria-label={`Remove ${name}`}
          onClick={() => {
            onRemove(row.id);
          }}
        >
          Remove
        </button>
      </td>
    </tr>
  );
});

/** A box to paste CSV into, and what came of it. */
function PasteCsv() {
  const store = useManyStore();
  const id = useId();
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<CsvUnit>('millions');
  const rows = useMany((s) => s.rows);
  // What came of the last paste, told only while the table still holds what it left there.
  const [result, setResult] = useState<{ said: string; notAdded: NotAdded[]; rows: typeof rows } | null>(null);
  const told = result !== null && result.rows === rows ? result : null;

  const use = (): void => {
    if (text.trim() === '') {
      setResult({ said: 'Paste some CSV into the box first.', notAdded: [], rows });
      return;
    }
    const state = store.getState();
    const pasted = rowsFromCsv(text, unit, state.nextId);
    if (pasted.rows.length === 0) {
      setResult({ said: 'No row of this CSV could be put in the table, so the table is unchanged.', notAdded: pasted.notAdded, rows });
      return;
    }
    const next = replaceRows(state, pasted.rows);
    store.setState(() => next);
    const n = pasted.rows.length;
    setResult({
      said: `The table now holds the ${n} row${n === 1 ? '' : 's'} of your CSV. ${dataSummary(next.data)}`,
      notAdded: pasted.notAdded,
      rows: next.rows,
    });
  };

  const fill = (): void => {
    const { rows } = store.getState();
    setText(`title,budget,gross\n${rows.map((r) => [r.title, r.budget, r.gross].map(csvField).join(',')).join('\n')}\n`);
    setUnit('millions');
    setResult(null);
  };

  return (
    <div className="many-paste">
      <label htmlFor={`${id}-csv`} className="many-paste__label">
        Paste CSV
      </label>
      <p id={`${id}-hint`} className="field-hint">
        One film a line: title, budget, gross, with an optional header line (title,budget,gross). Put numbers with commas in
        quotes (“1,000,000”). The table is replaced by what you paste.
      </p>
      <textarea
        id={`${id}-csv`}
        aria-describedby={`${id}-hint`}
        rows={6}
        spellCheck={false}
        value={text}
        placeholder={'title,budget,gross\nMad Max,0.2,99.75'}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <fieldset className="many-choice many-choice--inline">
        <legend>The CSV’s amounts are in</legend>
        {(
          [
            ['millions', 'millions of dollars'],
            ['dollars', 'dollars'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="many-choice__option">
            <input
              type="radio"
              name={`${id}-unit`}
              value={value}
              checked={unit === value}
              onChange={() => {
                setUnit(value);
              }}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="many-data__actions">
        <button type="button" className="primary" onClick={use}>
          Use this CSV
        </button>
        <button type="button" onClick={fill}>
          Fill the box with the table
        </button>
      </div>
      {told !== null && (
        <div className="many-paste__result">
          <p role="status">{told.said}</p>
          {told.notAdded.length > 0 && (
            <div role="alert" className="field-message">
              <p>
                {told.notAdded.length === 1 ? 'One line was' : `${told.notAdded.length} lines were`} not put in the table:
              </p>
              <ul>
                {told.notAdded.slice(0, 50).map((problem, k) => (
                  <li key={k}>{problem.message}</li>
                ))}
                {told.notAdded.length > 50 && <li>…and {told.notAdded.length - 50} more.</li>}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
