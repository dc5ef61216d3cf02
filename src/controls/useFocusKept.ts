import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps the keyboard focus in a group of buttons when the focused button disables itself: Run to
 * end at the end of a run, Reset or Step back at its start, Step when play reaches the end. The
 * browser drops a disabled button's focus to the page, where a keyboard or screen-reader user
 * would lose their place; the focus goes to the group's nearest enabled button instead (Play, in
 * the playback bars).
 *
 * Returns the ref for the group's element.
 */
export function useFocusKept<T extends HTMLElement>(): RefObject<T | null> {
  const group = useRef<T>(null);
  useEffect(() => {
    const element = group.current;
    if (element === null) return undefined;
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target;
      // Focus that moves to another element, or leaves an enabled button, is the reader's.
      if (event.relatedTarget !== null || !(left instanceof HTMLButtonElement) || !left.disabled) return;
      // After the render that disabled the button has finished.
      queueMicrotask(() => {
        const active = document.activeElement;
        if (active !== null && active !== document.body) return;
        nearestEnabled(element, left)?.focus();
      });
    };
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  return group;
}

/** The enabled button of `group` nearest to `from` in the group's order, if any. */
function nearestEnabled(group: HTMLElement, from: HTMLButtonElement): HTMLButtonElement | undefined {
  const buttons = [...group.querySelectorAll('button')];
  const at = buttons.indexOf(from);
  let best: HTMLButtonElement | undefined;
  let bestDistance = Infinity;
  buttons.forEach((button, i) => {
    const distance = Math.abs(i - at);
    if (!button.disabled && distance < bestDistance) {
      best = button;
      bestDistance = distance;
    }
  });
  return best;
}
