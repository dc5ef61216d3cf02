import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { ChapterMounterContext, MOUNT_AT_ONCE, type ChapterMounter } from '../../src/layout/chapterMounting.ts';
import { STEPS } from '../../src/steps/steps.ts';
import { createStore, decodeLab, initialState } from '../../src/store/index.ts';
import { labChapter, paintedFrame, renderApp } from './renderWithStore.tsx';

const chapter = (name: RegExp) => screen.getByRole('region', { name });

// The whole page, its lazily loaded chapters and three charts take seconds to render in jsdom.
describe('App', { timeout: 30_000 }, () => {
  it('renders every chapter, each under its heading, and the contents', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Predict · Compare · Learn' })).toBeInTheDocument();
    // The opening's three steps, each named, then said.
    expect(screen.getAllByRole('listitem').map((li) => li.textContent).filter((t) => /^(Predict|Compare|Learn):/.test(t))).toEqual([
      'Predict: multiply what we know by a weight.',
      'Compare: measure how far the prediction is from the truth.',
      'Learn: nudge the weight to make that distance smaller.',
    ]);
    const contents = screen.getByRole('navigation', { name: 'Chapters' });
    const links = within(contents).getAllByRole('link');
    expect(links.slice(0, 5).map((a) => a.textContent)).toEqual(['Predict', 'Compare', 'Learn', 'The training lab', 'Challenges']);
    // Every entry of the contents leads to a chapter on the page.
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      expect(document.getElementById(id), id).toHaveAttribute('aria-labelledby', `${id}-title`);
    }
    for (const name of [/Step 1 Predict/, /Step 2 Compare/, /Step 3 Learn/, /The training lab/, /Your turn Challenges/]) {
      expect(chapter(name)).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Skip to the training lab' })).toHaveAttribute('href', '#lab');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for each chapter to be laid out once it has rendered, not while it shows its placeholder', async () => {
    const asked: { chapter: string; rendered: boolean }[] = [];
    const mounter: ChapterMounter = {
      ...MOUNT_AT_ONCE,
      layOutSoon(body) {
        asked.push({ chapter: body.closest('section')!.id, rendered: body.querySelector('.loading') === null && body.childElementCount > 0 });
        return () => undefined;
      },
    };
    render(
      <ChapterMounterContext value={mounter}>
        <App store={createStore(initialState())} />
      </ChapterMounterContext>,
    );
    await waitFor(() => {
      expect(asked.map((a) => a.chapter).sort()).toEqual(STEPS.map((step) => step.id).sort());
    }, { timeout: 10_000 });
    expect(asked.every((a) => a.rendered)).toBe(true);
  });

  it('tells the reader which settings of a link were not used, until dismissed', async () => {
    const { user } = await renderApp(decodeLab('?alpha=abc', initialState()));
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toMatch(/^Some settings in this link were not used/);
    expect(notice).toHaveTextContent('Learning rate: “abc” is not a finite number');
    // The bad value was not used: the lab keeps the article's learning rate.
    expect(within(labChapter()).getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a good link sets the lab without a notice', async () => {
    await renderApp(decodeLab('?alpha=5e-11&i=1', initialState()));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(labChapter()).getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '5.0\u00a0×\u00a010⁻¹¹');
    expect(within(labChapter()).getByRole('heading', { name: 'Iteration 1' })).toBeInTheDocument();
    expect(within(labChapter()).getByRole('heading', { name: /^How this run ends:/ })).toHaveTextContent(/Bouncing for ?ever/);
  });

  it('the learning-rate slider’s one-step mark finishes the run in 1 update and meets a challenge', async () => {
    await renderApp();
    const slider = within(labChapter()).getByRole('slider', { name: 'Learning rate' });
    const listId = slider.getAttribute('list')!;
    const position = document.getElementById(listId)!.querySelector<HTMLOptionElement>('option[label="one step"]')!.value;
    fireEvent.change(slider, { target: { value: position } });
    expect(slider).toHaveAttribute('aria-valuetext', '2.5\u00a0×\u00a010⁻¹¹');
    await paintedFrame();
    expect(within(labChapter()).getByRole('region', { name: /^How this run ends:/ })).toHaveTextContent('After 1 update');
    const challenges = chapter(/Your turn Challenges/);
    expect(within(challenges).getByRole('status')).toHaveTextContent('1 of 5 done.');
    const single = within(challenges)
      .getAllByRole('listitem')
      .find((li) => li.textContent.includes('Reach the goal in a single update'))!;
    expect(single).toHaveTextContent('Done: the lab is doing it right now.');
  });

  it('the Learn chapter and the lab share one learning rate, both ways', async () => {
    const { user } = await renderApp();
    const worked = screen.getByRole('textbox', { name: 'Learning rate in the worked example' });
    await user.click(within(labChapter()).getByRole('button', { name: 'Bounce forever' }));
    expect(worked).toHaveValue('5.0\u00a0×\u00a010⁻¹¹');
    await user.clear(worked);
    await user.type(worked, '1e-11{Enter}');
    expect(within(labChapter()).getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '1.0\u00a0×\u00a010⁻¹¹');
    expect(within(labChapter()).getByRole('button', { name: 'The article’s run' })).toHaveAttribute('aria-pressed', 'true');
  });
});
