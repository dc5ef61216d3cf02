import { useState } from 'react';

/**
 * Whether a chart should jump to its new state rather than glide there: true when the run is new
 * (a setting changed and the whole run was recomputed) or the chart's width changed (a new
 * scale: the line is redrawn at once, and a point gliding to it would lag behind), false when
 * the current iteration moved within the same run at the same width (a step, play, the iteration
 * slider). Runs are compared by identity: the store makes a new run object only when it
 * recomputes one. Kept until the run, the iteration or the width changes again, so hovering the
 * chart meanwhile changes nothing.
 */
export function useSnap(run: object, index: number, width: number): boolean {
  const [last, setLast] = useState({ run, index, width, snap: false });
  if (last.run !== run || last.index !== index || last.width !== width) {
    // Information from the previous render, stored as React advises: set during render, and
    // React renders this component again at once, before its children.
    const next = { run, index, width, snap: last.run !== run || last.width !== width };
    setLast(next);
    return next.snap;
  }
  return last.snap;
}
