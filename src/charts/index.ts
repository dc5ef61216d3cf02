/** The training lab's charts. Each takes a run, the reader's iteration and a width. */
export { WeightChart } from './WeightChart.tsx';
export { ErrorChart } from './ErrorChart.tsx';
export { LandscapeChart } from './LandscapeChart.tsx';
export type { ChartProps } from './ChartProps.ts';
