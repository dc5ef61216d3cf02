import {
  ARTICLE_PARAMS,
  formatMoney,
  formatNumber,
  formatScientific,
  idealWeight,
  regimeOf,
  type Example,
  type TrainingParams,
} from '../core/index.ts';

/** A marked point on a slider's track. */
export interface SliderMark {
  readonly value: number;
  readonly label: string;
}

/** Where a slider runs for the current parameters. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly scale: 'log' | 'linear';
  readonly marks: readonly SliderMark[];
}

/** One parameter the reader can set: label, default, slider, URL key and how it reads. */
export interface ParamSpec {
  readonly key: keyof TrainingParams;
  /** The control's accessible name. */
  readonly label: string;
  /** A short explanation under the control. */
  readonly hint: string;
  /** The query parameter that carries it in a shared link. */
  readonly urlKey: string;
  readonly defaultValue: number;
  /** The value as people read it, also used as the slider's aria-valuetext. */
  readonly format: (value: number) => string;
  /** The slider for the example (budget and gross); null for values typed only. */
  readonly slider: ((example: Example) => SliderRange) | null;
}

/** The number of positions a slider has; its keyboard step is one position. */
export const SLIDER_POSITIONS = 1000;

function decadeFloor(x: number): number {
  return 10 ** Math.floor(Math.round(Math.log10(x) * 1e9) / 1e9);
}
function decadeCeil(x: number): number {
  return 10 ** Math.ceil(Math.round(Math.log10(x) * 1e9) / 1e9);
}

/**
 * The learning-rate slider spans from 1/250 of the one-step rate to 40 times it, rounded out to
 * whole decades: 1e-13 to 1e-9 for the article's budget. It follows the input, because the
 * right learning rate scales with 1 / input².
 */
function alphaRange({ input }: Example): SliderRange {
  const { oneStepAlpha, edgeAlpha } = regimeOf(1, input);
  if (oneStepAlpha === null || edgeAlpha === null || !Number.isFinite(edgeAlpha * 40) || oneStepAlpha / 250 === 0) {
    return { min: 1e-13, max: 1e-9, scale: 'log', marks: [] };
  }
  return {
    min: decadeFloor(oneStepAlpha / 250),
    max: decadeCeil(oneStepAlpha * 40),
    scale: 'log',
    marks: [
      { value: oneStepAlpha, label: 'one step' },
      { value: edgeAlpha, label: 'edge' },
    ],
  };
}

/**
 * The starting-weight slider runs from half a decade below zero to one and a half decades past
 * it, on the side of the ideal weight: -500 to 1,500 for the article's 498.75.
 */
function startWeightRange(example: Example): SliderRange {
  const ideal = idealWeight(example);
  if (ideal === null || ideal === 0 || !Number.isFinite(decadeCeil(Math.abs(ideal)) * 1.5)) {
    return { min: -10, max: 10, scale: 'linear', marks: [] };
  }
  const reach = decadeCeil(Math.abs(ideal));
  const [min, max] = ideal > 0 ? [-reach / 2, reach * 1.5] : [-reach * 1.5, reach / 2];
  return { min, max, scale: 'linear', marks: [{ value: ideal, label: 'goal' }] };
}

export const PARAM_SPECS: readonly ParamSpec[] = [
  {
    key: 'alpha',
    label: 'Learning rate',
    hint: 'alpha: how much of each correction the model applies.',
    urlKey: 'alpha',
    defaultValue: ARTICLE_PARAMS.alpha,
    format: (value) => formatScientific(value, 3),
    slider: alphaRange,
  },
  {
    key: 'startWeight',
    label: 'Starting weight',
    hint: 'The weight the model starts from before it has learned anything.',
    urlKey: 'w0',
    defaultValue: ARTICLE_PARAMS.startWeight,
    format: (value) => formatNumber(value, 6),
    slider: startWeightRange,
  },
  {
    key: 'input',
    label: 'Budget (input)',
    hint: 'What the model knows: the film’s budget in dollars.',
    urlKey: 'input',
    defaultValue: ARTICLE_PARAMS.input,
    format: formatMoney,
    slider: null,
  },
  {
    key: 'goal',
    label: 'Gross (goal)',
    hint: 'What the prediction should reach: the film’s worldwide gross in dollars.',
    urlKey: 'goal',
    defaultValue: ARTICLE_PARAMS.goal,
    format: formatMoney,
    slider: null,
  },
];

export function specFor(key: keyof TrainingParams): ParamSpec {
  const spec = PARAM_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`No parameter spec for ${key}`);
  return spec;
}

/** Slider position (0 to SLIDER_POSITIONS) for a value, clamped to the track. */
export function positionOf(value: number, range: SliderRange): number {
  const { min, max, scale } = range;
  let t: number;
  if (scale === 'log') t = value <= 0 ? 0 : (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
  else t = (value - min) / (max - min);
  return Math.round(Math.min(1, Math.max(0, t)) * SLIDER_POSITIONS);
}

/**
 * The value at a slider position, rounded to three significant digits so the reader sees
 * 1.78 × 10⁻¹¹ rather than sixteen digits; a position next to a mark gives the mark exactly,
 * so the one-step rate and the edge of stability can be reached by dragging.
 */
export function valueAt(position: number, range: SliderRange): number {
  const { min, max, scale } = range;
  const t = Math.min(1, Math.max(0, position / SLIDER_POSITIONS));
  for (const mark of range.marks) {
    if (Math.abs(positionOf(mark.value, range) - position) < 0.5) return mark.value;
  }
  const raw = scale === 'log' ? 10 ** (Math.log10(min) + t * (Math.log10(max) - Math.log10(min))) : min + t * (max - min);
  // Linear positions are exact steps; toPrecision(12) only clears binary noise such as 0.30000000000000004.
  return Number(raw.toPrecision(scale === 'log' ? 3 : 12));
}
