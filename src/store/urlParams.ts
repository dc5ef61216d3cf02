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

/** Keys of the form `prefix.name` belong to a chapter, not to the lab. */
export const isChapterKey = (key: string): boolean => /^[a-z]+\.[a-z][a-z0-9]*$/i.test(key);

/**
 * Keeps the parts' keys and reports the combined query (`?…`, or '' when empty) to `onChange`
 * after each update. Pure bookkeeping: writing the address bar is the caller's job.
 */
export function createUrlParams(initialSearch: string, onChange: (search: string) => void): UrlParams {
  let initial: URLSearchParams;
  try {
    initial = new URLSearchParams(initialSearch);
  } catch {
    initial = new URLSearchParams();
  }
  const parts = new Map<string, Readonly<Record<string, string>>>();
  return {
    initial: (key) => initial.get(key),
    update(owner, entries) {
      if (entries === null) parts.delete(owner);
      else parts.set(owner, entries);
      const query = new URLSearchParams();
      for (const part of parts.values()) for (const [key, value] of Object.entries(part)) query.set(key, value);
      const text = query.toString();
      onChange(text === '' ? '' : `?${text}`);
    },
  };
}

export const UrlParamsContext = createContext<UrlParams>({ initial: () => null, update: () => undefined });

export function useUrlParams(): UrlParams {
  return useContext(UrlParamsContext);
}
