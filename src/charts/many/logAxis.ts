import { ticks as niceTicks } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { formatNumber, superscript } from '../../core/index.ts';
import type { Extent } from '../Extent.ts';
import { finite } from '../finite.ts';
import { formatScaled } from '../formatScaled.ts';
import type { Tick } from '../Tick.ts';

/** Height of the band at the foot of a logarithmic axis where values of exactly 0 sit. */
export const ZERO_BAND = 26;

/** A logarithmic axis drawn as a linear scale over log₁₀(value), so values beyond a double still have a place. */
export interface LogAxis {
  /** The position (px) of a value given as log₁₀(value). */
  readonly at: (log10Value: number) => number;
  /** The ends of the axis, in log₁₀ units. */
  readonly lo: number;
  readonly hi: number;
  /** Tick values are log₁₀(value). */
  readonly ticks: readonly Tick[];
  /** The "0" tick in the zero band (value 0), or null. */
  readonly zeroTick: Tick | null;
  /** Where the logarithmic part ends (px), towards the zero band if there is one. */
  readonly logEnd: number;
  /** Where values of exactly 0 are drawn (px), or null when there are none. */
  readonly zeroAt: number | null;
}

/** A power of ten for an axis: "0.01", "1", "1,000,000", "10⁻⁷", "10³⁰⁰". */
export function decadeLabel(exponent: number): string {
  return exponent >= -3 && exponent <= 6 ? formatNumber(10 ** exponent, 7) : `10${superscript(exponent)}`;
}

/** The smallest whole step of 1, 2 or 5 times a power of ten that is at least `atLeast` (and at least 1). */
export function decadeStep(atLeast: number): number {
  if (!(atLeast > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(atLeast));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= atLeast) ?? 10 * power;
  return Math.round(step);
}

/**
 * A logarithmic axis over `extent` (log₁₀ units) running from `start` px (the low end) to `end`
 * px. Spans of two decades or more get ticks at whole powers of ten (every second, third… one when
 * there are many, on round multiples); shorter spans get 1, 2 and 5 times powers of ten, or round values in between
 * ("28,000", "30,000") when those are too few, so a quantity that only moves by a few per cent
 * still reads. `round` widens the span to whole decades. With
 * `zeroBand`, the last {@link ZERO_BAND} px before `start` hold the values of exactly 0.
 */
export function logAxis(
  extent: Extent | null,
  start: number,
  end: number,
  tickCount: number,
  options: { readonly zeroBand?: boolean; readonly round?: boolean; readonly zeroLabel?: string } = {},
): LogAxis {
  let lo = extent === null ? -1 : extent.min;
  let hi = extent === null ? 1 : extent.max;
  if (!(hi - lo >= 0.02)) {
    const mid = lo / 2 + hi / 2;
    lo = mid - 0.01;
    hi = mid + 0.01;
  }
  if (options.round === true) {
    lo = Math.floor(lo);
    hi = Math.ceil(hi);
  } else {
    const pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
  }
  const direction = end >= start ? 1 : -1;
  const logStart = options.zeroBand === true ? start + direction * ZERO_BAND : start;
  const scale = scaleLinear().domain([lo, hi]).range([logStart, end]);
  const at = (v: number): number => scale(v);
  const count = Math.max(2, Math.floor(tickCount));
  let ticks: Tick[];
  if (hi - lo >= 2) {
    // Every decade while they fit; else every 2nd, 5th, 10th, 20th… one, on multiples of the step,
    // so a run that explodes reads 10⁰, 10²⁰⁰, 10⁴⁰⁰ rather than 10⁻²⁵, 10¹⁹⁸, 10⁴²¹
    // (`+ 0` turns the −0 of `Math.ceil(-0.1)` into 0).
    const step = decadeStep((Math.floor(hi) - Math.ceil(lo) + 1) / count);
    ticks = [];
    for (let e = Math.ceil(lo / step) * step + 0; e <= hi; e += step) ticks.push({ value: e, position: finite(at(e)), label: decadeLabel(e) });
  } else {
    // Under two decades: 1, 2 and 5 times powers of ten when the span is wide enough for two of
    // them, else round values of the mantissa, which lies in [1, 1000).
    const e = Math.floor(lo);
    let values = [0, 1, 2]
      .flatMap((k) => [1, 2, 5].map((m) => m * 10 ** k))
      .filter((v) => Math.log10(v) + e >= lo && Math.log10(v) + e <= hi);
    if (values.length < 3) values = niceTicks(10 ** (lo - e), 10 ** (hi - e), count).filter((v) => v > 0);
    const step = values.length > 1 ? Math.min(...values.slice(1).map((v, i) => v - (values[i] as number))) : 1;
    const largest = values[values.length - 1] ?? 1;
    const digits = Math.min(7, Math.max(2, Math.ceil(Math.log10(largest / step)) + 1));
    ticks = [];
    for (const v of values) {
      const tick = { value: Math.log10(v) + e, position: finite(at(Math.log10(v) + e)), label: formatScaled(v, e, digits) };
      // Labels are 12 px tall: keep those at least 16 px from the last one kept.
      const previous = ticks[ticks.length - 1];
      if (previous === undefined || Math.abs(tick.position - previous.position) >= 16) ticks.push(tick);
    }
  }
  const zeroAt = options.zeroBand === true ? start + (direction * ZERO_BAND) / 2 : null;
  return {
    at,
    lo,
    hi,
    ticks,
    zeroTick: zeroAt === null ? null : { value: 0, position: zeroAt, label: options.zeroLabel ?? '0' },
    logEnd: logStart,
    zeroAt,
  };
}
