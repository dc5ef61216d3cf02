import { waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeIdle } from './fakeIdle.ts';
import { LabControls } from '../../../src/lab/LabControls.tsx';
import { REHEARSAL_EVENTS, rehearse } from '../../../src/lab/rehearsal.tsx';
import { ARTICLE_PARAMS } from '../../../src/core/index.ts';
import { createStore, initialState, specFor, useTutorial, type TutorialState } from '../../../src/store/index.ts';

/** The lab's controls, reporting every learning rate and starting weight they render with, and when they leave. */
function recorder() {
  const seen: { alpha: number; startWeight: number }[] = [];
  let mounted = false;
  function Controls() {
    const alpha = useTutorial((s) => s.lab.params.alpha);
    const startWeight = useTutorial((s) => s.lab.params.startWeight);
    seen.push({ alpha, startWeight });
    useEffect(() => {
      mounted = true;
      return () => {
        mounted = false;
      };
    }, []);
    return <LabControls />;
  }
  return { Controls, seen, isMounted: () => mounted };
}

describe('rehearse', () => {
  it("moves the copy's sliders as keys would, one event per idle moment, then unmounts it", async () => {
    const idle = fakeIdle();
    const state = createStore<TutorialState>(initialState()).getState();
    const { Controls, seen, isMounted } = recorder();
    rehearse(<Controls />, state, idle);
    await waitFor(() => {
      expect(isMounted()).toBe(true);
    });
    const alphaRange = specFor('alpha').slider?.(ARTICLE_PARAMS);
    const weightRange = specFor('startWeight').slider?.(ARTICLE_PARAMS);
    for (const [name, , fraction] of REHEARSAL_EVENTS) {
      expect(idle.waiting()).toBe(1);
      idle.runOne();
      const last = seen.at(-1);
      const range = name === 'Learning rate' ? alphaRange : weightRange;
      const value = name === 'Learning rate' ? last?.alpha : last?.startWeight;
      if (fraction === 0) expect(value).toBeCloseTo(range?.min ?? Number.NaN, 20);
      if (fraction === 1) expect(value).toBeCloseTo(range?.max ?? Number.NaN, 20);
    }
    // Both ends of both sliders were reached.
    expect(new Set(seen.map((s) => s.alpha)).size).toBeGreaterThan(4);
    expect(new Set(seen.map((s) => s.startWeight)).size).toBeGreaterThan(2);
    idle.runOne();
    expect(isMounted()).toBe(false);
    expect(idle.waiting()).toBe(0);
  });

  it('waits for its first render before sending an event, and stops and unmounts when asked', async () => {
    const idle = fakeIdle();
    const { Controls, seen, isMounted } = recorder();
    const stop = rehearse(<Controls />, initialState(), idle);
    // The first render is a transition: until it commits, an idle moment sends nothing and asks again.
    expect(isMounted()).toBe(false);
    idle.runOne();
    expect(idle.waiting()).toBe(1);
    await waitFor(() => {
      expect(isMounted()).toBe(true);
    });
    // The first event, not the second, comes next: the learning rate to the slider's least.
    idle.runOne();
    expect(seen.at(-1)?.alpha).toBe(specFor('alpha').slider?.(ARTICLE_PARAMS).min);
    const renders = seen.length;
    stop();
    // The step already asked for and the unmount each get an idle moment; the step sends nothing.
    while (idle.waiting() > 0) idle.runOne();
    expect(isMounted()).toBe(false);
    expect(seen.length).toBe(renders);
  });
});
