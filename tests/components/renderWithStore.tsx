import { act, render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { App } from '../../src/App.tsx';
import { afterNextPaint } from '../../src/layout/animationFrames.ts';
import type { TrainingParams } from '../../src/core/index.ts';
import {
  TutorialContext,
  createStore,
  goTo,
  initialState,
  setParams,
  type Store,
  type TutorialState,
} from '../../src/store/index.ts';

export interface Rendered extends RenderResult {
  readonly store: Store<TutorialState>;
  readonly user: UserEvent;
}

/** Renders `ui` inside the tutorial's context with a fresh store holding `state`. */
export function renderWithStore(ui: ReactElement, state: TutorialState = initialState()): Rendered {
  const store = createStore(state);
  const user = userEvent.setup();
  const result = render(<TutorialContext value={store}>{ui}</TutorialContext>);
  return { store, user, ...result };
}

/**
 * Waits for the next frame to be painted and for the views that trail the lab's charts by a frame
 * (`useTutorialTrailing`: the verdicts, the playback bar, the iteration's numbers, the trace) to catch up.
 */
export async function paintedFrame(): Promise<void> {
  await act(async () => {
    await new Promise<void>((resolve) => {
      afterNextPaint(resolve);
    });
  });
}

/** The starting state with some of the article's parameters replaced (and optionally a tolerance and iteration). */
export function labState(
  params: Partial<TrainingParams> = {},
  options: { readonly tolerance?: number; readonly index?: number } = {},
): TutorialState {
  const base = initialState();
  const change = setParams(base, { ...base.lab.params, ...params }, options.tolerance ?? 0);
  if (!change.ok) throw new Error(change.message);
  return options.index === undefined ? change.state : goTo(change.state, options.index);
}

/** The text of the <dd> that follows the <dt> reading exactly `term`, inside `scope`. */
export function definitionOf(scope: HTMLElement, term: string): string {
  const dt = within(scope).getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (dd?.tagName !== 'DD') throw new Error(`No <dd> after <dt>${term}</dt>`);
  return dd.textContent;
}

/**
 * The text of a worked formula, the group named `label` that shows it one step a line:
 * e.g. "delta=prediction−goal=500,000−99,750,000=−99,250,000".
 */
export function derivation(label: string): string {
  return screen.getByRole('group', { name: label }).textContent;
}

/** The training lab's chapter on the whole page (later chapters have sliders and iterations of their own). */
export const labChapter = (): HTMLElement => screen.getByRole('region', { name: /The training lab$/ });

/**
 * Renders the whole page and waits for its chapters, which load lazily (each behind Suspense):
 * the Predict sentence, the lab's learning-rate slider and the challenges' score.
 */
export async function renderApp(state: TutorialState = initialState()): Promise<Rendered> {
  const store = createStore(state);
  const user = userEvent.setup();
  const result = render(<App store={store} />);
  const wait = { timeout: 10_000 };
  await screen.findByRole('textbox', { name: 'Budget in the sentence' }, wait);
  await screen.findByRole('textbox', { name: 'Learning rate in the worked example' }, wait);
  await within(labChapter()).findByRole('slider', { name: 'Learning rate' }, wait);
  await screen.findByText(/of 5 done\./, {}, wait);
  return { store, user, ...result };
}

