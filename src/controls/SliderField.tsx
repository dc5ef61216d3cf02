import { useId } from 'react';
import { NumberField } from './NumberField.tsx';

export interface SliderFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The value as people read it; also the slider's aria-valuetext. */
  readonly format: (value: number) => string;
  /** Returns a message when the value is refused, or null. */
  readonly onChange: (value: number) => string | null;
  readonly hint?: string;
}

/** A plain linear slider with its exact-entry box, for the chapters' own numbers. */
export function SliderField({ label, value, min, max, step, format, onChange, hint }: SliderFieldProps) {
  const id = useId();
  const clamped = Math.min(max, Math.max(min, value));
  const nudge = (current: number, direction: 1 | -1) => Number((current + direction * step).toPrecision(12));
  return (
    <div className="param-control">
      <div className="param-control__head">
        <label htmlFor={id} className="param-control__label">
          {label}
        </label>
        {/* Not a live region (an output is one by default): the slider says the same in its value text. */}
        <output aria-live="off" htmlFor={id} className="param-control__value">
          {format(value)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={clamped}
        aria-valuetext={format(value)}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      {hint && <p className="field-hint">{hint}</p>}
      <NumberField label={`${label}, exact value`} value={value} onCommit={onChange} nudge={nudge} />
    </div>
  );
}
