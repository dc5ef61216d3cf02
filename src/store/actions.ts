import type { TrainingParams } from '../core/index.ts';
import type { Store } from './createStore.ts';
import { setChapter, setParam, setParams, setTolerance, type Change, type ChapterState, type TutorialState } from './tutorial.ts';

/**
 * Applies a change that may be refused: on success the store takes the new state and this
 * returns null; on refusal the store keeps its state and this returns the message for the reader.
 */
export function commit(store: Store<TutorialState>, change: (state: TutorialState) => Change): string | null {
  const result = change(store.getState());
  if (!result.ok) return result.message;
  store.setState(() => result.state);
  return null;
}

export const commitParam = (store: Store<TutorialState>, key: keyof TrainingParams, value: number): string | null =>
  commit(store, (state) => setParam(state, key, value));

export const commitParams = (store: Store<TutorialState>, params: TrainingParams): string | null =>
  commit(store, (state) => setParams(state, params));

export const commitTolerance = (store: Store<TutorialState>, tolerance: number): string | null =>
  commit(store, (state) => setTolerance(state, tolerance));

/**
 * Sets one of the chapters' numbers. `check` may refuse a value whose consequences cannot be
 * shown (a prediction too large for a double), returning the message for the reader.
 */
export function commitChapter(
  store: Store<TutorialState>,
  key: keyof ChapterState,
  value: number,
  check?: (chapters: ChapterState) => string | null,
): string | null {
  if (!Number.isFinite(value)) return 'Enter a finite number.';
  const refusal = check?.({ ...store.getState().chapters, [key]: value }) ?? null;
  if (refusal !== null) return refusal;
  store.setState((state) => setChapter(state, key, value));
  return null;
}
