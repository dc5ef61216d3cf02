import { finite } from './finite.ts';

/** The chart's size, margins, plot area and how many ticks fit, chosen by width. */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** The plot area inside the margins. */
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** Roughly how many ticks each axis should get. */
  readonly xTickCount: number;
  readonly yTickCount: number;
  /** True on narrow screens (below 480 px). */
  readonly compact: boolean;
}

/** Narrowest width laid out; narrower requests are drawn at this width (and scaled by CSS). */
export const MIN_CHART_WIDTH = 240;
/** Below this width the chart uses its compact layout. */
const COMPACT_WIDTH = 480;
/** Tick labels are 12px: an average glyph is about 7px wide. */
export const CHAR_WIDTH = 7;

/**
 * Lays a chart out for `width` (320 px phones to ~900 px) and an optional `height` (by default
 * 220 px when compact, else 280 px). `longestYLabel` is the number of characters of the longest
 * y tick label: the left margin grows to fit it plus the rotated axis title.
 */
export function chartLayout(width: number, height?: number, longestYLabel = 4): ChartLayout {
  const w = Math.max(MIN_CHART_WIDTH, Math.round(finite(width, 640)));
  const compact = w < COMPACT_WIDTH;
  const h = Math.max(160, Math.round(finite(height ?? Number.NaN, compact ? 220 : 280)));
  const left = Math.min(120, Math.max(44, Math.ceil(24 + 8 + finite(longestYLabel) * CHAR_WIDTH)));
  const margin = { top: 18, right: compact ? 12 : 20, bottom: 44, left };
  const innerWidth = Math.max(40, w - margin.left - margin.right);
  const innerHeight = Math.max(60, h - margin.top - margin.bottom);
  return {
    width: w,
    height: h,
    margin,
    innerWidth,
    innerHeight,
    xTickCount: Math.min(8, Math.max(2, Math.floor(innerWidth / 90))),
    yTickCount: Math.min(8, Math.max(3, Math.floor(innerHeight / 40))),
    compact,
  };
}
