import { formatExact, formatScientific } from '../../../core/index.ts';
import { RangeControl } from '../../../controls/RangeControl.tsx';
import type { SliderRange } from '../../../store/index.ts';

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

const formatRate = (v: number) => formatScientific(v, 3);

/** The learning rate: a log slider with marks on its track, and an exact-entry box that takes any number. */
export function RateControl({ label, hint, value, range, onChange }: RateControlProps) {
  return <RangeControl label={label} value={value} range={range} format={formatRate} display={formatExact} hint={hint} onChange={onChange} />;
}
