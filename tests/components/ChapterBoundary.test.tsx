import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterBoundary } from '../../src/ChapterBoundary.tsx';

/** Throws while `broken.now` is true, as a chapter with a bug would. */
const broken = { now: true, renders: 0 };
function Thrower() {
  broken.renders += 1;
  if (broken.now) throw new Error('boom');
  return <p>The chapter works now.</p>;
}

describe('ChapterBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows a message in place of a failing part, keeps its neighbours, and tries again on request', async () => {
    // React and the boundary both report the expected error; keep the output clean in this test only.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken.now = true;
    broken.renders = 0;
    const user = userEvent.setup();
    render(
      <>
        <ChapterBoundary name="X">
          <Thrower />
        </ChapterBoundary>
        <p>The sibling still renders.</p>
      </>,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong in “X”. The rest of the page still works.');
    expect(screen.getByText('The sibling still renders.')).toBeInTheDocument();
    expect(screen.queryByText('The chapter works now.')).not.toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith('“X” failed', expect.any(Error), expect.any(String));

    // The first render(s) threw; the next one works.
    broken.now = false;
    await user.click(screen.getByRole('button', { name: 'Try “X” again' }));
    expect(screen.getByText('The chapter works now.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('The sibling still renders.')).toBeInTheDocument();
  });

  it('renders its children untouched when nothing fails', () => {
    render(
      <ChapterBoundary name="Y">
        <p>Fine.</p>
      </ChapterBoundary>,
    );
    expect(screen.getByText('Fine.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
