// @vitest-environment happy-dom
/** The card's three states, in each reader language, and its links: https only, never opener-linked. */
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Card } from '@/components/Card/Card.tsx';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';

const per = (s: string) => ({ en: `${s} (en)`, fr: `${s} (fr)`, de: `${s} (de)` });
const body: EntryBody = {
  id: 'astana',
  type: 'place',
  countries: ['kz'],
  title: { en: 'Astana', fr: 'Astana', de: 'Astana' },
  native: { kk: 'Астана', ru: 'Астана' },
  summary: per('Capital'),
  dates: [
    { date: '2019-03-23', label: per('Renamed') },
    { date: '1997-12-10', label: per('Capital') },
  ],
  related: [{ id: 'almaty', title: per('Almaty') }],
  sources: [
    { title: 'Good', url: 'https://example.org/a' },
    { title: 'Bad', url: 'javascript:alert(1)' },
  ],
};

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('Card', () => {
  it('shows the loading and error states as its title, with a close button', () => {
    render(<Card state={{ status: 'loading', id: 'astana' }} lang="fr" onClose={() => {}} />, root);
    expect(root.querySelector('h2')!.textContent).toBe(UI_STRINGS.fr.loading);
    expect(root.querySelector('button')!.getAttribute('aria-label')).toBe(UI_STRINGS.fr.close);
    render(<Card state={{ status: 'error', id: 'astana' }} lang="de" onClose={() => {}} />, root);
    expect(root.querySelector('h2')!.textContent).toBe(UI_STRINGS.de.unavailable);
  });

  it('shows the entry in the reader language: type, title, native names, summary, dates in order', () => {
    render(<Card state={{ status: 'ready', body }} lang="de" onClose={() => {}} />, root);
    expect(root.querySelector('.type')!.textContent).toBe(UI_STRINGS.de.types.place);
    expect(root.querySelector('h2')!.textContent).toBe('Astana · Астана');
    expect(root.querySelector('.summary')!.textContent).toBe('Capital (de)');
    expect([...root.querySelectorAll('.dates time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '1997-12-10',
      '2019-03-23',
    ]);
    expect(root.querySelector('.related')!.textContent).toContain('Almaty (de)');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')!.id);
  });

  it('says when the facts that change were true, in the reader language', () => {
    render(<Card state={{ status: 'ready', body: { ...body, asOf: '2025-06' } }} lang="fr" onClose={() => {}} />, root);
    expect(root.querySelector('.as-of')!.textContent).toBe('Données à jour en juin 2025');
    render(<Card state={{ status: 'ready', body }} lang="fr" onClose={() => {}} />, root);
    expect(root.querySelector('.as-of')).toBeNull();
  });

  it('links only https sources, in a new context without opener or referrer', () => {
    render(<Card state={{ status: 'ready', body }} lang="en" onClose={() => {}} />, root);
    const links = [...root.querySelectorAll('.sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a', null]);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('renders entry text as text, never as markup', () => {
    const hostile = { ...body, summary: per('<img src=x onerror=alert(1)>') };
    render(<Card state={{ status: 'ready', body: hostile }} lang="en" onClose={() => {}} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.summary')!.textContent).toContain('<img');
  });

  it('calls onClose from its close button', () => {
    let closed = 0;
    render(<Card state={{ status: 'loading', id: 'astana' }} lang="en" onClose={() => closed++} />, root);
    root.querySelector('button')!.click();
    expect(closed).toBe(1);
  });
});

describe('Card, connected (issue 14)', () => {
  it('shows related entries as plain text without onNavigate, and as links that navigate with it', () => {
    render(<Card state={{ status: 'ready', body }} lang="en" onClose={() => {}} />, root);
    expect(root.querySelector('[data-related]')).toBeNull();
    const opened: string[] = [];
    render(
      <Card state={{ status: 'ready', body }} lang="fr" onClose={() => {}} onNavigate={(id) => opened.push(id)} />,
      root,
    );
    const link = root.querySelector<HTMLButtonElement>('[data-related="almaty"]')!;
    expect(link.textContent).toBe('Almaty (fr)');
    link.click();
    expect(opened).toEqual(['almaty']);
  });

  it('has a back button only when onBack is given, and it calls it', () => {
    render(<Card state={{ status: 'ready', body }} lang="en" onClose={() => {}} />, root);
    expect(root.querySelector('.back')).toBeNull();
    let back = 0;
    render(<Card state={{ status: 'ready', body }} lang="de" onClose={() => {}} onBack={() => back++} />, root);
    expect(root.querySelector('.back')!.textContent).toContain(UI_STRINGS.de.back);
    root.querySelector<HTMLButtonElement>('.back')!.click();
    expect(back).toBe(1);
  });

  it('shows the pin as a toggle that says whether the card is pinned', () => {
    let pins = 0;
    render(
      <Card state={{ status: 'ready', body }} lang="en" onClose={() => {}} pinned={false} onPin={() => pins++} />,
      root,
    );
    const pin = root.querySelector<HTMLButtonElement>('.pin')!;
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    expect(pin.textContent).toContain(UI_STRINGS.en.pin);
    pin.click();
    expect(pins).toBe(1);
    render(<Card state={{ status: 'ready', body }} lang="en" onClose={() => {}} pinned onPin={() => pins++} />, root);
    expect(root.querySelector('.pin')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens the entry in the panel, once ready', () => {
    const opened: string[] = [];
    render(
      <Card
        state={{ status: 'loading', id: 'astana' }}
        lang="en"
        onClose={() => {}}
        onOpenInPanel={(id) => opened.push(id)}
      />,
      root,
    );
    expect(root.querySelector('.open-in-panel')).toBeNull();
    render(
      <Card state={{ status: 'ready', body }} lang="en" onClose={() => {}} onOpenInPanel={(id) => opened.push(id)} />,
      root,
    );
    root.querySelector<HTMLButtonElement>('.open-in-panel')!.click();
    expect(opened).toEqual(['astana']);
  });
});
