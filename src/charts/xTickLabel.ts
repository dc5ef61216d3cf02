import { CHAR_WIDTH } from './chartLayout.ts';
import type { Tick } from './Tick.ts';

/** How far an x tick's label may reach past the plot's left and right ends: the chart's margins (px). */
export interface Overhang {
  readonly left: number;
  readonly right: number;
}

/** The estimated width (px) of a tick's label. */
function labelWidth(tick: Tick): number {
  return tick.label.length * CHAR_WIDTH;
}

/** Centred under its tick, unless that would run past the edge of the chart. */
export function xTickAnchor(tick: Tick, plotWidth: number, overhang: Overhang): 'start' | 'middle' | 'end' {
  const half = labelWidth(tick) / 2;
  if (tick.position + half > plotWidth + overhang.right) return 'end';
  if (tick.position - half < -overhang.left) return 'start';
  return 'middle';
}

/**
 * The pixels an x tick's label covers (estimated) where the axis draws it. A label near an end of
 * the axis is pushed inward (`xTickAnchor`) and reaches a whole label's width, not half, towards
 * its neighbour: checking for overlap as if it were centred misses that.
 */
export function xTickLabelSpan(tick: Tick, plotWidth: number, overhang: Overhang): { readonly from: number; readonly to: number } {
  const width = labelWidth(tick);
  const anchor = xTickAnchor(tick, plotWidth, overhang);
  const from = anchor === 'start' ? tick.position : anchor === 'end' ? tick.position - width : tick.position - width / 2;
  return { from, to: from + width };
}
