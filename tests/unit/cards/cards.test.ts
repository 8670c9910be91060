// @vitest-environment happy-dom
/**
 * How a card opens: the controller's loading, ready and error states; the hover's intent delay and grace period;
 * keyboard navigation with wrap-around. Timers are fake; the pointer's hit test is a stand-in (hit-testing itself
 * is tested in real browsers, tests/e2e).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type CardControllerOptions,
  type CardPort,
  type CardView,
  createCardController,
} from '@/lib/cards/card-controller.ts';
import type { CardState } from '@/lib/cards/card-state.ts';
import { watchHoverIntent } from '@/lib/cards/hover-intent.ts';
import { neighbour, watchKeyboardNavigation } from '@/lib/cards/keyboard-navigation.ts';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { Term } from '@/lib/page/term-index.ts';

/** A view that records what it was asked to show, and where. */
function recordingView() {
  const shown: CardState[] = [];
  const focused: boolean[] = [];
  const anchors: AbstractRange[] = [];
  let open = false;
  const element = document.createElement('div');
  const view: CardView = {
    show(state, anchor, focus) {
      open = true;
      shown.push(state);
      focused.push(focus);
      anchors.push(anchor);
    },
    moveTo: (anchor) => void anchors.push(anchor),
    anchorRect: new DOMRect(10, 20, 50, 16),
    update: (state) => void shown.push(state),
    hide() {
      open = false;
    },
    get isOpen() {
      return open;
    },
    owns: (target) => target === element,
  };
  return { view, shown, focused, anchors, element };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Terms over the text nodes of `<p>` elements, in document order. */
function termsIn(texts: string[]): Term[] {
  document.body.innerHTML = texts.map((t) => `<p>${t}</p>`).join('');
  return [...document.querySelectorAll('p')].map((p, i) => ({
    block: { nodes: [p.firstChild as Text], starts: [0], text: p.textContent! },
    start: 0,
    end: 1,
    entryIndex: i,
  }));
}

const body = (id: string) => ({ id }) as EntryBody;

/** An event as the browser would make it for a real input (a page's own `dispatchEvent` gives isTrusted false). */
function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

/** A controller over a recording view; `options` replace its parts (a failing loadView, following…). */
function setUpController(options: Partial<CardControllerOptions> = {}) {
  const rec = recordingView();
  const answers = new Map<string, ReturnType<typeof deferred<EntryBody>>>();
  const active: (Term | undefined)[] = [];
  const cards = createCardController({
    loadView: async () => rec.view,
    rangeOf: (t) => ({ startContainer: t.block.nodes[0]! }) as never,
    entryId: (t) => `entry-${t.entryIndex}`,
    fetchEntry: (id) => {
      const d = deferred<EntryBody>();
      answers.set(id, d);
      return d.promise;
    },
    setActive: (t) => void active.push(t),
    ...options,
  });
  return { cards, rec, answers, active };
}

describe('card controller', () => {
  it('shows the loading state at once, then the entry', async () => {
    const [term] = termsIn(['Astana']);
    const { cards, rec, answers, active } = setUpController();
    cards.open(term!, false);
    expect(cards.isOpen).toBe(true);
    await vi.waitFor(() => expect(rec.shown).toEqual([{ status: 'loading', id: 'entry-0' }]));
    expect(cards.openTerm).toBe(term);
    expect(active).toEqual([term]);
    answers.get('entry-0')!.resolve(body('entry-0'));
    await vi.waitFor(() => expect(rec.shown).toHaveLength(2));
    expect(rec.shown[1]).toEqual({ status: 'ready', body: body('entry-0') });
  });

  it('shows the error state when the entry cannot be had', async () => {
    const [term] = termsIn(['Astana']);
    const { cards, rec, answers } = setUpController();
    cards.open(term!, true);
    await vi.waitFor(() => expect(rec.focused).toEqual([true]));
    answers.get('entry-0')!.reject(new Error('gone'));
    await vi.waitFor(() => expect(rec.shown).toHaveLength(2));
    expect(rec.shown[1]).toEqual({ status: 'error', id: 'entry-0' });
  });

  it('drops an answer that comes after another term was opened', async () => {
    const [a, b] = termsIn(['Astana', 'Almaty']);
    const { cards, rec, answers } = setUpController();
    cards.open(a!, false);
    cards.open(b!, false);
    answers.get('entry-0')!.resolve(body('entry-0'));
    answers.get('entry-1')!.resolve(body('entry-1'));
    // The view arrives after both opens: only the second term is shown, and only its answer.
    await vi.waitFor(() => expect(rec.shown).toHaveLength(2));
    expect(rec.shown).toEqual([
      { status: 'loading', id: 'entry-1' },
      { status: 'ready', body: body('entry-1') },
    ]);
  });

  it('leaves no term marked when the card cannot be loaded, and asks again on the next open', async () => {
    const [a, b] = termsIn(['Astana', 'Almaty']);
    let attempts = 0;
    let rec: ReturnType<typeof recordingView> | undefined;
    const { cards, active } = setUpController({
      loadView: async () => {
        // The extension was reloaded under the page: the card's script cannot be had, then it can.
        if (++attempts === 1) throw new Error('Extension context invalidated');
        rec = recordingView();
        return rec.view;
      },
    });
    cards.open(a!, false);
    await vi.waitFor(() => expect(cards.isOpen).toBe(false));
    expect(active).toEqual([a, undefined]);
    cards.open(b!, false);
    await vi.waitFor(() => expect(rec?.shown).toEqual([{ status: 'loading', id: 'entry-1' }]));
    expect(attempts).toBe(2);
    expect(cards.openTerm).toBe(b);
  });

  it('closes: no active term, view hidden, listeners told', async () => {
    const [term] = termsIn(['Astana']);
    const { cards, active, rec } = setUpController();
    const changes = vi.fn();
    cards.onChange(changes);
    cards.open(term!, false);
    await vi.waitFor(() => expect(rec.view.isOpen).toBe(true));
    cards.close();
    expect(rec.view.isOpen).toBe(false);
    expect(cards.isOpen).toBe(false);
    expect(cards.openTerm).toBeUndefined();
    expect(active.at(-1)).toBeUndefined();
    expect(changes).toHaveBeenCalledTimes(2);
  });
});

describe('card controller: a term the page re-renders', () => {
  /**
   * Opens a card on a term, then takes the term from the page; `found` lists what each search for its new occurrence
   * gives, given the term that will be found.
   */
  async function openThenRerender(found: (renewed: Term) => (Term | undefined)[]) {
    const [old, renewed] = termsIn(['Astana', 'Astana']);
    let gone = false;
    const answers = found(renewed!);
    const searched: DOMRectReadOnly[] = [];
    const setup = setUpController({
      isLive: (t) => !(gone && t === old),
      successor: (_t, lastSeen) => {
        searched.push(lastSeen);
        return answers.shift();
      },
      followMs: 1000,
    });
    setup.cards.open(old!, false);
    await vi.waitFor(() => expect(setup.rec.shown).toHaveLength(1));
    const changes = vi.fn();
    setup.cards.onChange(changes);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const rerender = () => {
      gone = true;
    };
    return { ...setup, old: old!, renewed: renewed!, searched, changes, rerender };
  }
  afterEach(() => vi.useRealTimers());

  it('leaves a card whose term is still on the page as it is', async () => {
    const t = await openThenRerender(() => []);
    t.cards.follow();
    vi.advanceTimersByTime(5000);
    expect(t.cards.openTerm).toBe(t.old);
    expect(t.searched).toEqual([]);
    expect(t.rec.anchors).toHaveLength(1);
  });

  it('moves the card to the new occurrence, looked for where the term was last seen', async () => {
    const t = await openThenRerender((renewed) => [renewed]);
    t.rerender();
    t.cards.follow();
    expect(t.searched).toEqual([t.rec.view.anchorRect]);
    expect(t.cards.openTerm).toBe(t.renewed);
    expect(t.active.at(-1)).toBe(t.renewed);
    expect(t.rec.anchors.at(-1)!.startContainer).toBe(t.renewed.block.nodes[0]);
    // The same card, moved: not shown again, still open; the hover's timers are told.
    expect(t.rec.shown).toHaveLength(1);
    expect(t.rec.view.isOpen).toBe(true);
    expect(t.changes).toHaveBeenCalledTimes(1);
  });

  it('waits for the changed text to be read again, then follows', async () => {
    const t = await openThenRerender((renewed) => [undefined, renewed]);
    t.rerender();
    t.cards.follow();
    expect(t.cards.openTerm).toBe(t.old);
    vi.advanceTimersByTime(500);
    t.cards.follow();
    expect(t.cards.openTerm).toBe(t.renewed);
    vi.advanceTimersByTime(5000);
    expect(t.cards.openTerm).toBe(t.renewed);
    expect(t.rec.view.isOpen).toBe(true);
  });

  it('closes when no occurrence comes back', async () => {
    const t = await openThenRerender(() => []);
    t.rerender();
    t.cards.follow();
    t.cards.follow();
    vi.advanceTimersByTime(999);
    expect(t.cards.openTerm).toBe(t.old);
    vi.advanceTimersByTime(1);
    expect(t.cards.isOpen).toBe(false);
    expect(t.rec.view.isOpen).toBe(false);
    expect(t.active.at(-1)).toBeUndefined();
    // Searched at each commit, and once more before closing.
    expect(t.searched).toHaveLength(3);
  });

  it('closes a card whose term went before the card could show', async () => {
    const [term] = termsIn(['Astana']);
    let gone = false;
    const { cards, rec } = setUpController({ isLive: () => !gone, successor: () => undefined });
    cards.open(term!, false);
    gone = true;
    await vi.waitFor(() => expect(cards.isOpen).toBe(false));
    expect(rec.shown).toEqual([]);
  });
});

describe('hover intent', () => {
  let under: Term | undefined;
  let cards: CardPort;
  let rec: ReturnType<typeof recordingView>;
  let stop: () => void;
  const move = (target: EventTarget = document.body) => {
    const e = trusted(new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
    target.dispatchEvent(e);
    vi.advanceTimersToNextFrame();
  };

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    ({ cards, rec } = setUpController());
    under = undefined;
    stop = watchHoverIntent({ cards, termAt: () => under, intentMs: 150, graceMs: 300 });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('opens only after the pointer rests on a term for the intent delay', () => {
    const [a] = termsIn(['Astana']);
    under = a;
    move();
    vi.advanceTimersByTime(149);
    expect(cards.isOpen).toBe(false);
    vi.advanceTimersByTime(1);
    expect(cards.openTerm).toBe(a);
  });

  it('opens nothing for a term the pointer only passes over', () => {
    const [a, b] = termsIn(['Astana', 'Almaty']);
    under = a;
    move();
    vi.advanceTimersByTime(100);
    under = undefined;
    move();
    vi.advanceTimersByTime(1000);
    expect(cards.isOpen).toBe(false);
    under = b;
    move();
    vi.advanceTimersByTime(150);
    expect(cards.openTerm).toBe(b);
  });

  it('keeps the card through the grace period, and while the pointer is in it', async () => {
    const [a] = termsIn(['Astana']);
    under = a;
    move();
    vi.advanceTimersByTime(150);
    under = undefined;
    move(); // the grace timer starts at this frame
    vi.advanceTimersByTime(299);
    expect(cards.isOpen).toBe(true);
    vi.advanceTimersByTime(1);
    expect(cards.isOpen).toBe(false);
    under = a;
    move();
    vi.advanceTimersByTime(150);
    under = undefined;
    move();
    await vi.advanceTimersByTimeAsync(200); // and the view, loaded on first use, arrives
    document.body.append(rec.element);
    move(rec.element); // into the card: the grace timer is cancelled
    vi.advanceTimersByTime(1000);
    expect(cards.isOpen).toBe(true);
    move();
    vi.advanceTimersByTime(300);
    expect(cards.isOpen).toBe(false);
  });

  it("ignores the page's synthetic pointer events", () => {
    const [a] = termsIn(['Astana']);
    under = a;
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1000);
    expect(cards.isOpen).toBe(false);
  });

  it('neither closes nor opens another card while the card is pinned', () => {
    const [a, b] = termsIn(['Astana', 'Almaty']);
    let pinned = false;
    Object.defineProperty(rec.view, 'pinned', { get: () => pinned });
    under = a;
    move();
    vi.advanceTimersByTime(150);
    return Promise.resolve().then(async () => {
      await vi.advanceTimersByTimeAsync(0); // the view arrives
      pinned = true;
      under = b;
      move();
      vi.advanceTimersByTime(1000);
      expect(cards.openTerm).toBe(a);
      under = undefined;
      move();
      vi.advanceTimersByTime(1000);
      expect(cards.isOpen).toBe(true);
      pinned = false;
      move();
      vi.advanceTimersByTime(300);
      expect(cards.isOpen).toBe(false);
    });
  });

  it('stops listening once disposed', () => {
    const [a] = termsIn(['Astana']);
    stop();
    under = a;
    move();
    vi.advanceTimersByTime(1000);
    expect(cards.isOpen).toBe(false);
  });
});

describe('keyboard navigation', () => {
  const press = (
    key: string,
    mods: KeyboardEventInit = { altKey: true, shiftKey: true },
    target: EventTarget = document.body,
    isTrusted = true,
  ) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
    target.dispatchEvent(isTrusted ? trusted(e) : e);
    return e;
  };

  it('moves forward and back in document order and wraps around at both ends', () => {
    const terms = termsIn(['Astana', 'Almaty', 'Bishkek']);
    const { cards, rec } = setUpController();
    const revealed: Term[] = [];
    const stop = watchKeyboardNavigation({
      cards,
      terms: () => [terms[2]!, terms[0]!, terms[1]!], // found out of order
      reveal: (t) => void revealed.push(t),
    });
    const order: (Term | undefined)[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
      expect(press(key).defaultPrevented).toBe(true);
      order.push(cards.openTerm);
    }
    expect(order).toEqual([terms[0], terms[1], terms[2], terms[0], terms[2], terms[1]]);
    expect(revealed).toEqual(order);
    expect(rec.focused.every(Boolean)).toBe(true);
    press('Escape', {});
    expect(cards.isOpen).toBe(false);
    stop();
  });

  it('starts from the last term going back, and ignores other keys', () => {
    const terms = termsIn(['Astana', 'Almaty']);
    const { cards } = setUpController();
    const stop = watchKeyboardNavigation({ cards, terms: () => terms, reveal: () => {} });
    expect(press('ArrowRight', { altKey: true }).defaultPrevented).toBe(false);
    expect(press('ArrowRight', { shiftKey: true }).defaultPrevented).toBe(false);
    expect(cards.isOpen).toBe(false);
    press('ArrowLeft');
    expect(cards.openTerm).toBe(terms[1]);
    stop();
  });

  it("ignores the page's synthetic keys, and the reader's keys in a text field or an editor", () => {
    const terms = termsIn(['Astana', 'Almaty']);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<input id="i"><textarea id="t"></textarea><div contenteditable id="e"><b id="b">x</b></div>',
    );
    const { cards } = setUpController();
    const stop = watchKeyboardNavigation({ cards, terms: () => terms, reveal: () => {} });
    expect(press('ArrowRight', undefined, document.body, false).defaultPrevented).toBe(false);
    for (const id of ['i', 't', 'e', 'b']) {
      expect(press('ArrowRight', undefined, document.getElementById(id)!).defaultPrevented).toBe(false);
    }
    expect(cards.isOpen).toBe(false);
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    expect(cards.openTerm).toBe(terms[0]);
    stop();
  });

  it('skips terms whose text left the page, and finds nothing when none is left', () => {
    const terms = termsIn(['Astana', 'Almaty']);
    expect(neighbour(terms, undefined, 1)).toBe(terms[0]);
    document.querySelector('p')!.remove();
    expect(neighbour(terms, undefined, 1)).toBe(terms[1]);
    expect(neighbour(terms, terms[0], 1)).toBe(terms[1]);
    document.body.innerHTML = '';
    expect(neighbour(terms, undefined, -1)).toBeUndefined();
  });
});
