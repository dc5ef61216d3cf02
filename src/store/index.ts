export { createStore, type Store } from './createStore.ts';
export { createFramePlayer, createPlayer, type PlayTarget, type Scheduler } from './player.ts';
export { parseNumber, type Parsed } from './parseNumber.ts';
export {
  PARAM_SPECS,
  SLIDER_POSITIONS,
  positionOf,
  specFor,
  valueAt,
  type ParamSpec,
  type SliderMark,
  type SliderRange,
} from './paramSpecs.ts';
export { PRESETS, presetMatching, type Preset } from './presets.ts';
export { CHALLENGES, type Challenge } from './challenges.ts';
export { decodeLab, encodeLab, labEntries } from './url.ts';
export { UrlParamsContext, createUrlParams, isChapterKey, useUrlParams, type UrlParams } from './urlParams.ts';
export * from './tutorial.ts';
export { AT_REST_MS, atRest, type Source } from './atRest.ts';
export { trailing, type AfterPaint } from './trailing.ts';
export {
  TutorialContext,
  useTutorial,
  useTutorialAtRest,
  useTutorialStore,
  useTutorialTrailing,
  type AtRestOptions,
} from './useTutorial.ts';
export { announceIteration, describeError, describeStep, formatGap, describeRegime, describeStop, ordinal, type Description } from './describe.ts';
export { commit, commitChapter, commitParam, commitParams, commitTolerance } from './actions.ts';
export { runToCsv } from './runCsv.ts';
export { SHORTCUTS, shortcutFor, type KeyTarget, type Shortcut } from './shortcuts.ts';
