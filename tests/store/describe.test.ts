import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, iterationAt, train } from '../../src/core/index.ts';
import { announceIteration, describeRegime, describeStep, describeStop, ordinal, shortcutFor } from '../../src/store/index.ts';

const runWith = (alpha: number, options = {}) => train({ ...ARTICLE_PARAMS, alpha }, options);

describe('describeStop says why every kind of run ended', () => {
  it('counts the article’s 72 updates and names the 73rd prediction', () => {
    const { title, detail } = describeStop(runWith(1e-11));
    expect(title).toBe('Reached the goal exactly');
    expect(detail).toContain('After 72 updates, the 73rd prediction (iteration 72)');
    expect(detail).toContain('498.75');
  });

  it('names the overflowing update of a diverging run and never prints Infinity', () => {
    const { title, detail } = describeStop(runWith(6e-11));
    expect(title).toBe('Diverged');
    expect(detail).toContain('update 2,020');
    expect(detail).not.toMatch(/Infinity|NaN/);
  });

  it.each([
    [5e-11, 'Bouncing forever', /1 and 996\.5/],
    [3e-11, 'Flipping between neighbours', /498\.75000000000006 and 498\.74999999999994/],
    [5e-12, 'Stuck short of the goal', /162 updates/],
    [0, 'Not learning', /learning rate of 0/],
  ])('alpha %d: %s', (alpha, title, detail) => {
    const description = describeStop(runWith(alpha));
    expect(description.title).toBe(title);
    expect(description.detail).toMatch(detail);
  });

  it('says a stalled weight is a hair from the goal weight only when it is', () => {
    expect(describeStop(runWith(5e-12)).detail).toContain('a hair from 498.75');
    // So small a learning rate that the first correction already rounds away: the weight stays at 1.
    const stuck = describeStop(runWith(1e-320));
    expect(stuck.title).toBe('Stuck short of the goal');
    expect(stuck.detail).toContain('far short of 498.75');
    expect(stuck.detail).not.toContain('a hair');
    // A budget so small that no finite weight meets the goal: no goal weight to compare with.
    const tiny = describeStop(train({ ...ARTICLE_PARAMS, input: 1e-320 }));
    expect(tiny.title).toBe('Stuck short of the goal');
    expect(tiny.detail).not.toMatch(/hair|short of|—/);
  });

  it('does not call a run that met numbers too large for a float an overshoot when it was not one', () => {
    const { title, detail } = describeStop(train({ ...ARTICLE_PARAMS, goal: 1e308 }));
    expect(describeRegime({ ...ARTICLE_PARAMS, goal: 1e308 }).regime.kind).toBe('smooth');
    expect(title).toBe('Numbers too large');
    expect(detail).toContain('This learning rate does not overshoot');
    expect(detail).not.toMatch(/overshot|Infinity|NaN/);
  });

  it('reports a tolerance and a cap', () => {
    expect(describeStop(runWith(1e-11, { tolerance: 1000 })).title).toBe('Close enough');
    expect(describeStop(runWith(1e-14, { maxUpdates: 10 })).detail).toContain('limit of 10 updates');
  });
});

describe('describeStep says what each update does to the weight', () => {
  const lastOf = (alpha: number) => {
    const run = runWith(alpha);
    return iterationAt(run, run.length - 1);
  };

  it('gives the signed distance the weight moves', () => {
    const run = runWith(1e-11);
    expect(describeStep(iterationAt(run, 0))).toBe('moves by +199.1');
    expect(describeStep(iterationAt(run, 2))).toBe('moves by +71.68');
    // Past the goal, the weight comes back: a negative step, with a true minus sign.
    expect(describeStep(iterationAt(runWith(9e-11), 1))).toMatch(/^moves by −[\d,.]+$/u);
  });

  it('says why the weight stays where it does not move', () => {
    expect(describeStep(lastOf(1e-11))).toBe('unchanged: delta is 0');
    // A stalled run: the step is smaller than the weight's precision.
    expect(describeStep(lastOf(5e-12))).toBe('unchanged: the step rounds away');
  });

  it('ends a diverging run in words, never Infinity or NaN', () => {
    expect(describeStep(lastOf(6e-11))).toBe('so the run stops here');
  });

  it('says a step too long for a float in words', () => {
    const huge = { index: 0, weight: -1.7e308, prediction: -1.7e308, delta: -1.7e308, error: null, weightDelta: -1, newWeight: 1.7e308 };
    expect(describeStep(huge)).toBe('moves by more than 1.8\u00a0×\u00a010³⁰⁸');
  });
});

