import type { TrainingParams } from '../core/index.ts';
import type { ParamSpec } from '../store/index.ts';
import { RangeControl } from './RangeControl.tsx';

export interface ParamControlProps {
  readonly spec: ParamSpec;
  readonly params: TrainingParams;
  /** Returns a message when the value is refused, or null. */
  readonly onChange: (value: number) => string | null;
}

/**
 * One of the lab's training parameters, as its spec describes it: the slider covers the useful
 * range for the other parameters (on a log scale for the learning rate, with its marks); the box
 * takes any number.
 */
export function ParamControl({ spec, params, onChange }: ParamControlProps) {
  return (
    <RangeControl
      label={spec.label}
      value={params[spec.key]}
      range={spec.slider?.(params) ?? null}
      format={spec.format}
      hint={spec.hint}
      onChange={onChange}
    />
  );
}
