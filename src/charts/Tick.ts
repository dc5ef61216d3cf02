/** One axis tick: its value, its position in the plot (px) and its label. */
export interface Tick {
  readonly value: number;
  readonly position: number;
  readonly label: string;
}
