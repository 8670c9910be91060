/**
 * Reading a page as blocks of text: one TreeWalker pass, text nodes joined within a block (so terms split across
 * inline elements, `Nur-<em>Sultan</em>`, are found) and never across blocks (`<h1>A</h1><p>B</p>` is not "AB").
 * Block-ness is read from tag names, not computed styles: getComputedStyle per node would cost more than matching.
 */

/** The text of one block, with each text node's offset inside it. */
export interface TextBlock {
  readonly nodes: readonly Text[];
  /** `starts[i]`: offset of `nodes[i]` in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

const BLOCK_TAGS = new Set(
  `address article aside blockquote body br caption center dd details dialog dir div dl dt fieldset figcaption figure
  footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p section summary table tbody td
  tfoot th thead tr ul option optgroup text foreignobject title desc`.split(/\s+/),
);

/** Subtrees never read: code, forms, editable regions, non-rendered content. */
const SKIP_TAGS = new Set(
  'script style noscript template textarea input select button pre code kbd samp var iframe object embed svg:style'.split(
    ' ',
  ),
);

const HAS_TEXT = /\S/;

export interface CollectOptions {
  /**
   * Read `<pre>` too: in a text/plain document the browser puts the whole text in one `<pre>`, which elsewhere is
   * code or preformatted output and skipped.
   */
  readonly readPre?: boolean;
  /** Elements whose subtree is skipped (the extension's own UI). */
  readonly skip?: (element: Element) => boolean;
  /** Called for each open shadow root met on the way, so it is read too (and styled). */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

export function isSkipped(el: Element, options: CollectOptions): boolean {
  if (SKIP_TAGS.has(el.localName) && !(options.readPre && el.localName === 'pre')) return true;
  // The attribute, not `isContentEditable`: that one reads computed style, and after highlights change the style
  // it forces a style recalculation of the whole page on every call (docs/browser-notes.md).
  // Descendants of an editable element are skipped with it, since the walker rejects its whole subtree.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return options.skip?.(el) ?? false;
}

/** Can this element's text be read: neither it nor an ancestor is skipped (an editor, code, the extension UI)? */
function isReadable(el: Element, options: CollectOptions = {}): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e, options)) return false;
  return true;
}

/** Collects the blocks of text under `root`, including those inside open shadow roots. */
export function collectBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  return [...iterateBlocks(root, options)];
}

/** Text nodes gathered for one block, and their offsets in its text. */
class BlockBuilder {
  nodes: Text[] = [];
  starts: number[] = [];
  text = '';

  add(node: Text, data: string): void {
    this.nodes.push(node);
    this.starts.push(this.text.length);
    this.text += data;
  }

  /** The block gathered so far (none if it is only white space between blocks), and a fresh start. */
  take(): TextBlock | undefined {
    const { nodes, starts, text } = this;
    if (nodes.length === 0) return undefined;
    this.nodes = [];
    this.starts = [];
    this.text = '';
    return HAS_TEXT.test(text) ? { nodes, starts, text } : undefined;
  }
}

/**
 * The same blocks, one at a time, so a caller can stop between two blocks when its time slice is spent and
 * resume later: reading a 5 MB page in one go would block the page's main thread.
 *
 * A walk by `firstChild` / `nextSibling`, not a TreeWalker with a filter: the filter is a call from the browser
 * into script for every node, and finding each text node's block by walking up its ancestors repeated work the walk
 * down already does. A block ends where a block element (or a shadow host) starts or ends. A shadow root is walked
 * where its host starts, then the host's own children: by a stack of the trees entered, not by recursion, since
 * under 1,000 nested shadow roots each block passed up through 1,000 generators (a 21 ms step: tests/e2e/hostile).
 */
export function* iterateBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock> {
  if (root.nodeType === Node.ELEMENT_NODE && !isReadable(root as Element, options)) return;
  const builder = new BlockBuilder();
  /** The trees entered (shadow roots), each with the tree and host to go back to when it is done. */
  const entered: { tree: Node; host: Element }[] = [];
  let tree: Node = root;
  let node: Node | null = root.firstChild;
  /** The node is a host whose shadow root was just walked: its own children come next. */
  let back = false;
  for (;;) {
    if (!node) {
      // A tree is done: its last block ends, and the walk goes back to its host (or ends with the root).
      const block = builder.take();
      if (block) yield block;
      const up = entered.pop();
      if (!up) return;
      ({ tree, host: node } = up);
      back = true;
    }
    let descend = back;
    if (back) back = false;
    else if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) builder.add(node as Text, data);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      descend = !isSkipped(el, options);
      const shadow = descend ? el.shadowRoot : null;
      // A block element ends the block before it even when its own text is skipped (an editor, the extension UI).
      if (shadow || isBlock(el)) {
        const block = builder.take();
        if (block) yield block;
      }
      if (shadow) {
        options.onShadowRoot?.(shadow);
        entered.push({ tree, host: el });
        tree = shadow;
        node = shadow.firstChild;
        continue;
      }
    }
    // Next in document order: the first child, else the next sibling of the nearest node on the way up that has one.
    const child = descend ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    let up: Node | null = node;
    node = null;
    while (up && up !== tree) {
      if (up.nodeType === Node.ELEMENT_NODE && isBlock(up as Element)) {
        const block = builder.take();
        if (block) yield block;
      }
      if (up.nextSibling) {
        node = up.nextSibling;
        break;
      }
      up = up.parentNode;
    }
  }
}

function blockAncestor(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (isBlock(el)) return el;
  return null;
}

/** The nearest block element holding a node (the element itself if it is a block), for re-reading after a change. */
export function blockOf(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element)) return node as Element;
  return blockAncestor(node);
}

/**
 * The index of the text node holding an offset of a block's text. An offset on a node boundary belongs to the later
 * node as a start (`preferNext`) and to the earlier one as an end.
 */
export function nodeIndexAt(block: TextBlock, offset: number, preferNext: boolean): number {
  const { starts } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (!preferNext && lo > 0 && starts[lo] === offset) lo--;
  return lo;
}