describe('describeRegime', () => {
  it.each([
    [1e-11, 'r = 0.6', /removes 40% of the gap/],
    [2.5e-11, 'r = 0', /one update lands on the goal/],
    [4e-11, 'r = −0.6', /jumps past the goal/],
    [5e-11, 'r = −1', /bounces/],
    [1e-10, 'r = −3', /3 times as far/],
    // Just past the edge r is −1.00004: it lands 1.00004 times as far, not "1 times".
    [5.0001e-11, 'r = −1.00004', /lands 1\.00004 times as far away/],
    [-1e-11, 'r = 1.4', /runs away/],
    // Near 1, r keeps the digits that tell it from 1, where the run still creeps.
    [1e-15, 'r = 0.99996', /removes only 0\.004% of the gap/],
    [1e-320, 'r = 1', /r is exactly 1, and no update removes any of the gap/],
    // alpha × input² beyond the largest double: r overflows, and is said in words, never "—".
    [1e308, 'r < −1.8\u00a0×\u00a010³⁰⁸', /lands more than 1\.8\u00a0×\u00a010³⁰⁸ times as far away/],
    [-1e308, 'r > 1.8\u00a0×\u00a010³⁰⁸', /multiplies the gap by more than 1\.8\u00a0×\u00a010³⁰⁸/],
  ])('alpha %d gives %s', (alpha, title, detail) => {
    const described = describeRegime({ ...ARTICLE_PARAMS, alpha });
    expect(described.title).toBe(title);
    expect(described.detail).toMatch(detail);
  });

  it('blames the budget, not the learning rate, when the budget’s square rounds to 0', () => {
    const described = describeRegime({ ...ARTICLE_PARAMS, input: 1e-320 });
    expect(described.detail).toContain('The budget is so small that its square rounds to 0');
    expect(described.detail).not.toContain('learning rate of 0');
  });
});

describe('announcements and words', () => {
  it('reads an iteration as a sentence', () => {
    expect(announceIteration(iterationAt(runWith(1e-11), 3))).toMatch(/^Iteration 3: weight 391\.236, prediction \$78,247,200, error 4\.62\u00a0×\u00a010¹⁴\.$/);
  });

  it('says an overflowing error in words', () => {
    const run = runWith(5.1e-11);
    expect(announceIteration(iterationAt(run, run.length - 1))).toContain('too large for a 64-bit float');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 73, 101, 111].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '73rd', '101st', '111th',
    ]);
  });
});

describe('keyboard shortcuts', () => {
  const none = { ctrlKey: false, altKey: false, metaKey: false };
  it('map Space, K, arrows, J, L, Home and End outside text boxes', () => {
    const div = { tagName: 'DIV' };
    expect(shortcutFor(' ', div, none)?.does).toBe('Play or pause');
    expect(shortcutFor('K', div, none)?.does).toBe('Play or pause');
    expect(shortcutFor('ArrowRight', div, none)?.does).toBe('Step');
    expect(shortcutFor('j', div, none)?.does).toBe('Step back');
    expect(shortcutFor('Home', div, none)?.does).toBe('Reset to iteration 0');
    expect(shortcutFor('End', div, none)?.does).toBe('Run to end');
  });

  it('leave text boxes, sliders, menus and modified keys alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      for (const key of [' ', 'k', 'ArrowRight', 'l', 'Home', 'End']) {
        expect(shortcutFor(key, { tagName }, none), `${key} in ${tagName}`).toBeUndefined();
      }
    }
    expect(shortcutFor('k', { tagName: 'DIV', isContentEditable: true }, none)).toBeUndefined();
    expect(shortcutFor('l', { tagName: 'DIV' }, { ...none, ctrlKey: true })).toBeUndefined();
  });

  it('leave Space to buttons, links and summaries, and take their other keys', () => {
    for (const tagName of ['BUTTON', 'A', 'SUMMARY']) {
      expect(shortcutFor(' ', { tagName }, none), tagName).toBeUndefined();
      expect(shortcutFor('k', { tagName }, none)?.does, tagName).toBe('Play or pause');
      expect(shortcutFor('ArrowRight', { tagName }, none)?.does, tagName).toBe('Step');
      expect(shortcutFor('End', { tagName }, none)?.does, tagName).toBe('Run to end');
    }
  });

  it('leave ← and → to a box that scrolls sideways, where J and L step', () => {
    const box = { tagName: 'DIV', scrollsSideways: true };
    expect(shortcutFor('ArrowRight', box, none)).toBeUndefined();
    expect(shortcutFor('ArrowLeft', box, none)).toBeUndefined();
    expect(shortcutFor('l', box, none)?.does).toBe('Step');
    expect(shortcutFor('j', box, none)?.does).toBe('Step back');
    expect(shortcutFor('Home', box, none)?.does).toBe('Reset to iteration 0');
    expect(shortcutFor('ArrowRight', { tagName: 'DIV', scrollsSideways: false }, none)?.does).toBe('Step');
  });
});
