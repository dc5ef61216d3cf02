/**
 * The signed-log transform sign(x)·ln(1 + |x|/c), as d3's `scaleSymlog` computes it, but
 * without overflowing: for |x|/c beyond a double (weights near 10³⁰⁸ with c < 1) it uses
 * ln|x| − ln c, which is what ln(1 + |x|/c) equals there. Close to 0 (|x| below c) it is
 * nearly linear, so 0 and both signs have a place.
 */
export function signedLog(x: number, c: number): number {
  const magnitude = Math.abs(x);
  const ratio = magnitude / c;
  const log = Number.isFinite(ratio) ? Math.log1p(ratio) : Math.log(magnitude) - Math.log(c);
  return x < 0 ? -log : log;
}
