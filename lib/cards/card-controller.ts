/**
 * Opens and closes the card for a term: marks the term active, shows the card at once in its loading state, asks
 * for the entry, and shows it (or an error) if that term is still the one open when the answer comes. The view
 * (the Preact card in its shadow root, components/Card/) is created on first use and never at page load.
 */
import type { EntryBody } from '../glossary/entry-body.ts';
import type { Term } from '../page/term-index.ts';
import type { CardState } from './card-state.ts';

/** What the controller needs of the card on screen (components/Card/card-host.tsx). */
export interface CardView {
  show(state: CardState, anchor: AbstractRange, focus: boolean): void;
  /** Moves the open card to another range (its term re-rendered by the page), keeping what it shows. */
  moveTo(anchor: AbstractRange): void;
  update(state: CardState): void;
  hide(): void;
  readonly isOpen: boolean;
  /** Pinned by the reader: it stays open while the pointer goes elsewhere. */
  readonly pinned?: boolean;
  /** Is this event target the card (or inside it)? */
  owns(target: EventTarget | null): boolean;
  /** Where the open card's term was last seen, in viewport coordinates. */
  readonly anchorRect?: DOMRectReadOnly | undefined;
}

export interface CardControllerOptions {
  /** Loads and creates the view, the first time a card opens (its code is injected then). */
  readonly loadView: (close: () => void) => Promise<CardView>;
  /** The term's range on the page (created on demand, and painted). */
  readonly rangeOf: (term: Term) => AbstractRange;
  /** The entry id a term names. */
  readonly entryId: (term: Term) => string;
  readonly fetchEntry: (id: string) => Promise<EntryBody>;
  /** Marks one term as the active one (hovered or reached by keyboard), or none. */
  readonly setActive: (term: Term | undefined) => void;
  /** Is the term still on the page as it was read (its text neither changed nor left)? */
  readonly isLive?: (term: Term) => boolean;
  /** The term's new occurrence after the page re-rendered its text, looked for near where it was last seen. */
  readonly successor?: (term: Term, lastSeen: DOMRectReadOnly) => Term | undefined;
  /** How long an open card waits for its re-rendered term to be read again before it closes. */
  readonly followMs?: number;
}

/** Opening and closing, as the hover and keyboard modules see it. */
export interface CardPort {
  open(term: Term, viaKeyboard: boolean): void;
  close(): void;
  readonly openTerm: Term | undefined;
  readonly isOpen: boolean;
  /** The reader pinned the card: hovering elsewhere neither closes it nor opens another. */
  readonly isPinned: boolean;
  owns(target: EventTarget | null): boolean;
  /** Called after every open and close, whoever asked (the hover's timers listen). */
  onChange(listener: () => void): void;
  /**
   * Called when the page's changed text has been read again: if the open card's term went with it, the card moves
   * to the term's new occurrence, or closes when none comes.
   */
  follow(): void;
}

export function createCardController(options: CardControllerOptions): CardPort {
  const { loadView, rangeOf, entryId, fetchEntry, setActive, isLive = () => true, followMs = 1000 } = options;
  let view: CardView | undefined;
  let viewLoading: Promise<CardView | undefined> | undefined;
  let openTerm: Term | undefined;
  /** Set while the open card's term is gone and its new occurrence not yet read: closes the card when it rings. */
  let orphanTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners: (() => void)[] = [];
  const changed = () => {
    for (const listener of listeners) listener();
  };

  const close = () => {
    clearTimeout(orphanTimer);
    orphanTimer = undefined;
    openTerm = undefined;
    setActive(undefined);
    if (view?.isOpen) view.hide();
    changed();
  };

  const open = (term: Term, viaKeyboard: boolean) => {
    clearTimeout(orphanTimer);
    orphanTimer = undefined;
    openTerm = term;
    setActive(term);
    const id = entryId(term);
    changed();
    const entry = fetchEntry(id);
    entry.catch(() => undefined); // handled below, once the view is there; never an unhandled rejection
    viewLoading ??= loadView(close).then(
      (v) => (view = v),
      () => {
        // Not loaded (the extension was reloaded under the page, say): the next card asks again.
        viewLoading = undefined;
        return undefined;
      },
    );
    void viewLoading.then((v) => {
      // Another term may have been opened, or the card closed, while the view was on its way.
      if (openTerm !== term) return;
      // No card can show (the view could not load), or its text re-rendered meanwhile, before it had a place to be
      // followed from: the term is not left marked as the active one, and the reader can point at it again.
      if (!v || !isLive(term)) {
        close();
        return;
      }
      v.show({ status: 'loading', id }, rangeOf(term), viaKeyboard);
      // The entry in a task of its own: on the first card the entry is often there before the view, and the view's
      // first render (its code cold, its styles computed) and the entry's made one task of 40–60 ms
      // (tests/e2e/hostile).
      const later = (state: CardState) => setTimeout(() => show(term, state), 0);
      entry.then(
        (body) => later({ status: 'ready', body }),
        () => later({ status: 'error', id }),
      );
    });
  };

  /** An answer for a term no longer open is dropped. */
  const show = (term: Term, state: CardState) => {
    if (openTerm === term) view?.update(state);
  };

  /**
   * A page that re-renders (React replacing a text node with an equal one) takes the term from under an open card.
   * The reader, who saw nothing change, expects the card to stay with the text: it moves to the same entry's
   * occurrence where the term was. If none comes (the text really changed), it closes rather than describe a term
   * no longer there.
   */
  const follow = () => {
    const term = openTerm;
    if (!term || isLive(term) || moveToSuccessor(term)) return;
    // The changed text may not be read yet (the scanner reads once per frame, within its budget): wait a little.
    orphanTimer ??= setTimeout(() => {
      orphanTimer = undefined;
      if (openTerm === term && !moveToSuccessor(term)) close();
    }, followMs);
  };
  const moveToSuccessor = (term: Term): boolean => {
    const lastSeen = view?.anchorRect;
    const next = lastSeen && options.successor?.(term, lastSeen);
    if (!next) return false;
    clearTimeout(orphanTimer);
    orphanTimer = undefined;
    openTerm = next;
    setActive(next);
    view?.moveTo(rangeOf(next));
    changed();
    return true;
  };

  return {
    open,
    close,
    follow,
    get openTerm() {
      return openTerm;
    },
    get isOpen() {
      return openTerm !== undefined;
    },
    get isPinned() {
      return openTerm !== undefined && view?.pinned === true;
    },
    owns: (target) => view?.owns(target) ?? false,
    onChange: (listener) => void listeners.push(listener),
  };
}
