import { createContext, useContext } from 'react';

/**
 * The page's query string, shared by its parts. The lab owns its keys (alpha, w0, input, goal,
 * tol, i); a chapter owns keys that start with its own prefix and a dot (`many.data`), so no
 * two parts can collide and the lab's codec knows which keys are not its business.
 */
export interface UrlParams {
  /** The value a key had in the link the page was opened with. */
  readonly initial: (key: string) => string | null;
  /** Replaces the keys one part owns; null removes them. */
  readonly update: (owner: string, entries: Readonly<Record<string, string>> | null) => void;
}

/** The chapters that keep keys in the address, by the prefix of their keys (`many.data`). */
const CHAPTERS: ReadonlySet<string> = new Set(['many', 'several']);

/** The chapter a key of the form `prefix.name` belongs to, or null for the lab's keys and for unknown prefixes. */
function chapterOf(key: string): string | null {
  const match = /^([a-z]+)\.[a-z][a-z0-9]*$/i.exec(key);
  return match?.[1] !== undefined && CHAPTERS.has(match[1]) ? match[1] : null;
}

/** Keys of the form `prefix.name` with a chapter's prefix belong to that chapter, not to the lab. */
export const isChapterKey = (key: string): boolean => chapterOf(key) !== null;

/**
 * Keeps the parts' keys and reports the combined query (`?…`, or '' when empty) to `onChange`
 * after each update. Pure bookkeeping: writing the address bar is the caller's job.
 *
 * A chapter's keys in the opening link stay in the query until the chapter takes them over
 * with its first update: chapters render only as the reader comes near them, and a link must
 * not lose their settings when the lab writes the address first.
 */
export function createUrlParams(initialSearch: string, onChange: (search: string) => void): UrlParams {
  let initial: URLSearchParams;
  try {
    initial = new URLSearchParams(initialSearch);
  } catch {
    initial = new URLSearchParams();
  }
  const parts = new Map<string, Readonly<Record<string, string>>>();
  // The opening link's chapter keys, by chapter, until each chapter's first update.
  const waiting = new Map<string, Record<string, string>>();
  for (const [key, value] of initial) {
    const chapter = chapterOf(key);
    if (chapter === null) continue;
    const keys = waiting.get(chapter) ?? {};
    keys[key] ??= value;
    waiting.set(chapter, keys);
  }
  return {
    initial: (key) => initial.get(key),
    update(owner, entries) {
      waiting.delete(owner);
      if (entries === null) parts.delete(owner);
      else parts.set(owner, entries);
      const query = new URLSearchParams();
      for (const part of [...parts.values(), ...waiting.values()]) {
        for (const [key, value] of Object.entries(part)) query.set(key, value);
      }
      const text = query.toString();
      onChange(text === '' ? '' : `?${text}`);
    },
  };
}

export const UrlParamsContext = createContext<UrlParams>({ initial: () => null, update: () => undefined });

export function useUrlParams(): UrlParams {
  return useContext(UrlParamsContext);
}
