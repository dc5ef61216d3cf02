import type { ScaleLinear } from 'd3-scale';
import { CHAR_WIDTH } from './chartLayout.ts';
import { finite } from './finite.ts';
import { formatTickValues } from './formatTickValues.ts';
import type { Tick } from './Tick.ts';

/**
 * Ticks for a horizontal linear axis: asks the scale for about `count` ticks and asks for fewer
 * until neighbouring labels no longer overlap. Only ticks that `keep` accepts (for example whole
 * iterations) are used. Labels come from `format`, by default `formatTickValues`.
 *
 * Long labels on a narrow axis ("−4.0 × 10²⁹⁸" on 200 px) can overlap at every count the scale
 * offers above one tick, and one tick leaves the axis without a scale. Then every second, third…
 * tick of the coarsest set is kept instead, counted from 0 when 0 is among them.
 */
export function fitLinearTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  format?: (values: readonly number[]) => string[],
  keep: (value: number) => boolean = () => true,
): Tick[] {
  let coarsest: Tick[] = [];
  for (let n = Math.max(1, Math.floor(count)); ; n -= 1) {
    const values = scale.ticks(n).filter((value) => keep(value) && Number.isFinite(value));
    const labels = (format ?? formatTickValues)(values);
    const ticks = values.map((value, i) => ({ value, position: finite(scale(value)), label: labels[i] ?? '' }));
    if (ticks.length >= 2) {
      if (fits(ticks)) return ticks;
      coarsest = ticks;
    }
    if (n <= 1) return everyFew(coarsest) ?? ticks;
  }
}

/** Every k-th of `ticks` for the smallest k ≥ 2 whose labels fit, keeping two or more; null if none does. */
function everyFew(ticks: readonly Tick[]): Tick[] | null {
  const zero = ticks.findIndex((t) => t.value === 0);
  const anchor = zero >= 0 ? zero : 0;
  for (let k = 2; k < ticks.length; k += 1) {
    const kept = ticks.filter((_, i) => (i - anchor) % k === 0);
    if (kept.length >= 2 && fits(kept)) return kept;
  }
  return null;
}

function fits(ticks: readonly Tick[]): boolean {
  for (let i = 1; i < ticks.length; i += 1) {
    const a = ticks[i - 1];
    const b = ticks[i];
    if (a === undefined || b === undefined) continue;
    const room = Math.abs(b.position - a.position);
    const needed = ((a.label.length + b.label.length) / 2) * CHAR_WIDTH + 12;
    if (room < needed) return false;
  }
  return true;
}
