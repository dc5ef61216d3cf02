import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAMS, train, type Run } from '../../../src/core/index.ts';
import { XAxis } from '../../../src/charts/Axes.tsx';
import { CHAR_WIDTH } from '../../../src/charts/chartLayout.ts';
import { ErrorChart, LandscapeChart, WeightChart, type ChartProps } from '../../../src/charts/index.ts';
import { landscapeAxes, landscapeExtent } from '../../../src/charts/landscapeGeometry.ts';
import { pathPoints } from '../../core/charts/pathPoints.ts';

const withAlpha = (alpha: number, options: { maxUpdates?: number } = {}): Run =>
  train({ ...ARTICLE_PARAMS, alpha }, options);
const article = withAlpha(1e-11);

const charts = [
  ['WeightChart', WeightChart, /^weight by iteration/i],
  ['ErrorChart', ErrorChart, /^error by iteration/i],
  ['LandscapeChart', LandscapeChart, /^error landscape/i],
] as const;

/** Where an x tick's label is drawn, by its tick's position, its anchor and its estimated width. */
function drawnLabelSpan(tick: Element): { label: string; from: number; to: number } {
  const position = Number(/translate\(([-\d.e]+),/.exec(tick.getAttribute('transform') ?? '')?.[1]);
  const text = tick.querySelector('text');
  const label = text?.textContent ?? '';
  const width = label.length * CHAR_WIDTH;
  const anchor = text?.getAttribute('text-anchor');
  const from = anchor === 'start' ? position : anchor === 'end' ? position - width : position - width / 2;
  return { label, from, to: from + width };
}

function readout(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('.chart-readout');
  if (element === null) throw new Error('no read-out');
  return element;
}

describe('WeightChart', () => {
  it("draws the article's run with a labelled target line at 498.75", () => {
    const { container } = render(<WeightChart run={article} index={3} width={640} />);
    const figure = screen.getByRole('figure', { name: 'Weight by iteration' });
    const img = within(figure).getByRole('img', { name: /weight by iteration/i });
    expect(img).toHaveAccessibleName(
      'Weight by iteration: 73 iterations, reaching the goal exactly; at iteration 3 the weight is 391.236; target 498.75.',
    );
    const target = container.querySelector('.chart-target');
    expect(target).toHaveTextContent('target 498.75');
    const line = target?.querySelector('line');
    expect(line?.getAttribute('y1')).toBe(line?.getAttribute('y2'));
    expect(screen.getByText('Iteration')).toBeInTheDocument();
    expect(screen.getByText('Weight')).toBeInTheDocument();
  });

  it('draws the run as one line, solid up to the current iteration and faded after it', () => {
    const { container } = render(<WeightChart run={article} index={3} width={640} />);
    const paths = container.querySelectorAll('path.chart-line');
    expect(paths).toHaveLength(2);
    const [future, past] = [...paths];
    expect(future).toHaveClass('chart-future');
    expect(past).not.toHaveClass('chart-future');
    expect(past?.getAttribute('d')).toBe(future?.getAttribute('d'));
    expect(pathPoints(past?.getAttribute('d'))).toHaveLength(73);
    // The two are clipped at the current point's x.
    const x = /translate\(([\d.]+)px/.exec(container.querySelector<SVGGElement>('.chart-current')?.style.transform ?? '')?.[1];
    const pastClip = container.querySelector<SVGRectElement>('.chart-split-past');
    const futureClip = container.querySelector<SVGRectElement>('.chart-split-future');
    expect(futureClip?.style.x).toBe(`${Number(x)}px`);
    expect(Number.parseFloat(pastClip?.style.width ?? '') - 6).toBeCloseTo(Number(x), 1);
  });

  it('moves the current marker with a CSS transform when the index changes', () => {
    const { container, rerender } = render(<WeightChart run={article} index={3} width={640} />);
    const marker = container.querySelector<SVGGElement>('.chart-current');
    const before = marker?.style.transform;
    expect(before).toMatch(/^translate\(/);
    rerender(<WeightChart run={article} index={10} width={640} />);
    expect(container.querySelector<SVGGElement>('.chart-current')?.style.transform).not.toBe(before);
    expect(screen.getByRole('img', { name: /at iteration 10 the weight is/ })).toBeInTheDocument();
  });

  it('says when the axis turns signed-log for a diverging run', () => {
    const run = withAlpha(5.1e-11);
    render(<WeightChart run={run} index={run.length - 1} width={640} />);
    expect(screen.getByText('Weight (signed-log scale)')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /signed-log scale/ })).toBeInTheDocument();
  });
});

describe('ErrorChart', () => {
  it("marks the article's exact zero at the last iteration in its own band", () => {
    const { container } = render(<ErrorChart run={article} index={72} width={640} />);
    expect(screen.getByRole('img', { name: /error by iteration/i })).toHaveAccessibleName(
      'Error by iteration (log scale): 73 iterations, reaching the goal exactly; at iteration 72 the error is exactly 0.',
    );
    expect(screen.getByText('0 (exact)')).toBeInTheDocument();
    const marker = container.querySelector('.chart-zero-marker');
    expect(marker).not.toBeNull();
    expect(marker).not.toHaveClass('chart-future');
    // The marker sits at the last iteration, the right end of the plot, like the current point.
    const current = container.querySelector<SVGGElement>('.chart-current')?.style.transform;
    const [, x, y] = /translate\(([\d.]+)px, ([\d.]+)px\)/.exec(current ?? '') ?? [];
    expect(marker?.getAttribute('transform')).toBe(`translate(${Number(x)},${Number(y)})`);
  });

  it('shows the zero as still to come earlier in the run', () => {
    const { container } = render(<ErrorChart run={article} index={3} width={640} />);
    expect(container.querySelector('.chart-zero-marker')).toHaveClass('chart-future');
  });

  it('labels the log axis in powers of ten and has no zero band when the error never reaches 0', () => {
    const run = withAlpha(5.1e-11);
    const { container } = render(<ErrorChart run={run} index={100} width={640} />);
    expect(screen.getByText('10⁶⁰⁰')).toBeInTheDocument();
    expect(screen.getByText('Error (log scale)')).toBeInTheDocument();
    expect(container.querySelector('.chart-zero')).toBeNull();
  });
});

describe('LandscapeChart', () => {
  it('zig-zags across the ideal weight when alpha 3.5e-11 overshoots', () => {
    const run = withAlpha(3.5e-11);
    const { container } = render(<LandscapeChart run={run} index={8} width={640} />);
    expect(screen.getByRole('img', { name: /error landscape/i })).toHaveAccessibleName(/ideal weight 498\.75/);
    const ideal = container.querySelector('.chart-target line');
    const idealX = Number(ideal?.getAttribute('x1'));
    const points = pathPoints(container.querySelector('.chart-steps')?.getAttribute('d'));
    expect(points).toHaveLength(9);
    const sides = points.map((p) => Math.sign(p.x - idealX));
    for (let i = 1; i < sides.length; i += 1) expect(sides[i]).toBe(-sides[i - 1]!);
    expect(sides[0]).toBe(-1);
    // A dot at each step, in one path of its own, and no SVG marker (each would be painted alone).
    expect(pathPoints(container.querySelector('.chart-step-dots')?.getAttribute('d'))).toEqual(points);
    expect(container.querySelector('marker')).toBeNull();
  });

  it('never draws two weight labels over each other, even where the axis pushes the last one inward', () => {
    // The lab's Diverge preset at 360 px: the last label, pushed left off the chart's edge, met "0".
    // The landscape's own axis for each iteration's weights: the whole chart is slow to redraw for every iteration.
    const run = withAlpha(6e-11);
    expect(run.stop.kind).toBe('diverged');
    const axisAt = (index: number) => {
      const { layout, xTicks } = landscapeAxes(run, landscapeExtent(run, index), 328);
      const { innerWidth, innerHeight, margin } = layout;
      return (
        <svg>
          <XAxis ticks={xTicks} plotWidth={innerWidth} plotHeight={innerHeight} marginLeft={margin.left} marginRight={margin.right} label="Weight" />
        </svg>
      );
    };
    const { container, rerender } = render(axisAt(0));
    const crowded: string[] = [];
    for (let index = 0; index < run.length; index += 1) {
      rerender(axisAt(index));
      const spans = [...container.querySelectorAll('.chart-tick')].map(drawnLabelSpan);
      for (let i = 1; i < spans.length; i += 1) {
        const [a, b] = [spans[i - 1]!, spans[i]!];
        if (b.from < a.to) crowded.push(`${index}: "${a.label}" and "${b.label}"`);
      }
    }
    expect(crowded).toEqual([]);
  });

  it('draws the tangent through the current point and turns it with the point', () => {
    const { container } = render(<LandscapeChart run={article} index={0} width={640} />);
    const current = container.querySelector<SVGGElement>('.chart-current');
    expect(current?.querySelector('.chart-tangent')).not.toBeNull();
    expect(current?.style.transform).toMatch(/rotate\([\d.]+deg\)/);
    expect(screen.getByRole('img', { name: /tangent's slope \(2 × delta × input\) −3\.98\u00a0×\u00a010¹³/ })).toBeInTheDocument();
  });
});

describe.each(charts)('%s', (_name, Chart, title) => {
  it('is a figure with a visible caption and an image with a text alternative', () => {
    render(<Chart run={article} index={5} width={640} />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')).toBeVisible();
    expect(within(figure).getByRole('img', { name: title })).toBeInTheDocument();
  });

  it('reads out the current iteration on keyboard focus', () => {
    const { container } = render(<Chart run={article} index={5} width={640} />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveAttribute('tabindex', '0');
    expect(readout(container)).toHaveAttribute('data-visible', 'false');
    act(() => {
      figure.focus();
    });
    expect(readout(container)).toHaveAttribute('data-visible', 'true');
    expect(readout(container)).toHaveTextContent('Iteration 5');
    act(() => {
      figure.blur();
    });
    expect(readout(container)).toHaveAttribute('data-visible', 'false');
  });

  it('reads out the nearest iteration on hover', () => {
    const { container } = render(<Chart run={article} index={72} width={640} />);
    const hit = container.querySelector('.chart-hit');
    if (hit === null) throw new Error('no plot area');
    fireEvent.pointerMove(hit, { clientX: 1, clientY: 1 });
    expect(readout(container)).toHaveAttribute('data-visible', 'true');
    expect(readout(container)).toHaveTextContent(/^Iteration 0/);
    expect(container.querySelector('.chart-hover')).not.toHaveAttribute('visibility');
    fireEvent.pointerLeave(hit);
    expect(readout(container)).toHaveAttribute('data-visible', 'false');
    expect(container.querySelector('.chart-hover')).toHaveAttribute('visibility', 'hidden');
  });

  it('glides between iterations of one run, and jumps with the line to a new run or a new width', () => {
    const figure = () => screen.getByRole('figure');
    const { rerender } = render(<Chart run={article} index={5} width={640} />);
    expect(figure()).not.toHaveClass('chart--snap');
    rerender(<Chart run={article} index={6} width={640} />);
    expect(figure()).not.toHaveClass('chart--snap');
    // The chart is measured (or the window resized): a new scale, drawn at once.
    rerender(<Chart run={article} index={6} width={412} />);
    expect(figure()).toHaveClass('chart--snap');
    rerender(<Chart run={article} index={7} width={412} />);
    expect(figure()).not.toHaveClass('chart--snap');
    // A setting changed: a new run, at the same iteration.
    const faster = withAlpha(2e-11);
    rerender(<Chart run={faster} index={7} width={412} />);
    expect(figure()).toHaveClass('chart--snap');
    // Hovering or resizing re-renders without moving on: it keeps jumping until the next step.
    rerender(<Chart run={faster} index={7} width={600} />);
    expect(figure()).toHaveClass('chart--snap');
    rerender(<Chart run={faster} index={8} width={600} />);
    expect(figure()).not.toHaveClass('chart--snap');
  });

  it('jumps within a run too when told not to glide, and glides again when told nothing', () => {
    const figure = () => screen.getByRole('figure');
    const { rerender } = render(<Chart run={article} index={5} width={640} glide={false} />);
    rerender(<Chart run={article} index={6} width={640} glide={false} />);
    expect(figure()).toHaveClass('chart--snap');
    rerender(<Chart run={article} index={7} width={640} />);
    expect(figure()).not.toHaveClass('chart--snap');
  });

  it('has as many elements for a 20,000-iteration run as for a 100-iteration run', () => {
    const short = withAlpha(1e-15, { maxUpdates: 99 });
    const long = withAlpha(1e-15, { maxUpdates: 19_999 });
    expect(short.length).toBe(100);
    expect(long.length).toBe(20_000);
    // Axis ticks follow the numbers on the axes, not the run's length; everything else is fixed.
    const count = (props: ChartProps) => {
      const { container, unmount } = render(<Chart {...props} />);
      const all = container.querySelectorAll('*').length;
      const ticks = container.querySelectorAll('.chart-tick, .chart-tick *').length;
      unmount();
      return { nonTick: all - ticks, all };
    };
    for (const at of [0.5, 1]) {
      const a = count({ run: short, index: Math.round((short.length - 1) * at), width: 640 });
      const b = count({ run: long, index: Math.round((long.length - 1) * at), width: 640 });
      expect(b.nonTick).toBe(a.nonTick);
      expect(b.all).toBeLessThan(100);
      expect(Math.abs(b.all - a.all)).toBeLessThanOrEqual(12);
    }
    const longest = withAlpha(1e-15, { maxUpdates: 99_999 });
    expect(count({ run: longest, index: 99_999, width: 900 }).all).toBeLessThan(100);
  });

  it('never renders NaN or Infinity, even for diverging runs', () => {
    const runs = [
      train({ input: 200_000, goal: 99_750_000, alpha: 5.1e-11, startWeight: 1 }),
      train({ input: 200_000, goal: 99_750_000, alpha: 1, startWeight: 1 }),
    ];
    expect(runs.map((run) => run.stop.kind)).toEqual(['diverged', 'diverged']);
    for (const run of runs) {
      const last = run.length - 1;
      const { container, rerender, unmount } = render(<Chart run={run} index={0} width={320} />);
      for (const index of [0, 1, 2, 3, Math.floor(last / 2), last - 1, last]) {
        for (const width of [320, 900]) {
          rerender(<Chart run={run} index={index} width={width} />);
          expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
        }
      }
      const hit = container.querySelector('.chart-hit');
      if (hit === null) throw new Error('no plot area');
      fireEvent.pointerMove(hit, { clientX: 200, clientY: 20 });
      expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
      act(() => {
        within(container).getByRole('figure').focus();
      });
      expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
      unmount();
    }
  });
});
