import { describe, expect, it } from 'vitest';
import { sameTicks } from '../../../src/charts/Axes.tsx';

const tick = (value: number, position: number, label = String(value)) => ({ value, position, label });

describe('sameTicks (whether an axis would draw the same)', () => {
  it('holds for equal labels at equal positions, whatever the arrays', () => {
    expect(sameTicks([tick(0, 100), tick(10, 50)], [tick(0, 100), tick(10, 50)])).toBe(true);
    expect(sameTicks([], [])).toBe(true);
  });

  it('fails when a tick moves, is relabelled, or the count changes', () => {
    const base = [tick(0, 100), tick(10, 50)];
    expect(sameTicks(base, [tick(0, 100), tick(10, 50.5)])).toBe(false);
    expect(sameTicks(base, [tick(0, 100), tick(10, 50, '10.0')])).toBe(false);
    expect(sameTicks(base, [tick(0, 100)])).toBe(false);
    expect(sameTicks(base, [...base, tick(20, 0)])).toBe(false);
  });
});
