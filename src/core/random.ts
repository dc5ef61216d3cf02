/**
 * Deterministic randomness for the stochastic chapters: the same seed gives the same numbers
 * on every machine, so a reader's run can be replayed and a test can pin it down. Nothing in
 * the core uses `Math.random`.
 */

/** The seed a stochastic run uses when none is given. */
export const DEFAULT_SEED = 1;

/** The largest seed: seeds are 32-bit unsigned integers, 0 to 2³² − 1. */
export const MAX_SEED = 0xffff_ffff;

/**
 * Mulberry32, a small 32-bit pseudo-random generator (Tommy Ettinger's constants): each call
 * returns the next number in [0, 1), a multiple of 2⁻³². Good enough to shuffle examples, not
 * for cryptography. The seed is read as a 32-bit unsigned integer (`seed >>> 0`).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Fisher–Yates shuffle, in place: for `i` from the last index down to 1, swap item `i` with
 * item `j = floor(random() * (i + 1))`. Every order is (nearly) equally likely and nothing is
 * allocated, so a trainer can reshuffle once per epoch on every slider event.
 */
export function shuffleInPlace(items: Uint32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i] as number;
    items[i] = items[j] as number;
    items[j] = held;
  }
}

/** The order `0, 1, …, count − 1` shuffled by {@link shuffleInPlace} with a fresh {@link mulberry32}(seed). */
export function shuffledOrder(count: number, seed: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  shuffleInPlace(order, mulberry32(seed));
  return order;
}
