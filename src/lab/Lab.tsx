import { useContext, useEffect, type KeyboardEvent } from 'react';
import { ErrorChart } from '../charts/ErrorChart.tsx';
import { LandscapeChart } from '../charts/LandscapeChart.tsx';
import { WeightChart } from '../charts/WeightChart.tsx';
import { SHORTCUTS, playingFast, shortcutFor, useTutorial, useTutorialStore } from '../store/index.ts';
import { Announcer } from './Announcer.tsx';
import { IterationPanel } from './IterationPanel.tsx';
import { LabControls } from './LabControls.tsx';
import { Playback } from './Playback.tsx';
import { StopPanel } from './StopPanel.tsx';
import { Trace } from './Trace.tsx';
import { useWidth } from '../layout/useWidth.ts';
import { ChapterMounterContext } from '../layout/chapterMounting.ts';
import { warmUpLab } from './warmUp.ts';

/** Chapter 4: the training lab, where the reader runs gradient descent and takes it apart. */
export function Lab() {
  const store = useTutorialStore();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const { tagName, isContentEditable } = target;
    const shortcut = shortcutFor(event.key, { tagName, isContentEditable, scrollsSideways: scrollsSideways(target) }, event);
    if (!shortcut) return;
    event.preventDefault();
    store.setState(shortcut.action);
  };
  // Once every chapter has rendered, run the lab's code on runs of every kind while the page is
  // idle, and rehearse slider events on a copy of the lab that never joins the page, so that the
  // reader's first slider event does not run that code cold; the reader's first change to the lab
  // stops it. The copy's own warm-up never starts: outside the page's mounter there is no idle
  // time (MOUNT_AT_ONCE).
  const mounter = useContext(ChapterMounterContext);
  useEffect(() => warmUpLab(store, mounter, <Lab />), [store, mounter]);

  return (
    <>
      <p>
        Here the three steps run on their own: predict, compare, learn, again and again, until the run has a reason to stop.
        The whole run is computed the moment you change a setting; step through it, play it, or jump anywhere with the
        iteration slider. Start with the article’s run, then try to break it.
      </p>
      {/* Key presses anywhere in the lab, its trace included, reach this handler; the shortcuts are listed below. */}
      <div onKeyDown={onKeyDown}>
        <div className="lab">
          <div className="lab__controls">
            <LabControls />
          </div>
          <div className="lab__main">
            <Playback />
            <Charts />
            <IterationPanel />
          </div>
        </div>
        <Trace />
      </div>
      <section className="shortcuts" aria-labelledby="shortcuts-title">
        <h3 id="shortcuts-title">Keyboard shortcuts</h3>
        <p>
          They work while the focus is in the lab, except inside a text box, slider or menu. On a button, Space presses
          the button. Where a box scrolls sideways (the table on a narrow screen), ← and → scroll it: step with J and L.
        </p>
        <dl>
          {SHORTCUTS.map((s) => (
            <div key={s.label}>
              <dt>
                <kbd>{s.label}</kbd>
              </dt>
              <dd>{s.does}</dd>
            </div>
          ))}
        </dl>
      </section>
      <Announcer />
    </>
  );
}

/** Whether the reader can scroll an element sideways (the trace's table, on a phone). */
function scrollsSideways(element: HTMLElement): boolean {
  if (element.scrollWidth <= element.clientWidth) return false;
  const { overflowX } = getComputedStyle(element);
  return overflowX === 'auto' || overflowX === 'scroll';
}

/**
 * The weight and error charts, the verdicts under them, then the error landscape. The verdicts'
 * length changes with the run, so they come after the charts a reader watches while dragging a
 * slider: above them, they would move those charts up and down with every event.
 */
function Charts() {
  const run = useTutorial((s) => s.lab.run);
  const index = useTutorial((s) => s.lab.index);
  // Restarting the glides every frame cost about 1.5 ms of each (docs/PERFORMANCE.md, tenth pass).
  const glide = useTutorial((s) => !playingFast(s.lab));
  const [ref, width] = useWidth(640);
  // Side by side when there is room for two readable charts, stacked on phones.
  const half = width >= 720 ? Math.floor((width - 16) / 2) : width;
  return (
    <div className="charts" ref={ref}>
      <WeightChart run={run} index={index} width={half} glide={glide} />
      <ErrorChart run={run} index={index} width={half} glide={glide} />
      <StopPanel />
      <LandscapeChart run={run} index={index} width={width} glide={glide} />
    </div>
  );
}
