import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { animationFrames } from './layout/animationFrames.ts';
import { browserMounting, watchTheReader } from './layout/browserMounting.ts';
import { ChapterMounterContext, createChapterMounter } from './layout/chapterMounting.ts';
import { stopTabAtChaptersToCome } from './layout/chapterTabStops.ts';
import {
  atRest,
  createPlayer,
  createStore,
  createUrlParams,
  decodeLab,
  initialState,
  labEntries,
  type TutorialState,
} from './store/index.ts';
import './styles.css';

// The only file that touches the document, the window and its location.
const store = createStore<TutorialState>(decodeLab(window.location.search, initialState()));

createPlayer(store, animationFrames);

// Keep the address bar in step with the page, so a reload or a shared link restores the place.
// Writes are spaced out: playing at full speed must not rewrite history every frame.
let written = window.location.search;
let latest = written;
let scheduled = false;
const writeAddress = (search: string): void => {
  if (search === written) return;
  written = search;
  try {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  } catch {
    // Some sandboxed contexts forbid history changes; the page works without them.
  }
};
const urlParams = createUrlParams(window.location.search, (search) => {
  latest = search;
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    writeAddress(latest);
  }, 300);
});
// Back or Forward to another place in the page (a contents link's #lab) brings back that entry's
// address, with the settings of its time; the page keeps the reader's settings, so it writes
// them back into the address.
window.addEventListener('popstate', () => {
  written = window.location.search;
  writeAddress(latest);
});

// The lab's keys follow the lab once its controls rest: a slider's drag or playback makes a
// change every frame, and one address for the place they stop is enough.
const labAtRest = atRest(store, (state) => state.lab);
let lab = labAtRest.getSnapshot();
urlParams.update('lab', labEntries(store.getState()));
labAtRest.subscribe(() => {
  const next = labAtRest.getSnapshot();
  if (next.params === lab.params && next.index === lab.index && next.tolerance === lab.tolerance) return;
  lab = next;
  urlParams.update('lab', labEntries(store.getState()));
});

// A test build (`vite build --mode failure-test`) can make one chapter fail: `?break=lab`.
// In every other build the mode is a different constant and this is dropped.
const breakChapter = import.meta.env.MODE === 'failure-test' ? new URLSearchParams(window.location.search).get('break') : null;

// Far chapters wait for the reader's first scroll, key or touch: listen for it from the start.
watchTheReader();
// A Tab that comes to a chapter before it has rendered (just after a link to it, say) stops at its heading.
stopTabAtChaptersToCome();

const page = (
  <StrictMode>
    <ChapterMounterContext value={createChapterMounter(browserMounting)}>
      <App store={store} urlParams={urlParams} breakChapter={breakChapter} />
    </ChapterMounterContext>
  </StrictMode>
);

// The built page arrives with its header and chapter placeholders already in the HTML
// (scripts/prerender.ts), so it paints before any script runs; React takes that markup over.
// The dev server serves an empty root, which React fills.
const root = document.getElementById('root');
if (root?.firstElementChild) {
  hydrateRoot(root, page);
} else if (root) {
  const reactRoot = createRoot(root);
  flushSync(() => {
    reactRoot.render(page);
  });
  // The browser looked for the address's #chapter before React drew it: look again now that it has.
  const target = decodeURIComponent(window.location.hash.slice(1));
  if (target !== '') document.getElementById(target)?.scrollIntoView();
}
