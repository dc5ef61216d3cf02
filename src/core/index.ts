/**
 * The core of the tutorial: predict, compare, learn, and the trainer built on them.
 * Plain TypeScript with no imports from outside this folder, so it runs unchanged in
 * Node, a browser and a Web Worker.
 */
export { compare, learn, predict, type Comparison, type Example, type Lesson } from './model.ts';
export { errorAt, errorSlope, idealWeight } from './landscape.ts';
export {
  ARTICLE_PARAMS,
  DEFAULT_MAX_UPDATES,
  MAX_UPDATES_LIMIT,
  TrainingParamsError,
  checkParams,
  type ParamsProblem,
  type TrainOptions,
  type TrainingParams,
} from './params.ts';
export { finalWeight, iterationAt, train, updatesMade, type Iteration, type Run, type StopReason } from './train.ts';
export { forecast, regimeOf, type Forecast, type Regime, type RegimeKind } from './regime.ts';
export {
  formatArticleFloat,
  formatExact,
  formatMoney,
  formatMoneyShort,
  formatNotebookResult,
  formatNumber,
  formatScientific,
  formatSquareOfNumber,
  superscript,
} from './format.ts';
export { articleProgramOutput, type ProgramEnding, type ProgramOutput } from './trace.ts';
