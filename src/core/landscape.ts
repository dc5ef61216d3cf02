import type { Example } from './model.ts';

/**
 * The error landscape: for one example, the squared error as a function of the
 * weight, `error(w) = (input * w - goal)²`. It is a parabola whose lowest point,
 * error 0, sits at the weight `goal / input`.
 */
export function errorAt(weight: number, { input, goal }: Example): number {
  const delta = input * weight - goal;
  return delta * delta;
}

/**
 * The slope of the error landscape at a weight, the true derivative:
 * `d error / d w = 2 * input * (input * w - goal) = 2 * delta * input`.
 * The article's update uses half of this (`delta * input`).
 */
export function errorSlope(weight: number, { input, goal }: Example): number {
  return 2 * input * (input * weight - goal);
}

/** The weight at the bottom of the parabola, where the prediction equals the goal; null for input 0. */
export function idealWeight({ input, goal }: Example): number | null {
  return input === 0 ? null : goal / input;
}
