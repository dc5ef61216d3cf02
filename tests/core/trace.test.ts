import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, articleProgramOutput, train } from '../../src/core/index.ts';

const fixture = readFileSync(new URL('../fixtures/original-trace.txt', import.meta.url), 'utf8');

describe("the article's program, reproduced", () => {
  it('prints the article’s run character for character, completion line included', () => {
    const output = articleProgramOutput(train(ARTICLE_PARAMS));
    expect(output.ending).toBe('complete');
    expect(output.lines.join('\n') + '\n').toBe(fixture);
  });

  it('prints the first call with a blank current prediction', () => {
    const [first] = articleProgramOutput(train(ARTICLE_PARAMS)).lines;
    expect(first).toBe('weight: 1.0, current_prediction: , goal_prediction: 9.975e7');
  });

  it('completes after one update at alpha 2.5e-11', () => {
    expect(articleProgramOutput(train({ ...ARTICLE_PARAMS, alpha: 2.5e-11 })).lines).toEqual([
      'weight: 1.0, current_prediction: , goal_prediction: 9.975e7',
      'weight: 498.75, current_prediction: 2.0e5, goal_prediction: 9.975e7',
      'Training Complete, final weight: 498.75',
    ]);
  });

  it('would print forever for the bounce at 5e-11, and says so', () => {
    const output = articleProgramOutput(train({ ...ARTICLE_PARAMS, alpha: 5e-11 }));
    expect(output.ending).toBe('endless');
    expect(output.lines).toEqual([
      'weight: 1.0, current_prediction: , goal_prediction: 9.975e7',
      'weight: 996.5, current_prediction: 2.0e5, goal_prediction: 9.975e7',
    ]);
  });

  it('would crash when delta² overflows, long before the weight does (alpha 5.1e-11)', () => {
    const run = train({ ...ARTICLE_PARAMS, alpha: 5.1e-11 });
    const output = articleProgramOutput(run);
    expect(output.ending).toBe('crash');
    expect(output.lines.length).toBeLessThan(run.length);
    expect(output.lines.some((line) => /NaN|Inf/i.test(line))).toBe(false);
  });

  it('would print forever when the weight freezes short of the goal (alpha 1e-12)', () => {
    const run = train({ ...ARTICLE_PARAMS, alpha: 1e-12 });
    const output = articleProgramOutput(run);
    expect(output.ending).toBe('endless');
    expect(output.lines).toHaveLength(run.length);
  });
});
