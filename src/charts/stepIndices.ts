/** How many steps the landscape draws at most. */
export const MAX_LANDSCAPE_STEPS = 200;

/**
 * The iterations whose weights the landscape joins into the path of steps taken so far: the last
 * `maxSteps` steps up to `index` (so at most `maxSteps + 1` points), oldest first.
 */
export function stepIndices(index: number, maxSteps = MAX_LANDSCAPE_STEPS): number[] {
  const from = Math.max(0, index - Math.max(0, maxSteps));
  const indices: number[] = [];
  for (let i = from; i <= index; i += 1) indices.push(i);
  return indices;
}
