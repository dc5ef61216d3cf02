import { useId } from 'react';
import { formatExact, formatScientific } from '../../../core/index.ts';
import { NumberField } from '../../../controls/NumberField.tsx';
import { SLIDER_POSITIONS, positionOf, valueAt, type SliderRange } from '../../../store/index.ts';

/** Rounds to a whole power of ten below (`decadeFloor`) or above (`decadeCeil`) a positive number. */
export const decadeFloor = (x: number): number => 10 ** Math.floor(Math.round(Math.log10(x) * 1e9) / 1e9);
export const decadeCeil = (x: number): number => 10 ** Math.ceil(Math.round(Math.log10(x) * 1e9) / 1e9);

/**
 * A learning-rate slider for a bowl whose edge of stability is `edge`: on a log scale from whole
 * decades around a thousandth of the edge to twice the edge, with the marks given (the edge
 * among them). Falls back to 10⁻⁶ to 1 for an edge that is not a usable number.
 */
export function rateRange(edge: number, marks: SliderRange['marks']): SliderRange {
  if (!(edge > 0) || !Number.isFinite(edge * 2) || !(edge / 1000 > 0)) return { min: 1e-6, max: 1, scale: 'log', marks: [] };
  return { min: decadeFloor(edge / 1000), max: decadeCeil(edge * 2), scale: 'log', marks };
}

export interface RateControlProps {
  readonly label: string;
  readonly hint: string;
  readonly value: number;
  readonly range: SliderRange;
  /** Returns a message when the value is refused, or null. */
  readonly onChange: (value: number) => string | null;
}

/** The learning rate: a log slider with marks on its track, and an exact-entry box that takes any number. */
export function RateControl({ label, hint, value, range, onChange }: RateControlProps) {
  const id = useId();
  const format = (v: number) => formatScientific(v, 3);
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
                <span key={mark.label} className="param-control__mark" style={{ left: `${(100 * positionOf(mark.value, range)) / SLIDER_POSITIONS}%` }}>
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
      <NumberField label={`${label}, exact value`} value={value} onCommit={onChange} nudge={nudge} display={formatExact} />
    </div>
  );
}
