/** The lowest and highest of some values (min <= max). */
export interface Extent {
  readonly min: number;
  readonly max: number;
}
