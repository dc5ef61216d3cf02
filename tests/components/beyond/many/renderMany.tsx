import { render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ManyExamples } from '../../../../src/steps/beyond/ManyExamples.tsx';
import { TutorialContext, UrlParamsContext, createStore, initialState, type UrlParams } from '../../../../src/store/index.ts';

export interface RenderedMany extends RenderResult {
  readonly user: UserEvent;
  /** Every `update('many', …)` the chapter made, oldest first. */
  readonly updates: (Readonly<Record<string, string>> | null)[];
}

/** Renders the chapter as the page does, with a link whose query is `search`. */
export function renderMany(search = ''): RenderedMany {
  const query = new URLSearchParams(search);
  const updates: (Readonly<Record<string, string>> | null)[] = [];
  const urlParams: UrlParams = {
    initial: (key) => query.get(key),
    update: (owner, entries) => {
      if (owner === 'many') updates.push(entries);
    },
  };
  const user = userEvent.setup();
  const result = render(
    <TutorialContext value={createStore(initialState())}>
      <UrlParamsContext value={urlParams}>
        <ManyExamples />
      </UrlParamsContext>
    </TutorialContext>,
  );
  return { user, updates, ...result };
}

/** The chapter's playback controls, by their names. */
export const playback = () => {
  const group = within(screen.getByRole('group', { name: 'Many examples playback' }));
  return {
    button: (name: string) => group.getByRole('button', { name: `${name}, many examples` }),
    playPause: () => group.getByRole('button', { name: /^(Play|Pause), many examples$/ }),
    scrubber: () => group.getByRole('slider', { name: 'Iteration, many examples' }),
    count: () => group.getByText(/^[\d,]+ \/ [\d,]+$/),
  };
};

/** The stop panel's heading: "How the films’ run ends: …". */
export const stopHeading = () => screen.getByRole('heading', { name: /^How the films’ run ends:/ });

/** The text of the <dd> after the <dt> reading `term` in the iteration panel. */
export function numberOf(term: string): string {
  const panel = screen.getByRole('region', { name: /^The films’ iteration \d+$/ });
  const dt = within(panel).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

/** The page's markup with the reader's own text left out: what boxes hold, and text quoted back in curly quotes. */
export function shownMarkup(container: HTMLElement): string {
  return container.innerHTML
    .replace(/ value="[^"]*"/g, '')
    .replace(/<textarea([^>]*)>[\s\S]*?<\/textarea>/g, '<textarea$1></textarea>')
    .replace(/“[^”]*”/g, '“…”');
}
