// @vitest-environment happy-dom
/** The page's text for the side panel's names not in the glossary: the scanner's blocks, bounded. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_LIMIT, readPageText } from '@/lib/page/page-text.ts';
import { collectBlocks } from '@/lib/page/text-blocks.ts';

const skip = (el: Element) => el.localName === 'steppe-lens-card';

describe('readPageText', () => {
  it('reads the blocks the scanner reads, and nothing it skips', () => {
    document.title = 'Chymkent';
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<h1>Chymkent</h1><p>La ville de <em>Chym</em>kent, près du <a href="#">Badam</a>.</p>
      <script>Secret</script><textarea>Draft</textarea><div contenteditable="true">Editor</div>
      <steppe-lens-card>Card</steppe-lens-card><ul><li>Sairam</li></ul>`;
    const host = document.body.appendChild(document.createElement('x-box'));
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Ordabasy</p>';
    const text = readPageText(document, { skip });
    expect(text.blocks.map((b) => b.trim()).filter(Boolean)).toEqual([
      'Chymkent',
      'La ville de Chymkent, près du Badam.',
      'Sairam',
      'Ordabasy',
    ]);
    expect(text).toMatchObject({ title: 'Chymkent', lang: 'fr', truncated: false });
    expect(text.url).toBe(location.href);
  });

  it('stops at the bound, cutting the block that crosses it', () => {
    document.body.innerHTML = '<p>aaaa</p><p>bbbb</p><p>cccc</p>';
    expect(readPageText(document, {}, 12)).toMatchObject({ blocks: ['aaaa', 'bbbb', 'cccc'], truncated: false });
    expect(readPageText(document, {}, 8)).toMatchObject({ blocks: ['aaaa', 'bbbb'], truncated: true });
    expect(readPageText(document, {}, 10)).toMatchObject({ blocks: ['aaaa', 'bbbb', 'cc'], truncated: true });
    expect(readPageText(document, {}, 4)).toMatchObject({ blocks: ['aaaa'], truncated: true });
  });

  it('sends at most the bound, and the page’s text from its start', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s) && !/[<&]/.test(s)),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 200 }),
        (paragraphs, limit) => {
          document.body.replaceChildren(
            ...paragraphs.map((p) => Object.assign(document.createElement('p'), { textContent: p })),
          );
          const all = collectBlocks(document.body).map((b) => b.text);
          const { blocks, truncated } = readPageText(document, {}, limit);
          const sent = blocks.join('');
          expect(sent.length).toBeLessThanOrEqual(limit);
          expect(all.join('').startsWith(sent)).toBe(true);
          expect(truncated).toBe(all.join('').length > limit);
        },
      ),
    );
  });

  it('has a bound that holds a long article', () => {
    expect(PAGE_TEXT_LIMIT).toBeGreaterThanOrEqual(100_000);
  });

  it('answers on a document without a body', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.removeChild(doc.body);
    expect(readPageText(doc, {})).toMatchObject({ blocks: [], truncated: false });
  });
});
