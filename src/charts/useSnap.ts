import { useState } from 'react';

/**
 * Whether a chart should jump to its new state rather than glide there: true when the run is new
 * (a setting changed and the whole run was recomputed), false when the current iteration moved
 * within the same run (a step, play, the iteration slider). Runs are compared by identity: the
 * store makes a new run object only when it recomputes one. Kept until the run or the iteration
 * changes again, so hovering the chart meanwhile changes nothing.
 */
export function useSnap(run: object, index: number): boolean {
  const [last, setLast] = useState({ run, index, snap: false });
  if (last.run !== run || last.index !== index) {
    // Information from the previous render, stored as React advises: set during render, and
    // React renders this component again at once, before its children.
    const next = { run, index, snap: last.run !== run };
    setLast(next);
    return next.snap;
  }
  return last.snap;
}
