import { act, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App.tsx';
import { ChapterMounterContext, MOUNT_AT_ONCE } from '../../src/layout/chapterMounting.ts';
import { renderShell } from '../../src/prerender.tsx';
import { createStore, decodeLab, initialState } from '../../src/store/index.ts';
import { STEPS } from '../../src/steps/steps.ts';

let container: HTMLDivElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
});

describe('the prerendered page', { timeout: 30_000 }, () => {
  it('holds the header, the contents and every chapter’s heading with a placeholder, and no chapter yet', () => {
    container = document.createElement('div');
    container.innerHTML = renderShell();
    document.body.append(container);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Predict · Compare · Learn');
    expect(within(screen.getByRole('navigation', { name: 'Chapters' })).getAllByRole('link')).toHaveLength(STEPS.length);
    for (const { id, title } of STEPS) {
      const section = container.querySelector(`section#${id}`);
      expect(section, id).not.toBeNull();
      expect(section).toHaveTextContent(`Loading “${title}”…`);
    }
    expect(container.querySelector('input, svg, [role="alert"]')).toBeNull();
    // Nothing the policy would refuse: no inline style attributes or event handlers in the HTML.
    expect(container.innerHTML).not.toMatch(/\sstyle=|\son[a-z]+=/);
  });

  it('is taken over by React without a mismatch, even when the link brings a notice; then the chapters render', async () => {
    container = document.createElement('div');
    container.innerHTML = renderShell();
    document.body.append(container);
    const recoverable: unknown[] = [];
    // The link's state differs from the prerendered default: a bad learning rate gives a notice.
    const store = createStore(decodeLab('?alpha=abc&i=3', initialState()));
    const roots: Root[] = [];
    act(() => {
      roots.push(
        hydrateRoot(
          container!,
          <StrictMode>
            <ChapterMounterContext value={MOUNT_AT_ONCE}>
              <App store={store} />
            </ChapterMounterContext>
          </StrictMode>,
          { onRecoverableError: (error) => recoverable.push(error) },
        ),
      );
    });
    expect(recoverable).toEqual([]);
    expect(await screen.findByRole('alert')).toHaveTextContent('“abc” is not a finite number');
    const lab = screen.getByRole('region', { name: /The training lab$/ });
    expect(await within(lab).findByRole('heading', { name: 'Iteration 3' }, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(
      () => {
        expect(container?.querySelectorAll('.loading')).toHaveLength(0);
      },
      { timeout: 10_000 },
    );
    act(() => {
      for (const root of roots) root.unmount();
    });
  });
});
