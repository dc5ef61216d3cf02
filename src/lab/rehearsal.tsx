import { startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ChapterMounter } from '../layout/chapterMounting.ts';
import { createOffPageElement, pressKeyOnSlider, sliderNamed } from '../layout/offPage.ts';
import { TutorialContext, createStore, type TutorialState } from '../store/index.ts';

/**
 * The slider events of a rehearsal, in order: the slider's accessible name, the key pressed, and
 * where the slider then stands as a fraction of its track. The learning rate goes to both ends
 * (a run of thousands of updates, one that overflows within a few), across the middle and over
 * the edge of stability; the starting weight to both ends and near the ideal weight.
 */
export const REHEARSAL_EVENTS: readonly (readonly [name: string, key: string, fraction: number])[] = [
  ['Learning rate', 'Home', 0],
  ['Learning rate', 'End', 1],
  ['Learning rate', 'Home', 0],
  ['Learning rate', 'PageUp', 0.3],
  ['Learning rate', 'PageUp', 0.5],
  ['Learning rate', 'ArrowRight', 0.55],
  ['Learning rate', 'ArrowRight', 0.6],
  ['Learning rate', 'PageDown', 0.4],
  ['Starting weight', 'End', 1],
  ['Starting weight', 'Home', 0],
  ['Starting weight', 'PageUp', 0.5],
  ['Learning rate', 'End', 1],
  ['Learning rate', 'Home', 0],
];

/**
 * Renders `element` (the lab) with a store of its own, starting from `state`, into an element
 * that never joins the page, and sends its sliders the `REHEARSAL_EVENTS`, one per idle moment;
 * then unmounts it. A JavaScript engine runs a function slowly until it has run it several
 * times, and the page's start runs React's code for mounting, not for events and updates: without
 * this, a reader's first slider event ran React's event and update code and the lab's components
 * cold, about 3 ms dearer than the events after it (docs/PERFORMANCE.md, ninth pass). The reader's
 * store and page are never touched; nothing here is announced, focused or shown. The first render
 * is a transition, so React splits it into short tasks. Returns a function that stops it and
 * unmounts the copy at the next idle moment.
 */
export function rehearse(element: ReactNode, state: TutorialState, idle: Pick<ChapterMounter, 'whenIdle'>): () => void {
  const host = createOffPageElement();
  const root = createRoot(host);
  const store = createStore<TutorialState>(state);
  let next = 0;
  let stopped = false;
  let unmounted = false;
  const unmount = () => {
    if (unmounted) return;
    unmounted = true;
    root.unmount();
  };
  const step = () => {
    if (stopped) return;
    const event = REHEARSAL_EVENTS[next];
    if (event === undefined) {
      unmount();
      return;
    }
    const [name, key, fraction] = event;
    const slider = sliderNamed(host, name);
    // Until the first render has committed, there is no slider yet: wait for the next idle moment.
    if (slider) {
      pressKeyOnSlider(slider, key, fraction);
      next += 1;
    }
    idle.whenIdle(step);
  };
  startTransition(() => {
    root.render(<TutorialContext value={store}>{element}</TutorialContext>);
  });
  idle.whenIdle(step);
  // Asked to stop from the lab's cleanup, which may run while React commits the page: unmounting
  // another root then would be refused, so the copy goes at the next idle moment.
  return () => {
    stopped = true;
    idle.whenIdle(unmount);
  };
}
