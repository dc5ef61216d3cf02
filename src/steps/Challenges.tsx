import { useContext } from 'react';
import { OnScreenContext } from '../layout/chapterMounting.ts';
import { CHALLENGES, useTutorial, useTutorialAtRest } from '../store/index.ts';

/** Tasks the page checks by itself: each is ticked the first time the lab's run does it. */
export function Challenges() {
  const achieved = useTutorial((s) => s.achieved);
  // Only a new run can meet a challenge; out of sight, the list catches up when the lab's controls rest.
  const run = useTutorialAtRest((s) => s.lab.run, { live: useContext(OnScreenContext) });
  const done = CHALLENGES.filter((c) => achieved.includes(c.id)).length;
  return (
    <>
      <p>
        Use the lab above to make gradient descent do each of these. The page notices when you do; the presets are the
        answers, so try without them first.
      </p>
      <p role="status" className="challenges__score">
        {done} of {CHALLENGES.length} done.
      </p>
      <ul className="challenges">
        {CHALLENGES.map((c) => {
          const met = achieved.includes(c.id);
          const now = c.isMet(run);
          return (
            <li key={c.id} className={met ? 'challenge challenge--met' : 'challenge'}>
              <span className="challenge__mark" aria-hidden="true">
                {met ? '✓' : '○'}
              </span>
              <div>
                <strong>{c.title}</strong>
                <span className="visually-hidden">{met ? ' (done)' : ' (not done yet)'}</span>
                <p>
                  {met ? (now ? 'Done: the lab is doing it right now.' : 'Done.') : c.hint}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
