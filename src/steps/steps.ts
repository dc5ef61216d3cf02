import { lazy, type ComponentType } from 'react';

/** One chapter of the page; this table drives the sections and the contents. */
export interface Step {
  readonly id: string;
  readonly title: string;
  /** A kicker shown above the title, if any. */
  readonly kicker?: string;
  readonly Component: ComponentType;
}

// The page's own script draws the header and the opening; each chapter arrives as a file of its
// own, all requested at once as the page renders. React and React DOM alone are about 60 KB
// gzipped, so this is what keeps the JavaScript needed for the first screen small.
const Predict = lazy(() => import('./Predict.tsx').then((m) => ({ default: m.Predict })));
const Compare = lazy(() => import('./Compare.tsx').then((m) => ({ default: m.Compare })));
const Learn = lazy(() => import('./Learn.tsx').then((m) => ({ default: m.Learn })));
const Lab = lazy(() => import('../lab/Lab.tsx').then((m) => ({ default: m.Lab })));
const Challenges = lazy(() => import('./Challenges.tsx').then((m) => ({ default: m.Challenges })));
const Scaling = lazy(() => import('./beyond/Scaling.tsx').then((m) => ({ default: m.Scaling })));
const ManyExamples = lazy(() => import('./beyond/ManyExamples.tsx').then((m) => ({ default: m.ManyExamples })));
const SeveralInputs = lazy(() => import('./beyond/SeveralInputs.tsx').then((m) => ({ default: m.SeveralInputs })));
const SeveralOutputs = lazy(() => import('./beyond/SeveralOutputs.tsx').then((m) => ({ default: m.SeveralOutputs })));

export const STEPS: readonly Step[] = [
  { id: 'predict', kicker: 'Step 1', title: 'Predict', Component: Predict },
  { id: 'compare', kicker: 'Step 2', title: 'Compare', Component: Compare },
  { id: 'learn', kicker: 'Step 3', title: 'Learn', Component: Learn },
  { id: 'lab', kicker: 'All three, repeated', title: 'The training lab', Component: Lab },
  { id: 'challenges', kicker: 'Your turn', title: 'Challenges', Component: Challenges },
  { id: 'scaling', kicker: 'Beyond the article', title: 'Why alpha is so small', Component: Scaling },
  { id: 'many', kicker: 'Beyond the article', title: 'Many examples', Component: ManyExamples },
  { id: 'several-inputs', kicker: 'Beyond the article', title: 'Several inputs', Component: SeveralInputs },
  { id: 'several-outputs', kicker: 'Beyond the article', title: 'Several outputs', Component: SeveralOutputs },
];
