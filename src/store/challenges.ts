import { regimeOf, updatesMade, type Run } from '../core/index.ts';

/** A task for the reader that the page checks by itself. */
export interface Challenge {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  /** True when the lab's run (with its parameters) does what the challenge asks. */
  readonly isMet: (run: Run) => boolean;
}

export const CHALLENGES: readonly Challenge[] = [
  {
    id: 'one-update',
    title: 'Reach the goal in a single update',
    hint: 'Which learning rate makes the correction exactly the size of the gap? Look at r.',
    isMet: (run) => run.stop.kind === 'exact' && updatesMade(run) === 1,
  },
  {
    id: 'overshoot',
    title: 'Overshoot the goal and still get there',
    hint: 'r between −1 and 0 makes the prediction jump past the goal, by less each time.',
    isMet: ({ stop, params }) =>
      regimeOf(params.alpha, params.input).kind === 'oscillating' && stop.kind !== 'diverged' && stop.kind !== 'cap',
  },
  {
    id: 'bounce',
    title: 'Make it bounce between two weights forever',
    hint: 'At r = −1 every jump lands exactly as far on the other side.',
    isMet: ({ stop, params }) => stop.kind === 'cycle' && regimeOf(params.alpha, params.input).kind === 'bouncing',
  },
  {
    id: 'diverge',
    title: 'Make it diverge',
    hint: 'Past the edge of stability, each overshoot is bigger than the last.',
    isMet: ({ stop }) => stop.kind === 'diverged',
  },
  {
    id: 'stuck',
    title: 'Get it stuck just short of the goal',
    hint: 'With a small learning rate the last corrections are too small to change a double.',
    isMet: ({ stop, params }) => stop.kind === 'stalled' && params.alpha > 0 && params.input !== 0,
  },
];
