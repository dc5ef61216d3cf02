import type { ReactNode } from 'react';

/** The message of the deliberate failure; a normal build must not contain it (see docs/RELIABILITY.md). */
export const THROWER_MESSAGE = 'Deliberate failure for the failure-containment test';

/**
 * Throws while rendering, in place of the chapter it wraps. Only the `failure-test` build uses
 * it (`vite build --mode failure-test`, opened with `?break=<chapter id>`), to check that one
 * chapter's failure leaves the rest of the page working.
 */
export function Thrower({ chapter }: { chapter: string; children?: ReactNode }): ReactNode {
  throw new Error(`${THROWER_MESSAGE} (chapter “${chapter}”)`);
}
