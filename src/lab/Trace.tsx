import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { articleProgramOutput, formatExact, formatMoney, formatScientific, iterationAt, type Run } from '../core/index.ts';
import { useOnScreen } from '../layout/useOnScreen.ts';
import { useSampled } from '../layout/useSampled.ts';
import { describeError, formatGap, playingFast, runToCsv, sameRun, useTutorialAtRest } from '../store/index.ts';

/** Rows in the table: the current iteration with four either side, or the run's first or last nine. */
const ROWS = 9;

/**
 * While the lab plays fast, the table shows the iteration of the moment about eight times a
 * second rather than in every frame: nobody reads rows that change 60 times a second, and laying
 * out the table each frame took about 1 ms of every frame of play (docs/PERFORMANCE.md,
 * fourteenth pass). Paused, or playing slower, it shows every step.
 */
const FAST_PLAY_SAMPLE_MS = 125;

/** The run as a table around the current iteration, and as the article's program printed it. */
export function Trace() {
  const section = useRef<HTMLElement>(null);
  // Out of sight, the table waits while a slider is dragged (each event makes a new run) and
  // catches up when it rests; in sight, a new run reaches it a frame after the charts. Stepping
  // through the same run shows at once; playing fast, a sample of the steps (FAST_PLAY_SAMPLE_MS).
  const lab = useTutorialAtRest((s) => s.lab, { live: useOnScreen(section), trailing: true, atOnce: sameRun });
  const { run } = lab;
  const index = Math.min(useSampled(lab.index, playingFast(lab) ? FAST_PLAY_SAMPLE_MS : 0), run.length - 1);
  // A window of constant size, so that the table's height (and everything below it) stays put
  // while stepping near either end of the run, or when the table catches up with a new run.
  const first = Math.max(0, Math.min(index - (ROWS - 1) / 2, run.length - ROWS));
  const last = Math.min(run.length - 1, first + ROWS - 1);
  const rows = [];
  for (let i = first; i <= last; i += 1) rows.push(iterationAt(run, i));

  return (
    <section ref={section} className="trace" aria-labelledby="trace-title">
      <h3 id="trace-title">The run, step by step</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Iterations around the current one">
        <table>
          <caption className="visually-hidden">
            Iterations {first} to {last} of {run.length - 1}; the current one is marked.
          </caption>
          <thead>
            <tr>
              <th scope="col">Iteration</th>
              <th scope="col">Weight</th>
              <th scope="col">Prediction</th>
              <th scope="col">Delta</th>
              <th scope="col">Error</th>
              <th scope="col">Weight delta</th>
            </tr>
          </thead>
          <tbody>
            {/* Rows keyed by iteration modulo the window's size: a step moves the window by one
                row, and only the row that leaves it is moved to the other end and takes the new
                iteration's text; the other eight keep theirs (a step laid out 160 objects when
                every row took new text; docs/PERFORMANCE.md, fifteenth pass). A jump of the
                window (playing fast, the iteration slider) reuses the same nine rows too, instead
                of making nine rows and their 54 cells anew. */}
            {rows.map((it) => (
              <tr key={it.index % ROWS} aria-current={it.index === index ? 'step' : undefined}>
                <th scope="row">{it.index}</th>
                <td>{formatExact(it.weight)}</td>
                <td>{formatMoney(it.prediction)}</td>
                <td>{formatGap(it.delta)}</td>
                <td>{describeError(it)}</td>
                <td>{it.weightDelta === null ? 'overflow' : formatScientific(it.weightDelta, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="trace__actions">
        <DownloadCsv run={run} />
      </p>
      <ProgramOutput run={run} index={index} />
    </section>
  );
}

function DownloadCsv({ run }: { run: Run }) {
  // The file is made when asked for, so a slider drag never pays for it.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const url = URL.createObjectURL(new Blob([runToCsv(run)], { type: 'text/csv' }));
    event.currentTarget.href = url;
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 10_000);
  };
  return (
    <a className="button" href="#download" download="predict-compare-learn-run.csv" onClick={onClick}>
      Download the whole run (CSV, {run.length} rows)
    </a>
  );
}

/** The original program's printout up to the current iteration, made only while it is open. */
function ProgramOutput({ run, index }: { run: Run; index: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="program"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>The run as the article’s program printed it</summary>
      {open && <ProgramLines run={run} index={index} />}
    </details>
  );
}

function ProgramLines({ run, index }: { run: Run; index: number }) {
  const output = useMemo(() => articleProgramOutput(run), [run]);
  const [copied, setCopied] = useState<string | null>(null);
  // The program prints one line per call, so line i + 1 belongs to iteration i.
  const shown = output.lines.slice(0, Math.min(output.lines.length, index + 1));
  const finished = index === run.length - 1;
  const tail = finished && output.ending === 'complete' ? output.lines.slice(shown.length) : [];
  const text = output.lines.join('\n');
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied('Copied all lines.');
      },
      () => {
        setCopied('Copying is not allowed here; select the text instead.');
      },
    );
  };
  return (
    <>
      <pre className="program__lines" tabIndex={0} role="region" aria-label="Program output">
        {[...shown, ...tail].join('\n')}
      </pre>
      <p className="field-hint">
        {output.ending === 'complete' && 'The program stops when a prediction equals the goal exactly, as here.'}
        {output.ending === 'endless' &&
          `The program knows only the exact rule, so for this run it would keep printing forever; the lines stop where our trainer stopped (${output.lines.length} lines).`}
        {output.ending === 'crash' &&
          `The program would crash after line ${output.lines.length}: in Elixir, a float that overflows raises an error (here the unused delta² overflows first).`}
        {' '}
        Lines appear as you step.{' '}
        <button type="button" className="link-button" onClick={copy}>
          Copy all {output.lines.length} lines
        </button>{' '}
        <span role="status">{copied}</span>
      </p>
    </>
  );
}
