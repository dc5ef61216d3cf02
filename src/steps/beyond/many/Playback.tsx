import { useId } from 'react';
import { formatNumber } from '../../../core/index.ts';
import { useFocusKept } from '../../../controls/useFocusKept.ts';
import { useMany, useManyStore } from './context.ts';
import { MANY_SPEEDS, goTo, pause, play, reset, runToEnd, setSpeed, stepBack, stepForward } from './state.ts';

/** Words read after each control's visible label, so its name differs from the lab's. */
const SUFFIX = ', many examples';

/** Step, Step back, Play / Pause, Reset, Run to end, the iteration slider and the speed, for the films' run. */
export function Playback() {
  const store = useManyStore();
  const id = useId();
  const group = useFocusKept<HTMLDivElement>();
  const index = useMany((s) => s.index);
  const length = useMany((s) => s.run?.length ?? 1);
  const playing = useMany((s) => s.playing);
  const speed = useMany((s) => s.speed);
  const last = length - 1;
  const atStart = index === 0;
  const atEnd = index === last;
  // aria-label rather than hidden text: engines disagree on the space before a hidden span.
  const named = (visible: string) => ({ 'aria-label': `${visible}${SUFFIX}` });

  return (
    <div ref={group} className="playback many-playback" role="group" aria-label="Many examples playback">
      <div className="playback__buttons">
        <button type="button" onClick={() => { store.setState(reset); }} disabled={atStart} {...named('Reset')}>
          Reset
        </button>
        <button type="button" onClick={() => { store.setState(stepBack); }} disabled={atStart} {...named('Step back')}>
          Step back
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => { store.setState(playing ? pause : play); }}
          disabled={last === 0}
          {...named(playing ? 'Pause' : 'Play')}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => { store.setState(stepForward); }} disabled={atEnd} {...named('Step')}>
          Step
        </button>
        <button type="button" onClick={() => { store.setState(runToEnd); }} disabled={atEnd} {...named('Run to end')}>
          Run to end
        </button>
      </div>
      <div className="playback__scrub">
        <label htmlFor={`${id}-scrub`}>Iteration</label>
        <input
          id={`${id}-scrub`}
          type="range"
          min={0}
          max={Math.max(1, last)}
          step={1}
          value={index}
          disabled={last === 0}
          {...named('Iteration')}
          aria-valuetext={`Iteration ${formatNumber(index, 21)} of ${formatNumber(last, 21)}`}
          onChange={(event) => { store.setState((s) => goTo(s, Number(event.target.value))); }}
        />
        {/* Not a live region (an output is one by default): it changes with every step of play, and the slider says the same. */}
        <output aria-live="off" htmlFor={`${id}-scrub`} className="playback__count many-playback__count">
          {formatNumber(index, 21)} / {formatNumber(last, 21)}
        </output>
      </div>
      <div className="playback__speed">
        <label htmlFor={`${id}-rate`}>Updates per second</label>
        <select
          id={`${id}-rate`}
          value={speed}
          onChange={(event) => { store.setState((s) => setSpeed(s, Number(event.target.value))); }}
        >
          {/* formatNumber, not toLocaleString: the page's first use of the browser's locale data costs about 18 ms. */}
          {MANY_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {formatNumber(s)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
