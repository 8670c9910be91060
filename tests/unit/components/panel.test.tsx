// @vitest-environment happy-dom
/** The side panel's views in isolation, with a fake extension API: each state a reader can reach. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageCandidates, PanelApi } from '@/components/Panel/api.ts';
import { Panel } from '@/components/Panel/Panel.tsx';
import { PANEL_STRINGS } from '@/components/Panel/strings.ts';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { PageTerms } from '@/lib/messages/protocol.ts';
import type { SearchRow } from '@/lib/study/search.ts';
import { KEYS } from '@/lib/study/stored.ts';

const per = (s: string) => ({ en: s, fr: `${s} (fr)`, de: `${s} (de)` });
const body = (id: string, type: EntryBody['type'], related: string[] = []): EntryBody => ({
  id,
  type,
  countries: id === 'pact' ? ['fr', 'kz'] : ['kz'],
  title: per(id[0]!.toUpperCase() + id.slice(1)),
  summary: per(`About ${id}.`),
  dates: id === 'pact' ? [{ date: '2021-12-06', label: per('Signed') }] : [],
  related: related.map((r) => ({ id: r, title: per(r) })),
  sources: [{ title: 'Source', url: 'https://example.org/' }],
});
const bodies = { astana: body('astana', 'place', ['pact']), pact: body('pact', 'event', ['astana']) };
const index: SearchRow[] = [
  ['astana', 'place', ['kz'], ['astana', 'nour-soultan', 'астана']],
  ['pact', 'event', ['fr', 'kz'], ['pact']],
];
const context = 'Premier point. Le 6 décembre, Paris et Nur-Sultan ont signé un pacte. Fin.';
const at = (t: string) => ({ text: t, context, start: context.indexOf(t), end: context.indexOf(t) + t.length });
const page: PageTerms = {
  url: 'https://example.org/a',
  title: 'A',
  lang: 'fr',
  terms: [
    { id: 'astana', occurrences: [at('Nur-Sultan'), at('Nur-Sultan')] },
    { id: 'pact', occurrences: [at('pacte')] },
  ],
};

const sentence1 = 'La ville de Saryagash est au sud de Shymkent.';
const found: PageCandidates = {
  url: page.url,
  suggestions: [
    {
      text: 'Bakytzhan Tursunbekov',
      count: 1,
      score: 3.5,
      sentences: ['Le gouverneur, Bakytzhan Tursunbekov, a parlé.'],
    },
    { text: 'Saryagash', count: 3, score: 3.42, sentences: [sentence1, 'On vient à Saryagash pour ses eaux.'] },
  ],
  truncated: false,
  chars: 1234,
  loadMs: 312.4,
  readMs: 41.6,
};

function fakeApi(options: { page?: PageTerms; candidates?: () => Promise<PageCandidates> } = {}) {
  const data: Record<string, unknown> = {};
  const listeners: ((key: string) => void)[] = [];
  const revealed: [string, number][] = [];
  const asked = { candidates: 0 };
  const api: PanelApi = {
    lang: 'fr',
    loadGlossary: async () => ({ bodies, index }),
    pageTerms: async () => options.page ?? page,
    reveal: async (id, occurrence) => void revealed.push([id, occurrence]),
    findCandidates: () => {
      asked.candidates++;
      return options.candidates ? options.candidates() : Promise.resolve(found);
    },
    onPageChange: () => () => {},
    store: {
      get: async (k) => data[k],
      set: async (k, v) => {
        data[k] = v;
        for (const l of listeners) l(k);
      },
    },
    onStoreChange: (l) => {
      listeners.push(l);
      return () => {};
    },
    now: () => '2026-12-03T12:00:00.000Z',
  };
  return { api, data, revealed, asked };
}

/** Lets the fake API's promises resolve and Preact render and run its effects (a few rounds: load, then page). */
const settle = async () => {
  for (let i = 0; i < 4; i++) await act(async () => new Promise((r) => setTimeout(r, 20)));
};
const t = PANEL_STRINGS.fr;
let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});
const $ = <E extends Element = HTMLElement>(s: string) => root.querySelector<E & HTMLElement>(s);
const $$ = (s: string) => [...root.querySelectorAll<HTMLElement>(s)];

