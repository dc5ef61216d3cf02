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
    const show = (contentWidth: number) => {
      const measured = Math.max(240, Math.floor(contentWidth));
      // The observer also reports changes of height alone (the lab's verdicts change length with
      // the run). Setting the same width again would still make React walk the whole tree.
      if (measured === last) return;
      last = measured;
      startTransition(() => {
        setWidth(measured);
      });
    };
    const observer = new ResizeObserver(([entry]) => {
      if (entry) show(entry.contentRect.width);
    });
    observer.observe(element);
    // A chapter far from the screen is not rendered (content-visibility: auto), and the observer
    // says nothing until the reader scrolls to it: its charts stayed at `fallback` until then, and
    // were redrawn as they came into view, their points gliding to the new scale. So measure once
    // in a task of its own after mounting; reading the box lays the chapter out, as the chapter
    // mounter's `layOutSoon` does in the same moment.
    const soon = setTimeout(() => {
      const contentWidth = contentWidthOf(element);
      // Nothing laid out (hidden, or no layout at all): leave it to the observer.
      if (contentWidth > 0) show(contentWidth);
    }, 0);
    return () => {
      clearTimeout(soon);
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}

/** The width of `element`'s content box, as a ResizeObserver reports it. */
function contentWidthOf(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return edges.reduce((width, edge) => width - (Number.parseFloat(style[edge]) || 0), element.getBoundingClientRect().width);
}
