import { useId } from 'react';
import { formatNumber } from '../../../core/index.ts';
import { useFocusKept } from '../../../controls/useFocusKept.ts';
import { PACES, goTo, reset, runToEnd, setPace, stepBack, stepForward, togglePlay, type Playback } from './playback.ts';

export interface PlaybackControlsProps {
  /** The group's accessible name, e.g. "Several inputs playback". */
  readonly name: string;
  /**
   * Added, unseen, to every control's accessible name ("Step (several inputs)") so the page's
   * other playback controls and these never share a name, in a screen reader's list of buttons
   * or for voice control.
   */
  readonly context: string;
  readonly playback: Playback;
  readonly update: (change: (playback: Playback) => Playback) => void;
}

/** Reset, Step back, Play / Pause, Step, Run to end, the iteration slider and the pace, like the lab's. */
export function PlaybackControls({ name, context, playback, update }: PlaybackControlsProps) {
  const id = useId();
  const group = useFocusKept<HTMLDivElement>();
  const { index, last, playing, pace } = playback;
  const atStart = index === 0;
  const atEnd = index === last;
  const hidden = (
    <>
      {' '}
      <span className="visually-hidden">({context})</span>
    </>
  );
  return (
    <div ref={group} className="playback several-playback" role="group" aria-label={name}>
      <div className="playback__buttons">
        <button type="button" onClick={() => { update(reset); }} disabled={atStart}>
          Reset{hidden}
        </button>
        <button type="button" onClick={() => { update(stepBack); }} disabled={atStart}>
          Step back{hidden}
        </button>
        <button type="button" className="primary" onClick={() => { update(togglePlay); }} disabled={last === 0}>
          {playing ? 'Pause' : 'Play'}
          {hidden}
        </button>
        <button type="button" onClick={() => { update(stepForward); }} disabled={atEnd}>
          Step{hidden}
        </button>
        <button type="button" onClick={() => { update(runToEnd); }} disabled={atEnd}>
          Run to end{hidden}
        </button>
      </div>
      <div className="playback__scrub">
        <label htmlFor={`${id}-scrub`}>
          Iteration{hidden}
        </label>
        <input
          id={`${id}-scrub`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          disabled={last === 0}
          aria-valuetext={`Iteration ${formatNumber(index, 21)} of ${formatNumber(last, 21)}`}
          onChange={(event) => {
            const next = Number(event.target.value);
            update((p) => goTo(p, next));
          }}
        />
        {/* Not a live region (an output is one by default): it changes with every step of play, and the slider says the same. */}
        <output aria-live="off" htmlFor={`${id}-scrub`} className="playback__count">
          {formatNumber(index, 21)} / {formatNumber(last, 21)}
        </output>
      </div>
      <div className="playback__speed">
        <label htmlFor={`${id}-pace`}>
          Pace{hidden}
        </label>
        <select
          id={`${id}-pace`}
          value={pace}
          onChange={(event) => {
            const next = Number(event.target.value);
            update((p) => setPace(p, next));
          }}
        >
          {PACES.map((p) => (
            <option key={p} value={p}>
              {formatNumber(p)} per second
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
