/** One iteration as a chart marks it: where (px in the plot, finite) and what its read-out says. */
export interface ChartPoint {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  /** The read-out's lines, e.g. ["Iteration 3", "Weight 391.236"]. */
  readonly lines: readonly string[];
}
