import type { ScaleLinear } from 'd3-scale';
import { finite } from './finite.ts';
import { formatTickValues } from './formatTickValues.ts';
import type { Tick } from './Tick.ts';
import { xTickAnchor, xTickLabelSpan, type Overhang } from './xTickLabel.ts';

export interface FitOptions {
  /** Labels for the tick values; by default `formatTickValues`. */
  readonly format?: (values: readonly number[]) => string[];
  /** Which tick values may be used (for example whole iterations); by default all. */
  readonly keep?: (value: number) => boolean;
  /**
   * How far labels may reach past the ends of the scale's range before the axis pushes them
   * inward (the chart's margins). By default none, which never underestimates a pushed label.
   */
  readonly overhang?: Overhang;
}

/** Gap (px) between neighbouring labels. */
const GAP = 12;
const WITHIN_PLOT: Overhang = { left: 0, right: 0 };

/**
 * Ticks for a horizontal linear axis drawn by XAxis: asks the scale for about `count` ticks and
 * asks for fewer until neighbouring labels, placed as XAxis places them, no longer overlap.
 *
 * Long labels on a narrow axis ("−4.0 × 10²⁹⁸" on 200 px) can overlap at every count the scale
 * offers above one tick, and one tick leaves the axis without a scale. Then the coarsest set is
 * thinned instead (`everyFew`).
 */
export function fitLinearTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  { format = formatTickValues, keep = () => true, overhang = WITHIN_PLOT }: FitOptions = {},
): Tick[] {
  const plotWidth = Math.max(...scale.range().map((r) => finite(r)));
  const fits = fitsOn(plotWidth, overhang);
  const pushed = (tick: Tick): boolean => xTickAnchor(tick, plotWidth, overhang) !== 'middle';
  let coarsest: Tick[] = [];
  for (let n = Math.max(1, Math.floor(count)); ; n -= 1) {
    const values = scale.ticks(n).filter((value) => keep(value) && Number.isFinite(value));
    const labels = format(values);
    const ticks = values.map((value, i) => ({ value, position: finite(scale(value)), label: labels[i] ?? '' }));
    if (ticks.length >= 2) {
      if (fits(ticks)) return ticks;
      coarsest = ticks;
    }
    if (n <= 1) return everyFew(coarsest, fits, pushed) ?? ticks;
  }
}

/**
 * Every k-th of `ticks` for the smallest k ≥ 2 whose labels fit, counted from 0 when 0 is among
 * them, keeping two or more. Failing that, every k-th for k ≥ 1 without the labels the axis
 * pushes inward off its ends (`pushed`): "−2 × 10²³⁶, 0, 2 × 10²³⁶" with the last pushed onto the
 * "0" keeps "−2 × 10²³⁶, 0" rather than "0" alone. Null if nothing fits.
 */
function everyFew(ticks: readonly Tick[], fits: (ticks: readonly Tick[]) => boolean, pushed: (tick: Tick) => boolean): Tick[] | null {
  const zero = ticks.findIndex((t) => t.value === 0);
  const anchor = zero >= 0 ? zero : 0;
  const everyKth = (k: number): Tick[] => ticks.filter((_, i) => (i - anchor) % k === 0);
  const ok = (set: readonly Tick[]): boolean => set.length >= 2 && fits(set);
  for (let k = 2; k < ticks.length; k += 1) {
    const kept = everyKth(k);
    if (ok(kept)) return kept;
  }
  for (let k = 1; k < ticks.length; k += 1) {
    const kept = everyKth(k).filter((t) => !pushed(t));
    if (ok(kept)) return kept;
  }
  return null;
}

/** Whether neighbouring labels of ticks on a `plotWidth` axis keep `GAP` apart (`xTickLabelSpan`). */
function fitsOn(plotWidth: number, overhang: Overhang): (ticks: readonly Tick[]) => boolean {
  return (ticks) => {
    for (let i = 1; i < ticks.length; i += 1) {
      const a = ticks[i - 1];
      const b = ticks[i];
      if (a === undefined || b === undefined) continue;
      const [left, right] = a.position <= b.position ? [a, b] : [b, a];
      if (xTickLabelSpan(right, plotWidth, overhang).from - xTickLabelSpan(left, plotWidth, overhang).to < GAP) return false;
    }
    return true;
  };
}
