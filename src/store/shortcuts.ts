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

/** Elements that need these keys for themselves (typing, sliders, menus, buttons). */
const OWN_KEYS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'SUMMARY', 'BUTTON', 'A']);

/**
 * The shortcut for a key press, or undefined. Keys pressed in a text box, slider, menu, button
 * or link keep their usual meaning; so do presses with Ctrl, Alt or Meta.
 */
export function shortcutFor(
  key: string,
  target: { tagName: string; isContentEditable?: boolean },
  modifiers: { ctrlKey: boolean; altKey: boolean; metaKey: boolean },
): Shortcut | undefined {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return undefined;
  if (OWN_KEYS.has(target.tagName) || target.isContentEditable === true) return undefined;
  const pressed = key.length === 1 ? key.toLowerCase() : key;
  return SHORTCUTS.find((s) => s.keys.includes(pressed));
}
