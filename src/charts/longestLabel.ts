import type { Tick } from './Tick.ts';

/** The number of characters in the longest tick label (0 for no ticks). */
export function longestLabel(ticks: readonly Tick[]): number {
  let longest = 0;
  for (const tick of ticks) longest = Math.max(longest, tick.label.length);
  return longest;
}
