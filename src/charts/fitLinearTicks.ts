import type { ScaleLinear } from 'd3-scale';
import { CHAR_WIDTH } from './chartLayout.ts';
import { finite } from './finite.ts';
import { formatTickValues } from './formatTickValues.ts';
import type { Tick } from './Tick.ts';

/**
 * Ticks for a horizontal linear axis: asks the scale for about `count` ticks and asks for fewer
 * until neighbouring labels no longer overlap. Only ticks that `keep` accepts (for example whole
 * iterations) are used. Labels come from `format`, by default `formatTickValues`.
 */
export function fitLinearTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  format?: (values: readonly number[]) => string[],
  keep: (value: number) => boolean = () => true,
): Tick[] {
  for (let n = Math.max(1, Math.floor(count)); ; n -= 1) {
    const values = scale.ticks(n).filter((value) => keep(value) && Number.isFinite(value));
    const labels = (format ?? formatTickValues)(values);
    const ticks = values.map((value, i) => ({ value, position: finite(scale(value)), label: labels[i] ?? '' }));
    if (n <= 1 || fits(ticks)) return ticks;
  }
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
