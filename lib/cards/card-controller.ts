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
  update(state: CardState): void;
  hide(): void;
  readonly isOpen: boolean;
  /** Pinned by the reader: it stays open while the pointer goes elsewhere. */
  readonly pinned?: boolean;
  /** Is this event target the card (or inside it)? */
  owns(target: EventTarget | null): boolean;
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
}

export function createCardController(options: CardControllerOptions): CardPort {
  const { loadView, rangeOf, entryId, fetchEntry, setActive } = options;
  let view: CardView | undefined;
  let viewLoading: Promise<CardView | undefined> | undefined;
  let openTerm: Term | undefined;
  const listeners: (() => void)[] = [];
  const changed = () => {
    for (const listener of listeners) listener();
  };

  const close = () => {
    openTerm = undefined;
    setActive(undefined);
    if (view?.isOpen) view.hide();
    changed();
  };

  const open = (term: Term, viaKeyboard: boolean) => {
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
      // No card can show: the term is not left marked as the active one.
      if (!v) {
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

  return {
    open,
    close,
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
