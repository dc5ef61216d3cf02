import { describe, expect, it } from 'vitest';
import { polyline, polylineUpTo, thinPath } from '../../../../src/charts/contour/thinPath.ts';

describe('thinPath', () => {
  it('keeps the first and last point and every point at least the spacing from the last kept', () => {
    const xs = [0, 0.2, 0.4, 1.1, 1.2, 5, 5.1];
    const kept = thinPath(xs.length, (i) => xs[i] ?? Number.NaN, () => 0, 1);
    expect(kept).toEqual([0, 3, 5, 6]);
  });

  it('keeps every corner of a wide zig-zag', () => {
    const kept = thinPath(50, (i) => i * 0.01, (i) => (i % 2 === 0 ? 0 : 100), 1);
    expect(kept).toHaveLength(50);
  });

  it('skips points with a non-finite coordinate', () => {
    const xs = [Number.NaN, 0, Infinity, 3, Number.NaN];
    expect(thinPath(xs.length, (i) => xs[i] ?? Number.NaN, () => 0, 1)).toEqual([1, 3]);
    expect(thinPath(2, () => Number.NaN, () => 0)).toEqual([]);
  });

  it('keeps at most 4,000 points, however long and wild the path', () => {
    const kept = thinPath(200_000, (i) => Math.sin(i) * 1e4, (i) => Math.cos(i * 1.3) * 1e4, 1);
    expect(kept.length).toBeLessThanOrEqual(4000);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(199_999);
  });

  it('a long crawl of tiny steps keeps about one point per pixel travelled', () => {
    const kept = thinPath(20_000, (i) => i * 0.01, () => 0, 1);
    expect(kept.length).toBeLessThanOrEqual(202);
  });
});

describe('polyline and polylineUpTo', () => {
  const xs = [0, 10, 20, 30];
  const ys = [0, 5, 10, 15];
  const x = (i: number) => xs[i] ?? Number.NaN;
  const y = (i: number) => ys[i] ?? Number.NaN;

  it('draws one path through the kept points, and cuts any prefix from it', () => {
    const line = polyline([0, 2, 3], x, y, 100, 100);
    expect(line.d).toBe('M0,0L20,10L30,15');
    expect(polylineUpTo(line, 0, 0, 0, 100, 100)).toBe('M0,0');
    // Iteration 1 was thinned away: the path runs to the current point itself.
    expect(polylineUpTo(line, 1, 10, 5, 100, 100)).toBe('M0,0L10,5');
    expect(polylineUpTo(line, 2, 20, 10, 100, 100)).toBe('M0,0L20,10');
    expect(polylineUpTo(line, 3, 30, 15, 100, 100)).toBe(line.d);
  });

  it('pulls far points into a band round the plot, and never writes NaN or Infinity', () => {
    const far = [0, 1500, -1e300, Number.NaN];
    const line = polyline([0, 1, 2, 3], (i) => far[i] ?? 0, () => 0, 100, 100);
    expect(line.d).toBe('M0,0L1500,0L-2000,0');
    expect(polylineUpTo(line, 3, Number.NaN, 0, 100, 100)).toBe(line.d);
    expect(polylineUpTo(line, 0, Infinity, 0, 100, 100)).toBe('M0,0');
  });

  it('stops at the first point beyond the band: a diverging run is not drawn on off the plot', () => {
    // A zig-zag whose swings double at each update, as a run above the edge does.
    const swing = (i: number) => (i % 2 === 0 ? 1 : -1) * 2 ** i;
    const count = 1000;
    const line = polyline(thinPath(count, swing, swing, 1), swing, swing, 100, 100);
    // 2^11 = 2048 is the first swing beyond the 2,000 px band.
    expect(line.kept.at(-1)).toBe(11);
    expect(line.d.endsWith('L-2000,-2000')).toBe(true);
    // Later iterations draw one last segment, to the current point pulled into the band.
    expect(polylineUpTo(line, 500, swing(500), swing(500), 100, 100)).toBe(`${line.d}L2100,2100`);
  });

  it('is empty before anything is drawn', () => {
    const line = polyline([], x, y, 100, 100);
    expect(line.d).toBe('');
    expect(polylineUpTo(line, 5, Number.NaN, Number.NaN, 100, 100)).toBe('');
  });
});
