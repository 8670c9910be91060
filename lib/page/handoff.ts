/**
 * How the every-page script and the scripts injected later into the same isolated world find each other: the
 * engine (matcher, highlighter, cards), injected on a page that may name a term, and the card (Preact, Floating UI),
 * injected on the first card. Each registers its entry function on the isolated world's global, which the page
 * cannot see; the every-page script takes it after the background says the injection is done.
 */
import type { CardView } from '../cards/card-controller.ts';
import type { ReaderLang } from '../glossary/vocabulary.ts';
import type { MatcherHead } from '../match/types.ts';
import type { PageTerms } from '../messages/protocol.ts';
import type { PageSettings } from '../settings/page-settings.ts';
import type { BlockEngine } from './page-scanner.ts';

export interface EngineStart {
  readonly head: MatcherHead;
  /** The open shadow roots the scanner met (and meets later: the same array). */
  readonly shadowRoots: ShadowRoot[];
  /** The reader's settings for this page (entry types, style, card language, hover delay). */
  readonly settings: PageSettings;
  /** The reader's own entries as matcher data (JSON text), or null when there are none. */
  readonly ownJson: string | null;
  /**
   * False once the extension was reloaded, updated or removed under the page. Asking is what lets the every-page
   * script notice and dispose of the engine (WXT's context checks the extension API when asked).
   */
  readonly alive: () => boolean;
}

export interface Engine extends BlockEngine {
  /** Gives an open shadow root the highlight rules (styles do not cross a shadow boundary). */
  adoptShadowRoot(root: ShadowRoot): void;
  /** Applies new settings that need no new scan: style, card language, hover delay (an open card reopens). */
  configure(settings: PageSettings): void;
  /** The page's terms, for the popup and the side panel. */
  pageTerms(): PageTerms;
  /** Scrolls to the n-th occurrence of an entry and opens its card; false if there is none. */
  revealTerm(id: string, occurrence: number): boolean;
  /** Opens the next or previous term's card (the keyboard commands); false if the page has none. */
  navigate(direction: 1 | -1): boolean;
  /** How many distinct entries the page names (the toolbar badge). */
  distinctEntries(): number;
  /** Removes every highlight, closes the card, stops listening. */
  dispose(): void;
}

export type StartEngine = (start: EngineStart) => Engine;
export type CreateCardView = (
  lang: ReaderLang,
  onClose: () => void,
  actions?: {
    fetchEntry(id: string): Promise<import('../glossary/entry-body.ts').EntryBody>;
    openInPanel(id: string): void;
  },
) => CardView;

const ENGINE = '__steppeLensEngine';
const CARD = '__steppeLensCard';
const HOSTS = '__steppeLensHosts';
const RETIRE = '__steppeLensRetire';
type Slots = {
  [ENGINE]?: StartEngine;
  [CARD]?: CreateCardView;
  [HOSTS]?: WeakSet<Element>;
  [RETIRE]?: () => void;
};
const slots = globalThis as unknown as Slots;

/** The attribute on the card's root inside its shadow root (not on the page's DOM). */
const CARD_ROOT_MARK = 'data-steppe-lens-card';

/**
 * The card's host is a plain `div` (a page cannot define a custom element under it and break it), told apart from
 * the page's own by this registry, shared by the card script and the every-page script that must skip it. Its root
 * inside the shadow root is marked too, so that a later copy of the script can find a card that an earlier copy,
 * discarded by the browser, left behind (./leftovers.ts).
 */
export function markCardHost(element: Element, root: Element): void {
  slots[HOSTS] ??= new WeakSet();
  slots[HOSTS].add(element);
  root.setAttribute(CARD_ROOT_MARK, '');
}

export function isCardHost(element: Element): boolean {
  return slots[HOSTS]?.has(element) ?? false;
}

/** Is this a card host, of this copy of the script or of an earlier one? */
export function isMarkedCardHost(element: Element): boolean {
  for (const child of element.shadowRoot?.children ?? []) if (child.hasAttribute(CARD_ROOT_MARK)) return true;
  return false;
}

/**
 * A newer copy of the every-page script takes over from the one before it in this world (in Chrome, an extension
 * updated or reloaded leaves the old copy running in the open tabs' isolated worlds, cut off from the extension):
 * the old copy ends (its highlights, card and listeners go), and `retire` is left for the next copy. The page cannot
 * reach this world, so unlike WXT's start-up event it can neither call nor forge this.
 */
export function succeed(retire: () => void): void {
  const previous = slots[RETIRE];
  slots[RETIRE] = retire;
  previous?.();
}

export function registerEngine(start: StartEngine): void {
  slots[ENGINE] = start;
}

export function registerCardView(create: CreateCardView): void {
  slots[CARD] = create;
}

/** The injected engine's entry function (throws if the injection did not happen). */
export function takeEngine(): StartEngine {
  const start = slots[ENGINE];
  if (!start) throw new Error('the engine script is not there');
  return start;
}

export function takeCardView(): CreateCardView {
  const create = slots[CARD];
  if (!create) throw new Error('the card script is not there');
  return create;
}
