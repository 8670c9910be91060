/**
 * Time slicing: do work in slices of a few milliseconds and give the main thread back in between, so the page
 * never sees a long task (50 ms) from us, whatever the size of the page.
 */

export type YieldFn = () => Promise<void>;

/** `scheduler.yield()` where the browser has it (it keeps our place in the queue), else a macrotask. */
export const yieldToPage: YieldFn = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

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
