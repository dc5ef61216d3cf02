import { useContext, useEffect, useState, type RefObject } from 'react';
import { ChapterMounterContext } from './chapterMounting.ts';

/**
 * Whether any part of the element is on the screen, as the page's chapter mounter watches it;
 * true until the first report (and always, where nothing watches: tests, server rendering).
 */
export function useOnScreen(element: RefObject<Element | null>): boolean {
  const mounter = useContext(ChapterMounterContext);
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    if (element.current === null) return;
    return mounter.watchOnScreen(element.current, setOnScreen);
  }, [mounter, element]);
  return onScreen;
}
