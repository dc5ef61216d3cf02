import {
  Suspense,
  createContext,
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from 'react';
import { ChapterBoundary } from './ChapterBoundary.tsx';
import { ChapterMounterContext, OnScreenContext } from './layout/chapterMounting.ts';
import { useOnScreen } from './layout/useOnScreen.ts';
import { Opening } from './steps/Opening.tsx';
import { STEPS } from './steps/steps.ts';
import { Thrower } from './testing/Thrower.tsx';
import {
  TutorialContext,
  UrlParamsContext,
  dismissNotice,
  useTutorial,
  useTutorialStore,
  type Store,
  type TutorialState,
  type UrlParams,
} from './store/index.ts';

const NO_URL: UrlParams = { initial: () => null, update: () => undefined };

/** The whole page: opening, the chapters from the STEPS table, and the credits. */
export function App({
  store,
  urlParams = NO_URL,
  breakChapter = null,
}: {
  store: Store<TutorialState>;
  urlParams?: UrlParams;
  /** Test builds only (`--mode failure-test`): the id of a chapter made to fail while rendering. */
  breakChapter?: string | null;
}) {
  return (
    <TutorialContext value={store}>
      <UrlParamsContext value={urlParams}>
        <a className="skip-link" href="#lab">
          Skip to the training lab
        </a>
        <header className="page-header">
          <p className="kicker">An explorable explanation</p>
          <h1>Predict · Compare · Learn</h1>
          <p className="subtitle">How a machine learns, from the inside, with the smallest model there is.</p>
          <Opening />
          <nav aria-label="Chapters" className="toc">
            <ol>
              {STEPS.map((step) => (
                <li key={step.id}>
                  <a href={`#${step.id}`}>{step.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        </header>
        <LinkNotice />
        <main>
          {STEPS.map(({ id, kicker, title, Component }) => (
            <section key={id} id={id} className={`chapter chapter--${id}`} aria-labelledby={`${id}-title`}>
              {/* Focusable by script alone: until the chapter renders, a Tab stops here (src/layout/chapterTabStops.ts). */}
              <h2 id={`${id}-title`} tabIndex={-1}>
                {kicker && <span className="kicker">{kicker}</span>} {title}
              </h2>
              <ChapterBody placeholder={<ChapterPlaceholder id={id} title={title} />}>
                <ChapterBoundary name={title}>
                  <Suspense fallback={<ChapterPlaceholder id={id} title={title} />}>
                    {/* The mode is a constant at build time, so other builds drop the Thrower entirely. */}
                    {import.meta.env.MODE === 'failure-test' && breakChapter === id ? (
                      <Thrower chapter={id}>
                        <Component />
                      </Thrower>
                    ) : (
                      <Component />
                    )}
                    <LaidOutSoon />
                  </Suspense>
                </ChapterBoundary>
              </ChapterBody>
            </section>
          ))}
        </main>
        <footer className="page-footer">
          <p>
            This page retells and extends “Machine Learning from Scratch in Elixir” by Raul Chedrese, published 8 April 2023.
            Its facts and figures are used here; the words and code are our own.
          </p>
          <p>
            Mad Max’s budget and gross are the IMDb figures the article uses. Everything runs in your browser; nothing is loaded
            from anywhere else.
          </p>
        </footer>
      </UrlParamsContext>
    </TutorialContext>
  );
}

/**
 * Stands in for a chapter until it renders; styled to the chapter's usual height, so nothing jumps.
 * On paper it says why the chapter is missing: chapters far from the screen render only once the
 * reader has scrolled, pressed a key or touched the page, and printing starts them too.
 */
function ChapterPlaceholder({ id, title }: { id: string; title: string }) {
  return (
    <p className={`loading loading--${id}`}>
      <span className="loading__screen">Loading “{title}”…</span>
      <span className="loading__print">“{title}” had not been drawn yet when this page was printed. Print again in a few seconds to include it.</span>
    </p>
  );
}

/** The body of the chapter around a component (null outside a chapter). */
const ChapterBodyContext = createContext<RefObject<HTMLDivElement | null> | null>(null);

/**
 * Asks the chapter mounter to lay its chapter out (see `ChapterMounter.layOutSoon`). It sits inside
 * the chapter's Suspense boundary, so its effect runs once the chapter's code has loaded and rendered.
 */
function LaidOutSoon() {
  const mounter = useContext(ChapterMounterContext);
  const body = useContext(ChapterBodyContext);
  useEffect(() => {
    const element = body?.current;
    if (element == null) return;
    return mounter.layOutSoon(element);
  }, [mounter, body]);
  return null;
}

/**
 * A chapter's body: `placeholder` (which is also what the prerendered page holds) until the page's
 * chapter mounter says the chapter should render, then the chapter, rendered in a transition so
 * that React can split the work into short slices. It also tells the chapter whether it is on the
 * screen (OnScreenContext), so that a chapter out of sight can follow the lab at rest, and gives
 * `LaidOutSoon` its body (ChapterBodyContext).
 */
function ChapterBody({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const mounter = useContext(ChapterMounterContext);
  const body = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  const onScreen = useOnScreen(body);
  useEffect(() => {
    if (shown || body.current === null) return;
    return mounter.schedule(body.current, () => {
      startTransition(() => {
        setShown(true);
      });
    });
  }, [mounter, shown]);
  return (
    <div ref={body} className="chapter__body">
      <ChapterBodyContext value={body}>
        <OnScreenContext value={onScreen}>{shown ? children : placeholder}</OnScreenContext>
      </ChapterBodyContext>
    </div>
  );
}

const subscribeToNothing = () => () => undefined;

/** False while the prerendered page is being hydrated (and on the server), true ever after. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * Tells the reader which settings of a shared link could not be used. The prerendered page
 * cannot know the link, so the notice appears once the page has been hydrated.
 */
function LinkNotice() {
  const store = useTutorialStore();
  const notice = useTutorial((s) => s.notice);
  const hydrated = useHydrated();
  if (notice === null || !hydrated) return null;
  return (
    <div className="notice" role="alert">
      <p>{notice}</p>
      <button
        type="button"
        onClick={() => {
          store.setState(dismissNotice);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
