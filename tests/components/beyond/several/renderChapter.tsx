import { render, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { fireEvent } from '@testing-library/react';
import type { ReactElement } from 'react';
import { TutorialContext, UrlParamsContext, createStore, initialState, type Scheduler, type UrlParams } from '../../../../src/store/index.ts';

export interface ChapterRender extends RenderResult {
  readonly user: UserEvent;
  /** Every call the chapter made to `urlParams.update`, in order. */
  readonly updates: (readonly [string, Readonly<Record<string, string>> | null])[];
}

/** Renders a chapter inside the tutorial's store and a URL context opened with `link`. */
export function renderChapter(ui: ReactElement, link: Readonly<Record<string, string>> = {}): ChapterRender {
  const updates: (readonly [string, Readonly<Record<string, string>> | null])[] = [];
  const urlParams: UrlParams = {
    initial: (key) => link[key] ?? null,
    update: (owner, entries) => {
      updates.push([owner, entries]);
    },
  };
  const user = userEvent.setup();
  const result = render(
    <TutorialContext value={createStore(initialState())}>
      <UrlParamsContext value={urlParams}>{ui}</UrlParamsContext>
    </TutorialContext>,
  );
  return { user, updates, ...result };
}

/** A scheduler cranked by hand: `tick(ms)` moves the clock and runs the frame asked for, if any. */
export function manualScheduler() {
  let time = 0;
  let pending: (() => void) | null = null;
  const scheduler: Scheduler = {
    now: () => time,
    requestFrame(callback) {
      pending = callback;
      return () => {
        if (pending === callback) pending = null;
      };
    },
  };
  return {
    scheduler,
    tick(ms: number) {
      time += ms;
      const run = pending;
      pending = null;
      run?.();
    },
  };
}

/** Types `text` into a box and commits it with Enter, as NumberField expects. */
export function typeAndCommit(box: HTMLElement, text: string): void {
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

/** The text of the <dd> that follows the <dt> reading exactly `term`, inside `scope`. */
export function definitionOf(scope: HTMLElement, term: string): string {
  const dt = within(scope).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

/** Attribute values and text in `root` that show NaN or Infinity. */
export function nonFinite(root: HTMLElement): string[] {
  const bad: string[] = [];
  if (/NaN|Infinity/.test(root.textContent)) bad.push(`text: ${root.textContent.match(/.{0,40}(NaN|Infinity).{0,40}/)?.[0] ?? ''}`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) if (/NaN|Infinity/.test(attr.value)) bad.push(`<${el.tagName} ${attr.name}="${attr.value.slice(0, 60)}">`);
  }
  return bad;
}
