import { useEffect, useState } from 'react';
import {
  FILMS,
  bestWeight,
  formatNumber,
  meanSquaredError,
} from '../../core/index.ts';
import { Formula, N, O, Squared, V } from '../../math/Formula.tsx';
import { createStore, useUrlParams } from '../../store/index.ts';
import { Announcer } from './many/Announcer.tsx';
import { Charts } from './many/Charts.tsx';
import { ManyContext, useMany, useManyStore } from './many/context.ts';
import { Controls } from './many/Controls.tsx';
import { DataEditor } from './many/DataEditor.tsx';
import { formatMillions, formatWeight } from './many/describe.ts';
import { IterationPanel } from './many/IterationPanel.tsx';
import { Playback } from './many/Playback.tsx';
import { animationFrames } from '../../layout/animationFrames.ts';
import { createManyPlayer } from './many/player.ts';
import { createManyState, dismissManyNotice, type ManyState } from './many/state.ts';
import { StopPanel } from './many/StopPanel.tsx';
import { decodeLink, manyEntries } from './many/urlCodec.ts';
import './many/many.css';

/**
 * Beyond the article: one weight trained on twenty real films at once. The chapter keeps its
 * own store (the lab's is untouched), its own player and its own keys in the link (`many.*`).
 */
export function ManyExamples() {
  const url = useUrlParams();
  const [store] = useState(() => createStore<ManyState>(createManyState(decodeLink(url.initial))));

  useEffect(() => createManyPlayer(store, animationFrames), [store]);

  // Keep the link in step with the settings and the table (not the iteration: a run is
  // recomputed in an instant). The address bar itself is written, spaced out, by the page.
  useEffect(() => {
    let settings = store.getState().settings;
    let rows = store.getState().rows;
    const write = (): void => {
      url.update('many', manyEntries(settings, rows).entries);
    };
    write();
    const unsubscribe = store.subscribe(() => {
      const next = store.getState();
      if (next.settings === settings && next.rows === rows) return;
      settings = next.settings;
      rows = next.rows;
      write();
    });
    return () => {
      unsubscribe();
      url.update('many', null);
    };
  }, [store, url]);

  return (
    <ManyContext value={store}>
      <Prose />
      <Notice />
      <div className="lab many-lab">
        <div className="lab__controls">
          <Controls />
        </div>
        <div className="lab__main">
          <Run />
        </div>
      </div>
      <DataEditor />
      <Announcer />
    </ManyContext>
  );
}

/** The 20 films' best weight and lowest error, for the prose (the reader's table may differ). */
const FILM_EXAMPLES = FILMS.map((film) => ({ input: film.budget / 1e6, goal: film.worldwideGross / 1e6 }));
const FILMS_BEST = bestWeight(FILM_EXAMPLES) ?? 0;
const FILMS_FLOOR = meanSquaredError(FILMS_BEST, FILM_EXAMPLES);

function Prose() {
  return (
    <>
      <p>
        The article teaches its weight with one film. Real data has many, and one weight must serve them all: the model is
        still <em>prediction = budget × weight</em>, a single line through the origin, and it has to make do for every film at
        once. Below are twenty real films, low-budget hits and a few that were not, with their worldwide grosses.
      </p>
      <p>
        Amounts here are in <strong>millions of dollars</strong>: Mad Max cost 0.2 and grossed 99.75. The weight is a ratio of
        money to money, so the unit does not change it; it only keeps the numbers, and with them the learning rate, sensible
        (see “Why alpha is so small”).
      </p>
      <p>The error becomes the mean of the films’ squared errors:</p>
      <Formula block label="mean squared error equals one over n times the sum over the films of (budget times weight minus gross) squared">
        <V>meanSquaredError</V>
        <O>=</O>
        <mfrac>
          <mn>1</mn>
          <mi>n</mi>
        </mfrac>
        <O>Σ</O>
        <Squared>
          <O>(</O>
          <V>budget</V>
          <O>×</O>
          <V>weight</V>
          <O>−</O>
          <V>gross</V>
          <O>)</O>
        </Squared>
      </Formula>
      <p>
        Each film on its own has a best weight, its gross ÷ its budget: 498.75 for Mad Max, about 1.2 for Office Space. No
        single weight can be both. Setting the slope of the mean squared error to 0 gives the best compromise in closed form,
      </p>
      <Formula block label="best weight equals the sum of budget times gross over the sum of budget squared">
        <V>bestWeight</V>
        <O>=</O>
        <mfrac>
          <mrow>
            <O>Σ</O>
            <V>budget</V>
            <O>×</O>
            <V>gross</V>
          </mrow>
          <mrow>
            <O>Σ</O>
            <Squared>
              <V>budget</V>
            </Squared>
          </mrow>
        </mfrac>
        <O>=</O>
        <N>{formatNumber(FILMS_BEST, 4)}</N>
      </Formula>
      <p>
        for the twenty films, and even there no film sits on the line: the mean squared error is still{' '}
        {formatNumber(FILMS_FLOOR, 4)}, a typical miss of {formatMillions(Math.sqrt(FILMS_FLOOR))}. The big budgets weigh most,
        because their errors are the largest: the squares make the line follow Moneyball and Slumdog Millionaire more than Mad
        Max.
      </p>
      <p>
        Gradient descent can learn it in two ways. <strong>All films at once</strong> (batch) averages the films’ weight deltas,
        delta × budget, and makes one update with the mean. <strong>One film at a time</strong> (stochastic) updates after every
        film, in table order or shuffled; each update pulls the weight towards that film’s own best weight, so the weight never
        quite settles. Try both, then change the films.
      </p>
    </>
  );
}

/** What a shared link asked for that could not be used. */
function Notice() {
  const store = useManyStore();
  const notice = useMany((s) => s.notice);
  if (notice === null) return null;
  return (
    <div className="notice many-notice" role="alert">
      <p>{notice}</p>
      <button
        type="button"
        aria-label="Dismiss the note about this chapter’s link"
        onClick={() => {
          store.setState(dismissManyNotice);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}

/** The run, or why there is none. */
function Run() {
  const problem = useMany((s) => s.runProblem);
  const best = useMany((s) => (s.data.examples.length === 0 ? null : s.data.examples));
  if (problem !== null) {
    return (
      <p className="field-message many-problem" role="status">
        {problem}
      </p>
    );
  }
  const bestNow = best === null ? null : bestWeight(best);
  return (
    <>
      <Playback />
      <p className="many-best">
        Best weight for these films: <strong>{bestNow === null ? '—' : formatWeight(bestNow)}</strong> (the dashed lines).
      </p>
      <StopPanel />
      <Charts />
      <IterationPanel />
    </>
  );
}
