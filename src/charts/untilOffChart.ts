/**
 * How far to draw a run's future: the first index after `from` (up to `to`) whose position
 * (`position(i)`, px) lies outside `low..high`, or `to` if none does. Drawing up to and
 * including that index shows where the line leaves the chart, without filling the plot with
 * the swings of a diverging run whose future lies far beyond it.
 */
export function untilOffChart(
  from: number,
  to: number,
  position: (i: number) => number,
  low: number,
  high: number,
): number {
  for (let i = from + 1; i <= to; i += 1) {
    const p = position(i);
    if (!(p >= low && p <= high)) return i;
  }
  return Math.max(from, to);
}
