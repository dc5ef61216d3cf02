/**
 * A link into the page (the skip link, an entry of the contents, an address ending in `#lab`)
 * moves where the browser's next Tab starts from, not the focus: the focus stays on the page
 * itself, and the next Tab goes to the first control after the start of the chapter the link
 * names. Until that chapter has rendered, though, it holds only its placeholder (`ChapterBody` in
 * src/App.tsx), and so does every chapter below it that has not rendered yet; the footer has no
 * links. A Tab pressed in between finds nothing after its starting point, and the browser goes
 * back to the top of the page: to the skip link again.
 *
 * So, for a Tab from inside a chapter (or from the chapter a link led to), the heading of a
 * chapter that has not rendered yet stands in for the controls it will have: the Tab stops there,
 * and once the chapter has rendered the next Tab goes on from its heading to its first control.
 */

/** A chapter of the page: a section labelled by its heading, around the chapter's body (src/App.tsx). */
const CHAPTER = 'section.chapter';
/** What a chapter's body holds until the chapter has rendered: its placeholder, also its Suspense fallback. */
const PLACEHOLDER = '.loading';
/** What Tab stops at in the page's chapters: links, form controls, summaries, and anything with a tabindex of 0 or more. */
const TAB_STOPS = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The id the last link into the page named, until the reader moves the focus or clicks; null if none. */
let linked: string | null = null;
let keeping = false;

/** The id a fragment (`#lab`) names, or null if it names none. */
function idOf(hash: string): string | null {
  if (hash.length <= 1) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}

/** Whether `later` comes after `earlier` in the page (inside it counts). */
function follows(later: Element, earlier: Element): boolean {
  return (earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Whether Tab can stop somewhere in `chapter` after `from`. */
function tabStopAfter(from: Element, chapter: Element): boolean {
  return [...chapter.querySelectorAll<HTMLElement | SVGElement>(TAB_STOPS)].some(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && follows(element, from),
  );
}

/**
 * The heading of the chapter that has not rendered yet at which a Tab from `from` should stop, or
 * null where the browser's own Tab is right: when a rendered chapter on the way has a control to
 * go to, or when every chapter from there on has rendered.
 */
function standInFor(from: Element): HTMLElement | null {
  const chapters = [...document.querySelectorAll(CHAPTER)];
  const start = from.closest(CHAPTER);
  if (start === null) return null;
  for (const chapter of chapters.slice(chapters.indexOf(start))) {
    if (chapter.querySelector(PLACEHOLDER) === null) {
      if (tabStopAfter(from, chapter)) return null;
      continue;
    }
    const heading = document.getElementById(chapter.getAttribute('aria-labelledby') ?? '');
    // The focus already on this heading goes on to the next chapter.
    if (heading !== null && follows(heading, from)) return heading;
  }
  return null;
}

function onClick(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (link instanceof HTMLAnchorElement) linked = idOf(link.hash);
}

/** The focus moved, or a click moved where the next Tab starts from: the link no longer counts. */
function forgetLink(): void {
  linked = null;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  const focused = document.activeElement;
  // Nothing focused (the body): the Tab starts from where the last link into the page led, if anywhere.
  const from = focused === null || focused === document.body ? (linked === null ? null : document.getElementById(linked)) : focused;
  const heading = from === null ? null : standInFor(from);
  if (heading === null) return;
  event.preventDefault();
  // As the browser's own Tab would, this brings the heading onto the screen if it is not there
  // already; after a link, the page is already at the chapter and does not move.
  heading.focus();
}

/**
 * Makes a Tab that comes to a chapter before it has rendered stop at its heading (see above). The
 * page calls it as its script starts (src/main.tsx), and counts an address that ends in a
 * chapter's id as a link followed.
 */
export function stopTabAtChaptersToCome(): void {
  if (keeping) return;
  keeping = true;
  linked = idOf(window.location.hash);
  window.addEventListener('click', onClick, { capture: true });
  window.addEventListener('pointerdown', forgetLink, { capture: true, passive: true });
  window.addEventListener('focusin', forgetLink, { capture: true });
  window.addEventListener('keydown', onKeyDown);
}
