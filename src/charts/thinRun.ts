import { thin } from './thin.ts';

/**
 * A whole run thinned for drawing `columns` pixels wide: the indices `thin` keeps (first, lowest,
 * highest and last of each column) of iterations 0 to `length - 1`, iteration i falling in
 * column ⌊i · columns / (length − 1)⌋. At most about 4 × `columns` indices, whatever the length.
 * The kept indices do not depend on the y scale (any increasing one keeps the same lowest and
 * highest), so a chart thins a run once per run and width, however the reader steps.
 */
export function thinRun(length: number, valueAt: (i: number) => number, columns: number): number[] {
  const perIteration = Math.max(1, Math.floor(columns)) / Math.max(1, length - 1);
  return thin(0, length - 1, valueAt, (i) => Math.floor(i * perIteration));
}
