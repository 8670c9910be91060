/**
 * Time slicing: do work in slices of a few milliseconds and give the main thread back in between, so the page
 * never sees a long task (50 ms) from us, whatever the size of the page.
 */

export type YieldFn = () => Promise<void>;

interface Scheduler {
  postTask?: (callback: () => void, options: { priority: 'user-blocking' | 'user-visible' | 'background' }) => unknown;
}
const scheduler = (): Scheduler | undefined => (globalThis as { scheduler?: Scheduler }).scheduler;

/**
 * For what the reader is waiting on (the viewport's terms): a task at the page's own priority, so a timer of the
 * page's that is due runs between two of our slices. Not `scheduler.yield()`: its continuations go ahead of the
 * page's tasks, and our slices ran back to back while the page's timer waited (tests/e2e/hostile: finding the
 * blocks on screen of a million-node page, 30–60 ms of ours in a row). Else a macrotask.
 */
export const yieldToPage: YieldFn = () => {
  const s = scheduler();
  if (typeof s?.postTask === 'function') {
    return new Promise((resolve) => void s.postTask!(() => resolve(), { priority: 'user-visible' }));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * For the bulk of the work (the rest of the page): a task at background priority, behind every task of the page's
 * own, so its timers, input and `load` event are never held up by us (`scheduler.yield()` continuations outrank
 * them: on a page of a million nodes they stalled its timers for seconds). Else a macrotask.
 */
export const yieldToBackground: YieldFn = () => {
  const s = scheduler();
  if (typeof s?.postTask === 'function') {
    return new Promise((resolve) => void s.postTask!(() => resolve(), { priority: 'background' }));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Resolves once the page has loaded and the browser is idle (or after `maxWaitMs`, for pages that never finish
 * loading): the rest of the page is read then, so its load event and first interactions never wait for us.
 */
export function afterLoadAndIdle(maxWaitMs = 3000): Promise<void> {
  const started = performance.now();
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else {
      window.addEventListener('load', () => resolve(), { once: true });
      setTimeout(resolve, maxWaitMs);
    }
  });
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        const left = Math.max(0, maxWaitMs - (performance.now() - started));
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: left + 1 });
        else setTimeout(resolve, 0);
      }),
  );
}

/**
 * Resolves after the browser's next rendering step, in a task of its own, with true: the page's layout is clean then,
 * so reading boxes does not force one. With false when no frame came within `maxWaitMs` (a background tab renders
 * nothing; a page of a million nodes takes seconds over its first layout): then nothing may be measured, since the
 * first box read would force that whole layout in our task (1.8 s on such a page: tests/e2e/hostile).
 */
export function afterNextPaint(maxWaitMs = 100): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (painted: boolean) => {
      if (!done) {
        done = true;
        setTimeout(() => resolve(painted), 0);
      }
    };
    requestAnimationFrame(() => finish(true));
    setTimeout(() => finish(false), maxWaitMs);
  });
}

/** Pulls items and processes each, yielding whenever a slice of `sliceMs` is spent. Resolves when all are done. */
export async function runInSlices<T>(
  items: Iterator<T>,
  work: (item: T) => void,
  options: { sliceMs?: number; yieldFn?: YieldFn; cancelled?: () => boolean } = {},
): Promise<void> {
  const { sliceMs = 8, yieldFn = yieldToPage, cancelled = () => false } = options;
  let deadline = performance.now() + sliceMs;
  for (let next = items.next(); !next.done; next = items.next()) {
    if (cancelled()) return;
    work(next.value);
    if (performance.now() >= deadline) {
      await yieldFn();
      deadline = performance.now() + sliceMs;
    }
  }
}

/**
 * A CPU budget over a sliding window: a page that rewrites its text 50 times a second must not make us spend
 * more than `maxMs` of every `windowMs`. `delay()` says how long to wait before the next piece of work.
 */
export class Budget {
  private spent: { at: number; ms: number }[] = [];
  private readonly maxMs: number;
  private readonly windowMs: number;

  constructor(maxMs: number, windowMs: number) {
    this.maxMs = maxMs;
    this.windowMs = windowMs;
  }

  record(at: number, ms: number): void {
    this.spent.push({ at, ms });
  }

  delay(now: number): number {
    this.spent = this.spent.filter((s) => s.at > now - this.windowMs);
    let total = this.spent.reduce((sum, s) => sum + s.ms, 0);
    if (total < this.maxMs) return 0;
    // Wait until enough old work leaves the window.
    for (const s of this.spent) {
      total -= s.ms;
      if (total < this.maxMs) return s.at + this.windowMs - now;
    }
    return this.windowMs;
  }
}
