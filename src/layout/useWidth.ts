import { startTransition, useCallback, useState } from 'react';

/**
 * The width in pixels of the element the returned ref is attached to, kept up to date with a
 * ResizeObserver. Before the first measurement, and where ResizeObserver does not exist (jsdom),
 * it reports `fallback`. A new width is drawn in a transition: React may split the redraw into
 * short slices, so a chapter appearing (every chart measures itself at once) or the window being
 * resized does not block the page.
 */
export function useWidth(fallback: number): [(element: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last: number | undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const measured = Math.max(240, Math.floor(entry.contentRect.width));
      // The observer also reports changes of height alone (the lab's verdicts change length with
      // the run). Setting the same width again would still make React walk the whole tree.
      if (measured === last) return;
      last = measured;
      startTransition(() => {
        setWidth(measured);
      });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}
