/** The "Many examples" chapter's charts: the films, the landscape of their mean squared error, and its fall. */
export { FilmsChart, type FilmsChartProps } from './FilmsChart.tsx';
export { ManyLandscapeChart, type ManyLandscapeChartProps } from './LandscapeChart.tsx';
export { MseChart, type MseChartProps } from './MseChart.tsx';
export type { FilmDatum } from './filmsGeometry.ts';
export type { LandscapeFilms } from './landscapeGeometry.ts';
