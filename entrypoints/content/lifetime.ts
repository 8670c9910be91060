/**
 * How long this copy of the every-page script lives: until the extension is gone from under the page (reloaded,
 * updated or removed: its API is cut off and `runtime.id` is undefined), or a newer copy takes over in the same
 * isolated world (Chrome, after an update: background/open-tabs.ts runs the new copy in the open tabs).
 *
 * Not WXT's ContentScriptContext: a page that knows the extension's id (a store extension's is public) can forge the
 * start-up event that invalidates it, and switch us off (tests/e2e/hostile, wxt-message.html). The handoff between
 * copies goes through the isolated world instead, which the page cannot reach (lib/page/handoff.ts, `succeed`).
 */
import { succeed } from '@/lib/page/handoff.ts';

export interface Lifetime {
  /** False once this copy has ended. Asking also notices an extension gone from under the page, and ends. */
  alive(): boolean;
  /** Runs when this copy ends (at once if it has), each cleanup whatever the others throw. */
  onEnd(cleanup: () => void): void;
}

export function startLifetime(): Lifetime {
  let ended = false;
  const cleanups: (() => void)[] = [];
  const run = (cleanup: () => void) => {
    try {
      cleanup();
    } catch {
      // An orphaned copy's extension API throws ("Extension context invalidated"): its listeners die with it.
    }
  };
  const end = () => {
    if (ended) return;
    ended = true;
    for (const cleanup of cleanups.splice(0)) run(cleanup);
  };
  succeed(end);
  return {
    alive() {
      if (!ended && browser.runtime?.id === undefined) end();
      return !ended;
    },
    onEnd(cleanup) {
      if (ended) run(cleanup);
      else cleanups.push(cleanup);
    },
  };
}
