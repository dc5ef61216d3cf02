import { useId } from 'react';
import { SLIDER_POSITIONS, positionOf, valueAt, type SliderRange } from '../store/index.ts';
import { NumberField } from './NumberField.tsx';

export interface RangeControlProps {
  /** The accessible name of the slider; the box is "<label>, exact value". */
  readonly label: string;
  readonly value: number;
  /** The slider's range (logarithmic for a learning rate, with marks on the track), or null for a box alone. */
  readonly range: SliderRange | null;
  /** The value as people read it; also the slider's aria-valuetext and the labels of its ends. */
  readonly format: (value: number) => string;
  /** How the exact box shows the value (as typed by default). */
  readonly display?: (value: number) => string;
  readonly hint: string;
  /** Returns a message when the value is refused, or null. */
  readonly onChange: (value: number) => string | null;
}

/**
 * A number a reader can drag and type: a slider over a useful range, and a box for the exact
 * value, which takes any number, inside the range or not. The lab's parameters, the many-examples
 * settings and the several-inputs learning rates all use it.
 */
export function RangeControl({ label, value, range, format, display, hint, onChange }: RangeControlProps) {
  const id = useId();
  const outside = range !== null && (value < range.min || value > range.max);
  const nudge = range ? (current: number, direction: 1 | -1) => valueAt(positionOf(current, range) + direction, range) : undefined;
  return (
    <div className="param-control">
      <div className="param-control__head">
        <label htmlFor={`${id}-slider`} className="param-control__label">
          {label}
        </label>
        {/* Not a live region (an output is one by default): the slider says the same in its value text. */}
        <output aria-live="off" htmlFor={`${id}-slider`} className="param-control__value">
          {format(value)}
        </output>
      </div>
      {range && (
        <div className="param-control__track">
          {/*
            role="slider" is the input's own role, said outright: with a list of marks, Chromium
            otherwise calls it a combobox while its chapter is far from the screen and not laid out.
          */}
          <input
            id={`${id}-slider`}
            type="range"
            role="slider"
            min={0}
            max={SLIDER_POSITIONS}
            step={1}
            value={positionOf(value, range)}
            aria-valuetext={format(value)}
            aria-describedby={`${id}-hint`}
            list={range.marks.length > 0 ? `${id}-marks` : undefined}
            onChange={(event) => onChange(valueAt(Number(event.target.value), range))}
          />
          {range.marks.length > 0 && (
            <>
              <datalist id={`${id}-marks`}>
                {range.marks.map((mark) => (
                  <option key={mark.label} value={positionOf(mark.value, range)} label={mark.label} />
                ))}
              </datalist>
              <div className="param-control__marks" aria-hidden="true">
                {range.marks.map((mark) => (
                  <span
                    key={mark.label}
                    className="param-control__mark"
                    style={{ left: `${(100 * positionOf(mark.value, range)) / SLIDER_POSITIONS}%` }}
                  >
                    {mark.label}
                  </span>
                ))}
              </div>
            </>
          )}
          <div className="param-control__ends" aria-hidden="true">
            <span>{format(range.min)}</span>
            <span>{format(range.max)}</span>
          </div>
        </div>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {hint}
        {outside && ' The value is outside the slider’s range; the box below holds it exactly.'}
      </p>
      <NumberField label={`${label}, exact value`} value={value} onCommit={onChange} nudge={nudge} display={display} />
    </div>
  );
}
