import { describe, expect, it } from 'vitest';
import { Budget, runInSlices } from '@/lib/page/time-slices.ts';

describe('runInSlices', () => {
  it('processes every item, yielding whenever a slice is spent', async () => {
    const seen: number[] = [];
    let yields = 0;
    await runInSlices(
      [1, 2, 3, 4, 5].values(),
      (n) => {
        seen.push(n);
        const until = performance.now() + 2;
        while (performance.now() < until) {
          // busy for 2 ms, so a 1 ms slice yields after every item
        }
      },
      { sliceMs: 1, yieldFn: async () => void yields++ },
    );
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(yields).toBe(5);
  });

  it('stops when cancelled', async () => {
    const seen: number[] = [];
    await runInSlices([1, 2, 3].values(), (n) => seen.push(n), { cancelled: () => seen.length === 2 });
    expect(seen).toEqual([1, 2]);
  });
});

describe('Budget', () => {
  it('allows work until the window is spent, then says how long to wait', () => {
    const budget = new Budget(100, 1000);
    expect(budget.delay(0)).toBe(0);
    budget.record(0, 60);
    budget.record(200, 50);
    expect(budget.delay(300)).toBe(700); // 110 ms spent: wait until the work at t=0 leaves the window
    expect(budget.delay(1001)).toBe(0); // the first 60 ms have left the window
  });
});
