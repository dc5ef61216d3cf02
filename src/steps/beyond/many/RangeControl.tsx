import { useId } from 'react';
import { NumberField } from '../../../controls/NumberField.tsx';
import { SLIDER_POSITIONS, positionOf, valueAt, type SliderRange } from '../../../store/index.ts';

export interface RangeControlProps {
  /** The accessible name of the slider; the box is "<label>, exact value". */
  readonly label: string;
  readonly value: number;
  readonly range: SliderRange;
  /** The value as people read it; also the slider's aria-valuetext. */
  readonly format: (value: number) => string;
  readonly hint: string;
  /** Returns a message when the value is refused, or null. */
  readonly onChange: (value: number) => string | null;
}

/**
 * A slider over a range (logarithmic for a learning rate, with marks on the track, as in the
 * lab) and a box for the exact value, which takes any number, inside the range or not.
 */
export function RangeControl({ label, value, range, format, hint, onChange }: RangeControlProps) {
  const id = useId();
  const outside = value < range.min || value > range.max;
  const nudge = (current: number, direction: 1 | -1) => valueAt(positionOf(current, range) + direction, range);
  return (
    <div className="param-control">
      <div className="param-control__head">
        <label htmlFor={`${id}-slider`} className="param-control__label">
          {label}
        </label>
        <output htmlFor={`${id}-slider`} className="param-control__value">
          {format(value)}
        </output>
      </div>
      <div className="param-control__track">
        <input
          id={`${id}-slider`}
          type="range"
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
      <p id={`${id}-hint`} className="field-hint">
        {hint}
        {outside && ' The value is outside the slider’s range; the box below holds it exactly.'}
      </p>
      <NumberField label={`${label}, exact value`} value={value} onCommit={onChange} nudge={nudge} />
    </div>
  );
}
