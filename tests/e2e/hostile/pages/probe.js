/*
 * The gallery's probe: the first script of every hostile page (tests/e2e/hostile/gallery.ts reads it through
 * `window.__probe.report()`). From before the extension runs, it keeps
 *  - every change to the page's DOM that the page did not make itself (a MutationObserver; the page, and the test
 *    acting as the page, make their changes inside `__probe.own(fn)`, whose records are set aside);
 *  - a heartbeat: a 10 ms timer that counts its beats and its worst lateness (gallery.ts attributes the lateness
 *    from a DevTools trace in Chromium);
 *  - every error, unhandled rejection and Content-Security-Policy violation that reaches the page.
 * It holds on to the built-ins it needs before the page's own scripts can replace them (builtins.html does).
 */
(() => {
  const now = performance.now.bind(performance);
  const every = window.setInterval.bind(window);
  const Observer = window.MutationObserver;
  const listen = EventTarget.prototype.addEventListener;
  const stringify = JSON.stringify;
  const freeze = Object.freeze;
  const defineProperty = Object.defineProperty;
  const hasAttribute = Element.prototype.hasAttribute;
  // Loops rather than the array methods, which builtins.html replaces.
  const add = (list, item) => {
    list[list.length] = item;
  };
  const copy = (list, fn = (x) => x) => {
    const out = [];
    for (let i = 0; i < list.length; i++) out[i] = fn(list[i]);
    return out;
  };

  const foreign = [];
  const errors = [];
  const beat = { count: 0, worstLateMs: 0, last: now() };

  /** A node as a short path from its root: "html > body > p:nth(2)". */
  const describe = (node) => {
    let path = '';
    let depth = 0;
    for (let n = node; n && depth < 6; n = n.parentNode, depth++) {
      if (n.nodeType === 11) {
        path = ` > #shadow-root${path}`;
        n = n.host;
      }
      if (!n || n.nodeType === 9) break;
      path = ` > ${n.nodeType === 1 ? n.localName : n.nodeName}${path}`;
    }
    return path.slice(3);
  };

  /** The extension's card host: a plain div on <html> whose shadow root holds the card (the one allowed addition). */
  const isCardHost = (node) => {
    if (node.nodeType !== 1 || node.localName !== 'div' || !node.shadowRoot) return false;
    const children = node.shadowRoot.children;
    for (let i = 0; i < children.length; i++) if (hasAttribute.call(children[i], 'data-steppe-lens-card')) return true;
    return false;
  };

  const allowed = (record) => {
    if (record.type === 'attributes') return isCardHost(record.target);
    if (record.type !== 'childList' || record.target !== document.documentElement) return false;
    for (let i = 0; i < record.addedNodes.length; i++) if (!isCardHost(record.addedNodes[i])) return false;
    for (let i = 0; i < record.removedNodes.length; i++) if (!isCardHost(record.removedNodes[i])) return false;
    return true;
  };

  /** Records not taken inside `own()` are someone else's: kept unless they are the card host coming or going. */
  let parsing = true;
  const judge = (records) => {
    if (parsing) return;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (allowed(r)) {
        if (r.type === 'childList') add(probe.hostChanges, r.addedNodes.length > 0 ? 'added' : 'removed');
        continue;
      }
      add(
        foreign,
        stringify({
          type: r.type,
          target: describe(r.target),
          attribute: r.attributeName,
          added: copy(r.addedNodes, describe),
          removed: copy(r.removedNodes, (n) => n.nodeName),
        }),
      );
    }
  };

  const observer = new Observer(judge);
  const options = { subtree: true, childList: true, attributes: true, characterData: true };

  const onError = (e) =>
    add(errors, `${e.type}: ${e.message ?? (e.reason && (e.reason.stack || e.reason.message)) ?? String(e.reason)}`);
  const onViolation = (e) => add(errors, `csp: ${e.violatedDirective} ${e.blockedURI}`);

  /** Error listeners on a window (again after `document.open()`, which removes every listener of the page). */
  const listenForErrors = (win) => {
    listen.call(win, 'error', onError, true);
    listen.call(win, 'unhandledrejection', onError, true);
    listen.call(win.document, 'securitypolicyviolation', onViolation, true);
  };

  function heartbeat() {
    const t = now();
    beat.worstLateMs = Math.max(beat.worstLateMs, t - beat.last - 10);
    beat.last = t;
    beat.count++;
  }

  const probe = freeze({
    hostChanges: [],
    /** Runs the page's own change to its DOM (synchronously): its records are not foreign. */
    own(fn) {
      judge(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    /** Watches another tree too: an open shadow root, a same-origin frame's document. */
    watch(root) {
      observer.observe(root, options);
      if (root.defaultView) listenForErrors(root.defaultView);
    },
    /** After `document.open()`: the page's listeners are gone, the probe's with them. */
    listenAgain() {
      listenForErrors(window);
    },
    report() {
      judge(observer.takeRecords());
      return {
        foreign: copy(foreign),
        errors: copy(errors),
        beats: beat.count,
        worstLateMs: beat.worstLateMs,
        hostChanges: copy(probe.hostChanges),
      };
    },
  });

  observer.observe(document, options);
  // What the parser adds after this script is the page's own: judged from DOMContentLoaded on (the extension's
  // every-page script starts after it, at document_idle).
  listen.call(
    document,
    'DOMContentLoaded',
    () => {
      observer.takeRecords();
      parsing = false;
    },
    true,
  );
  listenForErrors(window);
  every(heartbeat, 10);
  defineProperty(window, '__probe', { value: probe, enumerable: false });
})();
