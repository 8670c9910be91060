// @vitest-environment happy-dom
/** Reading a page as blocks (geometry-free logic; highlighting itself is tested in real browsers). */
import { describe, expect, it } from 'vitest';
import { collectBlocks, nodeIndexAt } from '@/lib/page/text-blocks.ts';

function blocksOf(html: string, skip?: (el: Element) => boolean): string[] {
  document.body.innerHTML = html;
  return collectBlocks(document.body, skip ? { skip } : {})
    .map((b) => b.text)
    .filter((t) => t.trim());
}

describe('collectBlocks', () => {
  it('joins text across inline elements', () => {
    expect(blocksOf('<p>Nur-<em>Sul</em><b>tan</b> et <a href="#">Astana</a></p>')).toEqual(['Nur-Sultan et Astana']);
  });

  it('never joins across blocks, list items, cells or line breaks', () => {
    expect(
      blocksOf(
        '<h1>Nur</h1><p>Sultan</p><ul><li>A</li><li>B</li></ul><table><tr><td>C</td><td>D</td></tr></table><p>E<br>F</p>',
      ),
    ).toEqual(['Nur', 'Sultan', 'A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('splits text around a nested block', () => {
    expect(blocksOf('<div>Before<div>inside</div>after</div>')).toEqual(['Before', 'inside', 'after']);
  });

  it('skips scripts, styles, form fields, code, editable regions and the extension UI', () => {
    const html = `<p>Astana</p><script>Astana</script><style>.Astana{}</style><noscript>Astana</noscript>
      <textarea>Astana</textarea><select><option>Astana</option></select><pre>Astana</pre><code>Astana</code>
      <div contenteditable="true">Astana</div><div contenteditable="">Astana</div><steppe-lens-card>Astana</steppe-lens-card>`;
    expect(blocksOf(html, (el) => el.localName === 'steppe-lens-card')).toEqual(['Astana']);
  });

  it('reads open shadow roots as their own blocks and reports them', () => {
    document.body.innerHTML = '<p>Light</p><x-card></x-card>';
    const host = document.querySelector('x-card')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow <i>Astana</i></p>';
    const roots: ShadowRoot[] = [];
    const blocks = collectBlocks(document.body, { onShadowRoot: (r) => roots.push(r) });
    expect(blocks.map((b) => b.text).filter((t) => t.trim())).toEqual(['Light', 'Shadow Astana']);
    expect(roots).toEqual([host.shadowRoot]);
  });
});

describe('nodeIndexAt', () => {
  it('maps block offsets to text nodes: starts to the later node, ends to the earlier one', () => {
    document.body.innerHTML = '<p>Nur-<em>Sultan</em></p>';
    const [block] = collectBlocks(document.body);
    expect(block!.nodes.map((n) => n.data)).toEqual(['Nur-', 'Sultan']);
    expect(nodeIndexAt(block!, 4, true)).toBe(1);
    expect(nodeIndexAt(block!, 4, false)).toBe(0);
    expect(nodeIndexAt(block!, 0, true)).toBe(0);
    expect(nodeIndexAt(block!, 10, false)).toBe(1);
  });
});

describe('iterateBlocks under deep shadow trees', () => {
  it('reads a block under 1,000 nested shadow roots, and the hosts’ own children after each', () => {
    document.body.innerHTML = '<div id="outer"></div><p>After</p>';
    let host = document.getElementById('outer')!;
    const roots: ShadowRoot[] = [];
    for (let depth = 0; depth < 1000; depth++) {
      const root = host.attachShadow({ mode: 'open' });
      roots.push(root);
      const next = document.createElement('div');
      root.append(next);
      host = next;
    }
    host.append(Object.assign(document.createElement('p'), { textContent: 'At the bottom' }));
    document.getElementById('outer')!.append(Object.assign(document.createElement('p'), { textContent: 'Light' }));
    const met: ShadowRoot[] = [];
    const texts = collectBlocks(document.body, { onShadowRoot: (r) => met.push(r) }).map((b) => b.text);
    expect(texts).toEqual(['At the bottom', 'Light', 'After']);
    expect(met).toEqual(roots);
  });
});
