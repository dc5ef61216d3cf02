/**
 * The three steps of learning for the smallest model there is: one input,
 * one weight, one prediction. Everything else in the tutorial is built from
 * these functions.
 */

/** A single training example: what we know (input) and the answer we want (goal). */
export interface Example {
  readonly input: number;
  readonly goal: number;
}

/** What comparing a prediction with its goal tells us. */
export interface Comparison {
  /** `delta = prediction - goal`: how far off, and in which direction. */
  readonly delta: number;
  /** `error = delta²`: always positive, and large mistakes count far more than small ones. */
  readonly error: number;
}

/** One learning step: the correction and the weight it leads to. */
export interface Lesson {
  /** `weightDelta = delta * input`: the correction before the learning rate scales it. */
  readonly weightDelta: number;
  /** `newWeight = weight - weightDelta * alpha`. */
  readonly newWeight: number;
}

/** Predict: `prediction = input * weight`. */
export function predict(input: number, weight: number): number {
  return input * weight;
}

/** Compare: `delta = prediction - goal`, `error = delta²`. */
export function compare(prediction: number, goal: number): Comparison {
  const delta = prediction - goal;
  return { delta, error: delta * delta };
}

/**
 * Learn: `weightDelta = delta * input`, `newWeight = weight - weightDelta * alpha`.
 *
 * This is the article's update. The true derivative of `error = (input * weight - goal)²`
 * with respect to the weight is `2 * delta * input` (see {@link errorSlope}); the article
 * leaves out the factor 2, which is the same as using a learning rate twice as large.
 */
export function learn(weight: number, delta: number, input: number, alpha: number): Lesson {
  const weightDelta = delta * input;
  return { weightDelta, newWeight: weight - weightDelta * alpha };
}
