import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { labChapter, paintedFrame, renderApp } from './renderWithStore.tsx';

/** Opens the program output too, so its lines are checked as well. */
function openProgramOutput(): void {
  const details = within(labChapter()).getByText('The run as the article’s program printed it').closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

function expectOnlyFiniteNumbers(container: HTMLElement, last: number): void {
  // The two chapter pictures and the lab's three charts are drawn, so their numbers are checked too.
  expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(5);
  const lab = within(labChapter());
  const scrubber = lab.getByRole('slider', { name: 'Iteration' });
  expect(scrubber).toHaveAttribute('max', String(last));
  for (const index of [0, Math.floor(last / 2), last]) {
    fireEvent.change(scrubber, { target: { value: String(index) } });
    expect(lab.getByRole('heading', { name: `Iteration ${index}` })).toBeInTheDocument();
    const html = container.innerHTML;
    expect(html, `iteration ${index}`).not.toContain('NaN');
    expect(html, `iteration ${index}`).not.toContain('Infinity');
  }
}

// The whole page, its lazily loaded chapters and three charts take seconds to render in jsdom.
describe('No NaN or Infinity anywhere on the page', { timeout: 30_000 }, () => {
  it('for the Diverge preset, at the start, the middle and the end', async () => {
    const { container, user } = await renderApp();
    openProgramOutput();
    await user.click(within(labChapter()).getByRole('button', { name: 'Diverge' }));
    // The verdicts show a new run a frame after the charts.
    await paintedFrame();
    expect(within(labChapter()).getByRole('heading', { name: /^How this run ends:/ })).toHaveTextContent('Diverged');
    expectOnlyFiniteNumbers(container, 2019);
  });

  it('for a learning rate of 1, at the start, the middle and the end', async () => {
    const { container, user } = await renderApp();
    openProgramOutput();
    const lab = within(labChapter());
    const box = lab.getByRole('textbox', { name: 'Learning rate, exact value' });
    await user.clear(box);
    await user.type(box, '1{Enter}');
    expect(lab.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '1.0');
    await paintedFrame();
    expect(lab.getByRole('heading', { name: /^How this run ends:/ })).toHaveTextContent('Diverged');
    expectOnlyFiniteNumbers(container, 28);
  });

  it('for the article’s run, at the start, the middle and the end', async () => {
    const { container } = await renderApp();
    openProgramOutput();
    expectOnlyFiniteNumbers(container, 72);
  });
});
