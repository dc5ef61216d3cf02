import { useId } from 'react';
import type { TrainingParams } from '../core/index.ts';
import { SLIDER_POSITIONS, positionOf, valueAt, type ParamSpec } from '../store/index.ts';
import { NumberField } from './NumberField.tsx';

export interface ParamControlProps {
  readonly spec: ParamSpec;
  readonly params: TrainingParams;
  /** Returns a message when the value is refused, or null. */
  readonly onChange: (value: number) => string | null;
}

/**
 * A parameter's slider with its exact-entry box. The slider covers the useful range (on a log
 * scale for the learning rate, with its marks on the track); the box takes any number.
 */
export function ParamControl({ spec, params, onChange }: ParamControlProps) {
  const id = useId();
  const value = params[spec.key];
  const range = spec.slider?.(params) ?? null;
  const position = range ? positionOf(value, range) : 0;
  const outside = range !== null && (value < range.min || value > range.max);
  const nudge = range
    ? (current: number, direction: 1 | -1) => valueAt(positionOf(current, range) + direction, range)
    : undefined;

  return (
    <div className="param-control">
      <div className="param-control__head">
        <label htmlFor={`${id}-slider`} className="param-control__label">
          {spec.label}
        </label>
        <output htmlFor={`${id}-slider`} className="param-control__value">
          {spec.format(value)}
        </output>
      </div>
      {range && (
        <div className="param-control__track">
          <input
            id={`${id}-slider`}
            type="range"
            min={0}
            max={SLIDER_POSITIONS}
            step={1}
            value={position}
            aria-valuetext={spec.format(value)}
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
            <span>{spec.format(range.min)}</span>
            <span>{spec.format(range.max)}</span>
          </div>
        </div>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {spec.hint}
        {outside && ' The value is outside the slider’s range; the box below holds it exactly.'}
      </p>
      <NumberField label={`${spec.label}, exact value`} value={value} onCommit={onChange} nudge={nudge} />
    </div>
  );
}
