import { useId } from 'react';
import { formatNumber } from '../core/index.ts';
import { useFocusKept } from '../controls/useFocusKept.ts';
import {
  SPEEDS,
  goTo,
  pause,
  play,
  reset,
  runToEnd,
  setSpeed,
  stepBack,
  stepForward,
  useTutorialStore,
  useTutorialTrailing,
} from '../store/index.ts';

/**
 * Step, Step back, Play / Pause, speed, Reset, Run to end, and the iteration scrubber. A new run
 * reaches them a frame after the charts (`useTutorialTrailing`); steps and play reach them at once.
 */
export function Playback() {
  const store = useTutorialStore();
  const id = useId();
  const group = useFocusKept<HTMLDivElement>();
  const index = useTutorialTrailing((s) => s.lab.index);
  const length = useTutorialTrailing((s) => s.lab.run.length);
  const playing = useTutorialTrailing((s) => s.lab.playing);
  const speed = useTutorialTrailing((s) => s.lab.speed);
  const last = length - 1;
  const atStart = index === 0;
  const atEnd = index === last;

  return (
    <div ref={group} className="playback" role="group" aria-label="Training playback">
      <div className="playback__buttons">
        <button type="button" onClick={() => { store.setState(reset); }} disabled={atStart} aria-keyshortcuts="Home">
          Reset
        </button>
        <button type="button" onClick={() => { store.setState(stepBack); }} disabled={atStart} aria-keyshortcuts="ArrowLeft">
          Step back
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => { store.setState(playing ? pause : play); }}
          aria-keyshortcuts="Space"
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => { store.setState(stepForward); }} disabled={atEnd} aria-keyshortcuts="ArrowRight">
          Step
        </button>
        <button type="button" onClick={() => { store.setState(runToEnd); }} disabled={atEnd} aria-keyshortcuts="End">
          Run to end
        </button>
      </div>
      <div className="playback__scrub">
        <label htmlFor={`${id}-scrub`}>Iteration</label>
        <input
          id={`${id}-scrub`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          disabled={last === 0}
          aria-valuetext={`Iteration ${formatNumber(index, 21)} of ${formatNumber(last, 21)}`}
          onChange={(event) => { store.setState((s) => goTo(s, Number(event.target.value))); }}
        />
        {/* Not a live region (an output is one by default): it changes with every step of play, and the slider says the same. */}
        <output aria-live="off" htmlFor={`${id}-scrub`} className="playback__count">
          {formatNumber(index, 21)} / {formatNumber(last, 21)}
        </output>
      </div>
      <div className="playback__speed">
        <label htmlFor={`${id}-speed`}>Speed</label>
        <select
          id={`${id}-speed`}
          value={speed}
          onChange={(event) => { store.setState((s) => setSpeed(s, Number(event.target.value))); }}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} per second
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
