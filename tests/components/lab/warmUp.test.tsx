import { render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { fakeIdle } from './fakeIdle.ts';
import { ErrorChart, LandscapeChart, WeightChart } from '../../../src/charts/index.ts';
import { labChartGeometry } from '../../../src/charts/labChartGeometry.ts';
import { ARTICLE_PARAMS } from '../../../src/core/index.ts';
import { LabControls } from '../../../src/lab/LabControls.tsx';
import { warmUpLab, warmUpSettings, warmUpWhenIdle } from '../../../src/lab/warmUp.ts';
import { PRESETS, createLab, createStore, initialState, setParam, specFor } from '../../../src/store/index.ts';

describe('warmUpSettings', () => {
  it("covers every preset, both ends of the learning-rate slider and a run to the cap, for the lab's example", () => {
    const example = { ...ARTICLE_PARAMS, input: 100_000, goal: 1_000_000, startWeight: 3 };
    const settings = warmUpSettings(example);
    const range = specFor('alpha').slider?.(example);
    expect(range).toBeDefined();
    expect(settings.map((s) => s.alpha)).toEqual([...PRESETS.map((p) => p.params.alpha), range?.min, range?.max, (range?.min ?? 0) / 100]);
    expect(settings.every((s) => s.input === 100_000 && s.goal === 1_000_000 && s.startWeight === 3)).toBe(true);
  });

  it("ends, for the article's example, in each way a run without a tolerance can end", () => {
    const kinds = new Set(warmUpSettings(ARTICLE_PARAMS).map((s) => createLab(s).run.stop.kind));
    expect([...kinds].sort()).toEqual(['cap', 'cycle', 'diverged', 'exact', 'stalled']);
  });
});

describe('warmUpWhenIdle', () => {
  it('computes one setting per idle moment, then stops asking', () => {
    const idle = fakeIdle();
    warmUpWhenIdle(createLab(), idle);
    const count = warmUpSettings(ARTICLE_PARAMS).length;
    for (let i = 0; i < count; i += 1) {
      expect(idle.waiting()).toBe(1);
      idle.runOne();
    }
    expect(idle.waiting()).toBe(0);
  });

  it('says when it is done, after the last setting', () => {
    const idle = fakeIdle();
    let done = 0;
    warmUpWhenIdle(createLab(), idle, () => (done += 1));
    const count = warmUpSettings(ARTICLE_PARAMS).length;
    for (let i = 0; i < count - 1; i += 1) idle.runOne();
    expect(done).toBe(0);
    idle.runOne();
    expect(done).toBe(1);
  });

  it('computes nothing more once cancelled', () => {
    const idle = fakeIdle();
    const cancel = warmUpWhenIdle(createLab(), idle);
    idle.runOne();
    cancel();
    idle.runOne();
    expect(idle.waiting()).toBe(0);
  });
});

describe('warmUpLab', () => {
  it('computes every setting first, then rehearses on a copy of the lab, and stops both when asked', async () => {
    const idle = fakeIdle();
    let copies = 0;
    function Copy() {
      useEffect(() => {
        copies += 1;
        return () => {
          copies -= 1;
        };
      }, []);
      return <LabControls />;
    }
    const stop = warmUpLab(createStore(initialState()), idle, <Copy />);
    for (let i = 0; i < warmUpSettings(ARTICLE_PARAMS).length; i += 1) idle.runOne();
    await waitFor(() => {
      expect(copies).toBe(1);
    });
    expect(idle.waiting()).toBe(1);
    stop();
    // The step already asked for (it sends nothing now) and the unmount: nothing after them.
    let moments = 0;
    while (idle.waiting() > 0) {
      idle.runOne();
      moments += 1;
    }
    expect(moments).toBe(2);
    expect(copies).toBe(0);
  });
});

describe('warmUpLab and the reader', () => {
  it("stops at the reader's first change to the lab, and not for a change elsewhere", () => {
    const idle = fakeIdle();
    const store = createStore(initialState());
    warmUpLab(store, idle, <LabControls />);
    idle.runOne();
    store.setState((state) => ({ ...state, notice: 'elsewhere' }));
    idle.runOne();
    expect(idle.waiting()).toBe(1);
    store.setState((state) => {
      const result = setParam(state, 'alpha', 2e-11);
      if (!result.ok) throw new Error(result.message);
      return result.state;
    });
    // The setting asked for before the change computes nothing and asks for nothing more.
    idle.runOne();
    expect(idle.waiting()).toBe(0);
  });
});

describe('labChartGeometry', () => {
  it('computes the lines and text alternatives the lab charts draw, for every warm-up run', () => {
    for (const params of warmUpSettings(ARTICLE_PARAMS)) {
      const { run } = createLab(params);
      const index = run.length - 1;
      const { paths, summaries } = labChartGeometry(run, index, 480);
      const drawn = [
        render(<WeightChart run={run} index={index} width={480} />),
        render(<ErrorChart run={run} index={index} width={480} />),
        render(<LandscapeChart run={run} index={index} width={960} />),
      ];
      drawn.forEach(({ container, unmount }, k) => {
        const line = container.querySelector(k === 2 ? 'path.chart-curve' : 'path.chart-line');
        expect(line?.getAttribute('d') ?? '').toBe(paths[k]);
        expect(container.querySelector('svg')).toHaveAttribute('aria-label', summaries[k]);
        unmount();
      });
      expect(paths.every((d) => d.length > 0)).toBe(true);
    }
  });
});
