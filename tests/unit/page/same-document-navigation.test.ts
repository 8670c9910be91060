// @vitest-environment happy-dom
/**
 * Same-document navigations: heard through the Navigation API where there is one, else by comparing the URL;
 * `onNavigated` runs after the page's own task, once per burst. (That nothing reaches the page: tests/e2e/hostile.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchSameDocumentNavigations } from '@/lib/page/same-document-navigation.ts';

const g = globalThis as { navigation?: EventTarget };

afterEach(() => {
  delete g.navigation;
  vi.useRealTimers();
});

describe('watchSameDocumentNavigations', () => {
  it('hears the Navigation API, after the page’s task, once for a burst, until stopped', async () => {
    vi.useFakeTimers();
    g.navigation = new EventTarget();
    const onNavigated = vi.fn();
    const stop = watchSameDocumentNavigations(onNavigated);
    g.navigation.dispatchEvent(new Event('currententrychange'));
    g.navigation.dispatchEvent(new Event('currententrychange'));
    expect(onNavigated).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onNavigated).toHaveBeenCalledTimes(1);
    stop();
    g.navigation.dispatchEvent(new Event('currententrychange'));
    await vi.advanceTimersByTimeAsync(1);
    expect(onNavigated).toHaveBeenCalledTimes(1);
  });

  it('compares the URL where there is no Navigation API, and stops', async () => {
    g.navigation = undefined;
    vi.useFakeTimers();
    const onNavigated = vi.fn();
    const stop = watchSameDocumentNavigations(onNavigated, 1000);
    await vi.advanceTimersByTimeAsync(1500);
    expect(onNavigated).not.toHaveBeenCalled();
    history.pushState({}, '', '?view=2');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onNavigated).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onNavigated).toHaveBeenCalledTimes(1);
    stop();
    history.pushState({}, '', '?view=3');
    await vi.advanceTimersByTimeAsync(3000);
    expect(onNavigated).toHaveBeenCalledTimes(1);
  });
});
