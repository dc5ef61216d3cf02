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
  dollarSign,
  formatArticleFloat,
  formatExact,
  formatFactor,
  formatFactorEquation,
  formatMoney,
  formatMoneyCents,
  formatMoneyShort,
  formatNotebookResult,
  formatNumber,
  formatScientific,
  LARGEST_DOUBLE,
  formatSquareOfNumber,
  joinScientific,
  superscript,
} from './format.ts';
export { articleProgramOutput, type ProgramEnding, type ProgramOutput } from './trace.ts';
export { DISPUTED_BUDGET_TITLES, FILMS, FILMS_CREDIT, filmExamples, type Film } from './films.ts';
export { DEFAULT_SEED, MAX_SEED, mulberry32, shuffleInPlace, shuffledOrder } from './random.ts';
export {
  ExamplesParamsError,
  bestWeight,
  checkManyParams,
  finalWeightMany,
  iterationManyAt,
  meanInputSquare,
  meanSquaredError,
  meanWeightDelta,
  regimeOfMany,
  trainMany,
  updatesMadeMany,
  type ExamplesProblem,
  type ExamplesProblemKey,
  type ManyIteration,
  type ManyMode,
  type ManyOptions,
  type ManyOrder,
  type ManyParams,
  type ManyRun,
  type ManyStopReason,
} from './many.ts';
export {
  LOG10_MSE_FLOOR,
  MAX_SURFACE_RESOLUTION,
  bestWeights,
  checkSeveralParams,
  curvatureOf,
  errorSurface,
  finalWeightsSeveral,
  iterationSeveralAt,
  meanSquaredErrorSeveral,
  meanWeightDeltas,
  normalise,
  predictOutputs,
  predictSeveral,
  splitOutputs,
  toRawWeights,
  toScaledWeights,
  trainOutputs,
  trainSeveral,
  updatesMadeSeveral,
  weightsAt,
  type Curvature,
  type ErrorSurface,
  type Normalised,
  type OutputsExample,
  type SeveralExample,
  type SeveralIteration,
  type SeveralOptions,
  type SeveralParams,
  type SeveralRun,
  type SeveralStopReason,
} from './several.ts';
export {
  MAX_AMOUNT,
  MIN_AMOUNT,
  formatFilmsCsv,
  parseFilmsCsv,
  readCsvRecords,
  type CsvProblem,
  type CsvRecord,
  type FilmRow,
  type ParsedFilms,
} from './csv.ts';
