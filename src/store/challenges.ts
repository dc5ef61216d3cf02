import { regimeOf, updatesMade } from '../core/index.ts';
import type { LabState } from './tutorial.ts';

/** A task for the reader that the page checks by itself. */
export interface Challenge {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  /** True when the lab's current run does what the challenge asks. */
  readonly isMet: (lab: LabState) => boolean;
}

export const CHALLENGES: readonly Challenge[] = [
  {
    id: 'one-update',
    title: 'Reach the goal in a single update',
    hint: 'Which learning rate makes the correction exactly the size of the gap? Look at r.',
    isMet: ({ run }) => run.stop.kind === 'exact' && updatesMade(run) === 1,
  },
  {
    id: 'overshoot',
    title: 'Overshoot the goal and still get there',
    hint: 'r between −1 and 0 makes the prediction jump past the goal, by less each time.',
    isMet: ({ run, params }) =>
      regimeOf(params.alpha, params.input).kind === 'oscillating' && run.stop.kind !== 'diverged' && run.stop.kind !== 'cap',
  },
  {
    id: 'bounce',
    title: 'Make it bounce between two weights forever',
    hint: 'At r = −1 every jump lands exactly as far on the other side.',
    isMet: ({ run, params }) => run.stop.kind === 'cycle' && regimeOf(params.alpha, params.input).kind === 'bouncing',
  },
  {
    id: 'diverge',
    title: 'Make it diverge',
    hint: 'Past the edge of stability, each overshoot is bigger than the last.',
    isMet: ({ run }) => run.stop.kind === 'diverged',
  },
  {
    id: 'stuck',
    title: 'Get it stuck just short of the goal',
    hint: 'With a small learning rate the last corrections are too small to change a double.',
    isMet: ({ run, params }) => run.stop.kind === 'stalled' && params.alpha > 0 && params.input !== 0,
  },
];
