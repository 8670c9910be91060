/**
 * What an earlier copy of the every-page script may have left on the page without cleaning up. Firefox discards a
 * reloaded or updated extension's content scripts without running any more of their code, then runs the new
 * version's in the open tabs: the old copy's highlights stay registered and an open card stays on the page, dead.
 * The new copy removes them before it reads the page. (In Chrome the old copy lives on, cut off from the
 * extension, and cleans up after itself: entrypoints/content/index.ts.)
 */
import { isCardHost, isMarkedCardHost } from './handoff.ts';

/** `names`: every name a Highlight of ours is registered under (Firefox lets this copy iterate neither). */
export function removeLeftovers(doc: Document, names: readonly string[]): void {
  for (const name of names) CSS.highlights.delete(name);
  for (const el of [...doc.documentElement.children]) if (isMarkedCardHost(el) && !isCardHost(el)) el.remove();
}
