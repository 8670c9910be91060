/**
 * Functions run inside the page's main world (serialised by the driver: each must be self-contained, which is why
 * a few lines, such as turning an AbstractRange into a live Range, repeat from one function to the next).
 * The page can read `CSS.highlights` that the content script registered.
 */

export interface Box {
  x: number;
  y: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Highlighted texts in document order, with whitespace runs collapsed. */
export function highlightedTexts(name: string): string[] {
  const h = CSS.highlights.get(name);
  if (!h) return [];
  const ranges = [...h] as AbstractRange[];
  const live = ranges.map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  // Ranges in different trees (a shadow root, the page) cannot be compared: keep their registration order.
  live.sort((a, b) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    } catch {
      return 0;
    }
  });
  return live.map((r) => r.toString().replace(/\s+/g, ' '));
}

/** The box of the nth highlighted range whose text is `text`. */
export function termBox(arg: { name: string; text: string; nth: number }): Box | null {
  const h = CSS.highlights.get(arg.name);
  if (!h) return null;
  const matches = ([...h] as AbstractRange[])
    .map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    })
    .filter((r) => r.toString().replace(/\s+/g, ' ') === arg.text)
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = matches[arg.nth];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0]!;
  return {
    x: rect.left + rect.width / 2,
    y: rect.top + rect.height / 2,
    left: rect.left,
    top: rect.top,
    right: rect.right,
    bottom: rect.bottom,
  };
}

export interface CardInfo {
  text: string;
  role: string | null;
  labelledBy: string | null;
  labelText: string | null;
  box: Box;
  viewport: { width: number; height: number };
  background: string;
  focused: boolean;
}

/** What the open card shows (null when no card is open). */
export function cardInfo(): CardInfo | null {
  const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('.card'));
  const card = host?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null | undefined;
  if (!host || !card) return null;
  const labelledBy = card.getAttribute('aria-labelledby');
  const label = labelledBy ? host.shadowRoot!.getElementById(labelledBy) : null;
  const r = card.getBoundingClientRect();
  return {
    text: card.textContent ?? '',
    role: card.getAttribute('role'),
    labelledBy,
    labelText: label?.textContent ?? null,
    box: {
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
    },
    viewport: { width: innerWidth, height: innerHeight },
    background: getComputedStyle(card).backgroundColor,
    focused: host.shadowRoot!.activeElement === card,
  };
}

/** Did the extension add anything to the page's DOM other than its card host? */
export function foreignNodes(): string[] {
  const all = document.querySelectorAll('*');
  const found: string[] = [];
  for (const el of all) {
    if (el.shadowRoot?.querySelector('.card')) continue; // the card's host
    for (const attr of el.getAttributeNames()) if (attr.includes('steppe')) found.push(`${el.localName}[${attr}]`);
    if (el.localName.includes('steppe') || el.localName === 'mark') found.push(el.localName);
  }
  return found;
}

export interface Expectation {
  where: string;
  expected: string[];
  actual: string[];
}

/**
 * Compares what each `[data-expect]` element of the page (and of its open shadow roots and same-origin frames)
 * declares with what is highlighted inside it.
 */
export function pageExpectations(name: string): Expectation[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const results: Expectation[] = [];
  const visit = (root: Document | ShadowRoot, doc: Document, where: string) => {
    const highlight = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS.highlights.get(name);
    const ranges = highlight ? ([...highlight] as AbstractRange[]) : [];
    for (const el of root.querySelectorAll('[data-expect]')) {
      const inside = ranges
        .filter((r) => el.contains(r.startContainer))
        .map((r) => {
          const live = doc.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        })
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const expected = (el.getAttribute('data-expect') ?? '').split('|').filter(Boolean).map(norm);
      const label = `${where} <${el.localName}${el.id ? `#${el.id}` : ''}> "${norm(el.textContent ?? '').slice(0, 40)}"`;
      results.push({ where: label, expected, actual: inside.map((r) => norm(r.toString())) });
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) visit(el.shadowRoot, doc, `${where} shadow(${el.localName})`);
      if (el.localName === 'iframe') {
        const frameDoc = (el as HTMLIFrameElement).contentDocument;
        if (frameDoc) visit(frameDoc, frameDoc, `${where} iframe`);
      }
    }
  };
  visit(document, document, 'page');
  return results;
}

/** Does each open shadow root of the page carry the ::highlight() rules? */
export function shadowRootsStyled(): boolean[] {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.shadowRoot)
    .map((el) =>
      [...el.shadowRoot!.adoptedStyleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(steppe-lens)')),
      ),
    );
}

/** How many highlighted terms lie in text nodes whose text includes `needle`. */
export function termsInTextWith(needle: string): number {
  const h = CSS.highlights.get('steppe-lens');
  return h ? [...h].filter((r) => (r as AbstractRange).startContainer.textContent?.includes(needle)).length : 0;
}
