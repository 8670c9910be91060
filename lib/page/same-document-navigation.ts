/**
 * Same-document navigations (an SPA's new view): `onNavigated` runs after each, so the page is read again for what
 * the MutationObserver cannot see (a shadow root attached and filled after its host came).
 *
 * Not WXT's location watcher: it dispatches an event on the page's window named after the extension's id, which a
 * page that knows the id (a store extension's is public) can listen for (tests/e2e/hostile, spa-navigation.html).
 * Here nothing reaches the page: the Navigation API's events are heard from the isolated world; where a browser
 * lacks it, the URL is compared once a second, as WXT did.
 */

/** Starts watching; returns the stop. */
export function watchSameDocumentNavigations(onNavigated: () => void, pollMs = 1000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // After the page's own task: an SPA changes its URL first and renders its new view next.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(onNavigated, 0);
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', later);
    return () => {
      clearTimeout(timer);
      navigation.removeEventListener('currententrychange', later);
    };
  }
  let last = location.href;
  const poll = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    later();
  }, pollMs);
  return () => {
    clearTimeout(timer);
    clearInterval(poll);
  };
}
