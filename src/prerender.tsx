import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.tsx';
import { ChapterMounterContext, MOUNT_AT_ONCE } from './layout/chapterMounting.ts';
import { createStore, initialState } from './store/index.ts';

/**
 * The page as it is before any script runs: the header, the opening, the contents, every
 * chapter's heading with its placeholder, and the footer. The build writes it into index.html
 * (scripts/prerender.ts), and src/main.tsx hydrates it. It must render exactly what the client's
 * first render does, so it depends on nothing the address or the browser could change.
 */
export function renderShell(): string {
  return renderToString(
    // The same elements as src/main.tsx renders, so that ids made by useId match.
    <StrictMode>
      <ChapterMounterContext value={MOUNT_AT_ONCE}>
        <App store={createStore(initialState())} />
      </ChapterMounterContext>
    </StrictMode>,
  );
}
