import { pause, play, reset, runToEnd, stepBack, stepForward, type TutorialState } from './tutorial.ts';

/** A keyboard shortcut of the lab: the keys, what they do, and the action. */
export interface Shortcut {
  /** KeyboardEvent.key values. */
  readonly keys: readonly string[];
  /** How the keys are written on the page. */
  readonly label: string;
  readonly does: string;
  readonly action: (state: TutorialState) => TutorialState;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' ', 'k'], label: 'Space or K', does: 'Play or pause', action: (s) => (s.lab.playing ? pause(s) : play(s)) },
  { keys: ['ArrowRight', 'l'], label: '→ or L', does: 'Step', action: stepForward },
  { keys: ['ArrowLeft', 'j'], label: '← or J', does: 'Step back', action: stepBack },
  { keys: ['Home'], label: 'Home', does: 'Reset to iteration 0', action: reset },
  { keys: ['End'], label: 'End', does: 'Run to end', action: runToEnd },
];

/** Elements that take every key for themselves: text boxes, sliders, menus. */
const ALL_KEYS_OWN = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Elements that Space presses or follows: the other shortcuts still work on them. */
const SPACE_OWN = new Set(['BUTTON', 'A', 'SUMMARY']);

/** The keys that scroll a box sideways. */
const SIDEWAYS = new Set(['ArrowLeft', 'ArrowRight']);

/** Where a key was pressed: the element's tag, and whether it is a box the reader can scroll sideways. */
export interface KeyTarget {
  readonly tagName: string;
  readonly isContentEditable?: boolean;
  readonly scrollsSideways?: boolean;
}

/**
 * The shortcut for a key press, or undefined. Keys keep their usual meaning in a text box,
 * slider or menu, and with Ctrl, Alt or Meta; so does Space on a button, link or summary, and
 * so do ← and → in a box that scrolls sideways (the trace's table on a phone), where J and L step.
 */
export function shortcutFor(
  key: string,
  target: KeyTarget,
  modifiers: { ctrlKey: boolean; altKey: boolean; metaKey: boolean },
): Shortcut | undefined {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return undefined;
  if (ALL_KEYS_OWN.has(target.tagName) || target.isContentEditable === true) return undefined;
  if (key === ' ' && SPACE_OWN.has(target.tagName)) return undefined;
  if (SIDEWAYS.has(key) && target.scrollsSideways === true) return undefined;
  const pressed = key.length === 1 ? key.toLowerCase() : key;
  return SHORTCUTS.find((s) => s.keys.includes(pressed));
}
