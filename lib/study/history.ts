/**
 * Back and forward through opened entries, as a browser does for pages: opening one drops what was ahead. Before
 * the first entry is the glossary's list (index -1), so "back" from the first entry returns to the search.
 */
export interface History {
  readonly stack: readonly string[];
  readonly index: number;
}

export const EMPTY_HISTORY: History = { stack: [], index: -1 };

export const current = (h: History): string | undefined => h.stack[h.index];

export function open(h: History, id: string): History {
  if (current(h) === id) return h;
  const stack = [...h.stack.slice(0, h.index + 1), id];
  return { stack, index: stack.length - 1 };
}

export const canBack = (h: History) => h.index >= 0;
export const canForward = (h: History) => h.index < h.stack.length - 1;
export const back = (h: History): History => (canBack(h) ? { ...h, index: h.index - 1 } : h);
export const forward = (h: History): History => (canForward(h) ? { ...h, index: h.index + 1 } : h);