describe('Panel', () => {
  it('lists the page’s terms by type with counts and sentences; a sentence reveals its occurrence', async () => {
    const { api, revealed } = fakeApi();
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    expect($$('.type-group h3').map((h) => h.textContent)).toEqual(['Lieu (1)', 'Événement (1)']);
    expect($('.term[data-entry="astana"] .badge')!.textContent).toBe('2×');
    const sentence = $('.term[data-entry="astana"] .sentence')!;
    expect(sentence.textContent).toBe('Le 6 décembre, Paris et Nur-Sultan ont signé un pacte.');
    expect(sentence.getAttribute('lang')).toBe('fr');
    expect($('.term[data-entry="astana"] mark')!.textContent).toBe('Nur-Sultan');
    sentence.click();
    expect(revealed).toEqual([['astana', 0]]);
  });

  it('moves between views with the arrow keys, as tabs do', async () => {
    const { api } = fakeApi();
    render(<Panel api={api} />, root);
    await settle();
    const tablist = $('[role="tablist"]')!;
    await act(() => void tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect($('[aria-selected="true"]')!.textContent).toBe(t.views.glossary);
    await act(() => void tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect($('[aria-selected="true"]')!.textContent).toBe(t.views.own);
  });

  it('finds an entry by transliteration, opens it, follows a related link, and goes back', async () => {
    const { api } = fakeApi();
    render(<Panel api={api} initialView="glossary" />, root);
    await settle();
    const input = $<HTMLInputElement>('#glossary-search')! as HTMLInputElement;
    await act(() => {
      input.value = 'Nour Soultan';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($$('.result').map((r) => r.dataset.entry)).toEqual(['astana']);
    await act(() => $('.result')!.click());
    expect($('#entry-title')!.textContent).toBe('Astana (fr)');
    await act(() => $('[data-related="pact"]')!.click());
    expect($('#entry-title')!.textContent).toBe('Pact (fr)');
    await act(() => $('.history button')!.click());
    expect($('#entry-title')!.textContent).toBe('Astana (fr)');
    await act(() => $$('.history button')[1]!.click());
    expect($('#entry-title')!.textContent).toBe('Pact (fr)');
    await act(() => $('.history button')!.click());
    await act(() => $('.history button')!.click());
    expect($('#glossary-search')).not.toBeNull();
  });

  it('filters the glossary by country and by type', async () => {
    const { api } = fakeApi();
    render(<Panel api={api} initialView="glossary" />, root);
    await settle();
    const [country, type] = $$('.filters select') as HTMLSelectElement[];
    await act(() => {
      country!.value = 'fr';
      country!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($$('.result').map((r) => r.dataset.entry)).toEqual(['pact']);
    await act(() => {
      country!.value = '';
      country!.dispatchEvent(new Event('change', { bubbles: true }));
      type!.value = 'place';
      type!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($$('.result').map((r) => r.dataset.entry)).toEqual(['astana']);
  });

  it('filters the timeline by country and by type with the glossary’s controls', async () => {
    const { api } = fakeApi();
    render(<Panel api={api} initialView="timeline" />, root);
    await settle();
    const [country, type] = $$('.timeline-controls select') as HTMLSelectElement[];
    const label = (select: HTMLSelectElement) =>
      select.closest('label')?.querySelector('.visually-hidden')?.textContent;
    expect([label(country!), label(type!)]).toEqual([t.country, t.type]);
    expect($$('.event')).toHaveLength(1);
    await act(() => {
      type!.value = 'place';
      type!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($$('.event')).toHaveLength(0);
    await act(() => {
      type!.value = '';
      type!.dispatchEvent(new Event('change', { bubbles: true }));
      country!.value = 'kg';
      country!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($$('.event')).toHaveLength(0);
  });

  it('saves a note on an entry', async () => {
    const { api, data } = fakeApi();
    render(<Panel api={api} initialView="glossary" />, root);
    await settle();
    await act(() => $('.result[data-entry="pact"]')!.click());
    const textarea = $('#note-text') as HTMLTextAreaElement;
    await act(() => {
      textarea.value = 'Signed by Hidalgo.';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => $('.notes button')!.click());
    await settle();
    expect(data[KEYS.notes]).toEqual({ pact: { text: 'Signed by Hidalgo.', updated: '2026-12-03T12:00:00.000Z' } });
    expect($('.notes [role="status"]')!.textContent).toBe(t.noteSaved);
  });

  it('draws the France lens of the timeline and opens an event’s entry', async () => {
    const { api } = fakeApi();
    render(<Panel api={api} initialView="timeline" />, root);
    await settle();
    await act(() => $('.lens')!.click());
    expect($$('.event').map((e) => e.dataset.entry)).toEqual(['pact']);
    expect($$('svg circle.dot.fr')).toHaveLength(1);
    await act(() => $('.event')!.click());
    expect($('#entry-title')!.textContent).toBe('Pact (fr)');
  });

  it('moves between timeline events with the arrow keys and zooms with + and −', async () => {
    const { api } = fakeApi();
    const many = Object.fromEntries(
      [2001, 2005, 2009].map((y) => [
        `e${y}`,
        { ...body(`e${y}`, 'event'), dates: [{ date: String(y), label: per(`In ${y}`) }] },
      ]),
    );
    render(
      <Panel api={{ ...api, loadGlossary: async () => ({ bodies: many, index: [] }) }} initialView="timeline" />,
      root,
    );
    await settle();
    const events = $$('.event');
    expect(events.map((e) => e.dataset.entry)).toEqual(['e2001', 'e2005', 'e2009']);
    events[0]!.focus();
    await act(() => void events[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(document.activeElement).toBe(events[1]);
    const ticks = () => $$('.tick-label').map((t) => t.textContent);
    const before = ticks();
    await act(() => void events[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true })));
    await act(() => void events[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true })));
    expect(ticks().length).toBeGreaterThan(before.length);
  });

  it('adds, edits and removes an own entry, and asks before an import overwrites one', async () => {
    const { api, data } = fakeApi();
    render(<Panel api={api} initialView="own" />, root);
    await settle();
    const fill = async (fields: Record<string, string>) =>
      act(() => {
        for (const [name, value] of Object.entries(fields)) {
          const el = root.querySelector(`.entry-form [name="${name}"]`) as HTMLInputElement;
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
    await act(() => $('.own-view .row button')!.click());
    await fill({
      id: 'aral-town',
      'title-en': 'Aral',
      'title-fr': 'Aral',
      'title-de': 'Aral',
      'summary-en': 'A port.',
      'summary-fr': 'Un port.',
      'summary-de': 'Ein Hafen.',
      aliases: 'Aral town',
      related: 'astana',
      sources: 'S | https://example.org/aral',
    });
    // Every entry names its countries (the bundled schema requires it).
    await act(() => (root.querySelector('.entry-form [name="country-kz"]') as HTMLInputElement).click());
    await act(() => ($('.entry-form') as HTMLFormElement).requestSubmit());
    await settle();
    expect(Object.keys(data[KEYS.ownEntries] as object)).toEqual(['aral-town']);
    expect($$('.own-list li').map((li) => li.dataset.entry)).toEqual(['aral-town']);

    await act(() => $$('.own-list li button')[1]!.click());
    expect(($('.entry-form [name="title-en"]') as HTMLInputElement).value).toBe('Aral');
    await fill({ 'title-en': 'Aralsk' });
    await act(() => ($('.entry-form') as HTMLFormElement).requestSubmit());
    await settle();
    expect((data[KEYS.ownEntries] as Record<string, { title: { en: string } }>)['aral-town']!.title.en).toBe('Aralsk');

    const asked: string[] = [];
    window.confirm = (m?: string) => {
      asked.push(m ?? '');
      return false;
    };
    const file = new File([JSON.stringify(Object.values(data[KEYS.ownEntries] as object))], 'e.json');
    const input = $('input[name="import"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(asked).toEqual([t.overwrite('aral-town')]);

    window.confirm = () => true;
    await act(() => $$('.own-list li button')[2]!.click());
    await settle();
    expect(data[KEYS.ownEntries]).toEqual({});
    expect($$('.own-list li')).toHaveLength(0);
  });

  it('reports damaged stored notes, kept aside', async () => {
    const { api, data } = fakeApi();
    data[KEYS.notes] = { astana: { text: 1 } };
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    expect($('.warning')!.textContent).toBe(t.corrupt(1));
    expect((data[KEYS.quarantine] as unknown[]).length).toBe(1);
  });
});

describe('Not in the glossary', () => {
  it('is asked for, never computed on opening, and lists the names best first with counts and sentences', async () => {
    let release: (r: PageCandidates) => void = () => {};
    const { api, asked } = fakeApi({ candidates: () => new Promise((r) => (release = r)) });
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    expect($('.candidates h2')!.textContent).toBe(t.notInGlossary);
    expect($('.candidates .hint')!.textContent).toBe(t.candidatesIntro);
    expect(asked.candidates).toBe(0);
    expect($$('.candidate')).toHaveLength(0);

    await act(() => $('.find-candidates')!.click());
    expect(asked.candidates).toBe(1);
    expect($('.candidates-status')!.textContent).toBe(t.candidatesLoading);
    expect(($('.find-candidates') as HTMLButtonElement).disabled).toBe(true);

    await act(() => release(found));
    await settle();
    expect($('.candidates-status')!.textContent).toBe(t.candidatesFound(2));
    expect($$('.candidate').map((c) => [c.dataset.candidate, c.querySelector('.badge')!.textContent])).toEqual([
      ['Bakytzhan Tursunbekov', '1×'],
      ['Saryagash', '3×'],
    ]);
    const saryagash = $('.candidate[data-candidate="Saryagash"]')!;
    expect(saryagash.querySelector('details')!.open).toBe(false);
    expect([...saryagash.querySelectorAll('.candidate-sentences li')].map((li) => li.textContent)).toEqual([
      sentence1,
      'On vient à Saryagash pour ses eaux.',
    ]);
    expect(saryagash.querySelector('.candidate-sentences li')!.getAttribute('lang')).toBe('fr');
    // Marked apart from glossary terms, whose marks carry no class.
    expect(saryagash.querySelector('mark')!.className).toBe('unlisted');
    expect(saryagash.querySelector('mark')!.textContent).toBe('Saryagash');
    expect($('.candidates .cost')!.textContent).toBe(t.candidatesCost('1\u202f234', 42, 312));
    expect($('.find-candidates')!.textContent).toBe(t.findAgain);
  });

  it('shows the section on a page that names no glossary term', async () => {
    const { api } = fakeApi({ page: { ...page, terms: [] } });
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    expect($('.empty')!.textContent).toBe(t.noTerms);
    await act(() => $('.find-candidates')!.click());
    await settle();
    expect($$('.candidate')).toHaveLength(2);
  });

  it('says when the page could not be read, and lets the reader try again', async () => {
    let fail = true;
    const { api } = fakeApi({
      candidates: () => (fail ? Promise.reject(new Error('no answer to "pageText"')) : Promise.resolve(found)),
    });
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    await act(() => $('.find-candidates')!.click());
    await settle();
    expect($('.candidates [role="alert"]')!.textContent).toBe(`${t.candidatesFailed} no answer to "pageText"`);
    fail = false;
    await act(() => $('.find-candidates')!.click());
    await settle();
    expect($('.candidates [role="alert"]')).toBeNull();
    expect($$('.candidate')).toHaveLength(2);
  });

  it('says so when there is none, and when a long page was read only in part', async () => {
    const { api } = fakeApi({
      candidates: async () => ({ ...found, suggestions: [], truncated: true, chars: 200_000, loadMs: null }),
    });
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    await act(() => $('.find-candidates')!.click());
    await settle();
    expect($('.candidates-status')!.textContent).toBe(t.noCandidates);
    expect($('.candidate-list')).toBeNull();
    expect($('.candidates .cost')!.textContent).toBe(
      `${t.candidatesTruncated('200\u202f000')} ${t.candidatesCost('200\u202f000', 42, null)}`,
    );
  });

  it('shows nothing found on another page', async () => {
    const { api } = fakeApi({ candidates: async () => ({ ...found, url: 'https://example.org/other' }) });
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    await act(() => $('.find-candidates')!.click());
    await settle();
    expect($$('.candidate')).toHaveLength(0);
    expect($('.find-candidates')!.textContent).toBe(t.findCandidates);
  });

  it('“Add as my entry” opens the own-entry form prefilled, saves the sentence as a note, and reads the page again', async () => {
    const { api, data, asked } = fakeApi();
    render(<Panel api={api} />, root);
    await settle();
    await settle();
    await act(() => $('.find-candidates')!.click());
    await settle();
    const add = $('.candidate[data-candidate="Saryagash"] .add-entry')!;
    expect(add.textContent).toBe(`${t.addAsEntry}: Saryagash`);
    await act(() => add.click());
    await settle();
    expect($('[aria-selected="true"]')!.textContent).toBe(t.views.own);
    const value = (name: string) => (root.querySelector(`.entry-form [name="${name}"]`) as HTMLInputElement).value;
    expect(['id', 'title-en', 'title-fr', 'title-de', 'aliases', 'note'].map(value)).toEqual([
      'saryagash',
      'Saryagash',
      'Saryagash',
      'Saryagash',
      'Saryagash',
      sentence1,
    ]);
    expect(document.activeElement).toBe(root.querySelector('.entry-form [name="id"]'));

    await act(() => {
      for (const [name, v] of Object.entries({ 'summary-en': 'A spa town.', 'summary-fr': 'Une ville thermale.' })) {
        const el = root.querySelector(`.entry-form [name="${name}"]`) as HTMLTextAreaElement;
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const de = root.querySelector('.entry-form [name="summary-de"]') as HTMLTextAreaElement;
      de.value = 'Ein Kurort.';
      de.dispatchEvent(new Event('input', { bubbles: true }));
      const sources = root.querySelector('.entry-form [name="sources"]') as HTMLTextAreaElement;
      sources.value = 'S | https://example.org/saryagash';
      sources.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => (root.querySelector('.entry-form [name="country-kz"]') as HTMLInputElement).click());
    await act(() => ($('.entry-form') as HTMLFormElement).requestSubmit());
    await settle();
    expect(Object.keys(data[KEYS.ownEntries] as object)).toEqual(['saryagash']);
    expect(data[KEYS.notes]).toEqual({ saryagash: { text: sentence1, updated: '2026-12-03T12:00:00.000Z' } });
    // A name just made an entry is no longer "not in the glossary": the page is read again.
    expect(asked.candidates).toBe(2);
    // The draft was taken once: back on the view, the form is closed.
    await act(() => ($$('[role="tab"]')[0] as HTMLElement).click());
    await act(() => ($$('[role="tab"]')[3] as HTMLElement).click());
    expect($('.entry-form')).toBeNull();
  });
});
