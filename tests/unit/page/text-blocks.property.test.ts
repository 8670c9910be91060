// @vitest-environment happy-dom
/**
 * The block walk against its definition, on random pages: in document order, text joins the current block; a
 * block element (read or skipped) or a shadow host ends it where it starts and where it ends; a skipped subtree adds
 * nothing; a shadow root's blocks come where its host starts. Every block's offsets index its nodes' texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CollectOptions, collectBlocks, isBlock, isSkipped } from '@/lib/page/text-blocks.ts';

interface Tree {
  tag: string;
  editable: boolean;
  shadow: Tree[] | null;
  children: (Tree | string)[];
}

const TAGS = ['p', 'div', 'span', 'em', 'br', 'li', 'td', 'b', 'code', 'x-host', 'steppe-lens-card'];
const TEXTS = ['Nur', '-', 'Sultan', ' ', '\n  ', 'Astana', ''];

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    editable: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    shadow: fc.option(fc.array(tie('tree'), { maxLength: 2 }), { freq: 4 }),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
  node: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...TEXTS), tie('tree')),
})).tree;

function build(tree: Tree, parent: Node): void {
  const el = document.createElement(tree.tag);
  if (tree.editable) el.setAttribute('contenteditable', 'true');
  for (const child of tree.children) {
    if (typeof child === 'string') el.append(document.createTextNode(child));
    else build(child, el);
  }
  if (tree.shadow && tree.tag !== 'br') {
    const root = el.attachShadow({ mode: 'open' });
    for (const child of tree.shadow) build(child, root);
  }
  parent.appendChild(el);
}

const options: CollectOptions = { skip: (el) => el.localName === 'steppe-lens-card' };

/** The definition, as a recursion over children. */
function reference(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const end = () => {
    if (/\S/.test(current)) out.push(current);
    current = '';
  };
  const visit = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) {
        current += (c as Text).data;
        continue;
      }
      if (c.nodeType !== Node.ELEMENT_NODE) continue;
      const el = c as Element;
      const skipped = isSkipped(el, options);
      const shadow = skipped ? null : el.shadowRoot;
      if (isBlock(el) || shadow) end();
      if (shadow) out.push(...reference(shadow));
      if (!skipped) visit(el);
      if (isBlock(el)) end();
    }
  };
  visit(root);
  end();
  return out;
}

describe('collectBlocks properties', () => {
  it('finds the blocks the definition gives, with offsets that index their nodes', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 4 }), (trees) => {
        document.body.replaceChildren();
        for (const t of trees) build(t, document.body);
        const blocks = collectBlocks(document.body, options);
        expect(blocks.map((b) => b.text)).toEqual(reference(document.body));
        for (const b of blocks) {
          expect(b.nodes.map((n) => n.data).join('')).toBe(b.text);
          let offset = 0;
          const starts = b.nodes.map((n) => {
            const start = offset;
            offset += n.data.length;
            return start;
          });
          expect(b.starts).toEqual(starts);
        }
      }),
      { numRuns: 300 },
    );
  });
});
