/**
 * What the panel needs from the extension, passed in by entrypoints/sidepanel (components never touch `browser`):
 * the glossary, the active tab's terms, storage, and change signals. Unit tests pass a fake.
 */
import type { Suggestion } from '@/lib/discovery/suggest.ts';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import type { PageTerms } from '@/lib/messages/protocol.ts';
import type { SearchRow } from '@/lib/study/search.ts';
import type { KeyValueStore } from '@/lib/study/stored.ts';

export interface PanelApi {
  readonly lang: ReaderLang;
  loadGlossary(): Promise<{ bodies: Record<string, EntryBody>; index: SearchRow[] }>;
  /** The active tab's terms; null when there is no page with our content script (a new tab, a browser page). */
  pageTerms(): Promise<PageTerms | null>;
  reveal(id: string, occurrence: number): Promise<void>;
  /**
   * The names on the active tab's page that the glossary (and the reader's own entries) lacks and that look Central
   * Asian, best first: wink-nlp in a worker, started on the first call. Rejects when there is no page to read.
   */
  findCandidates(): Promise<PageCandidates>;
  /** Calls back when the active tab changes or its page does; returns the unsubscribe. */
  onPageChange(callback: () => void): () => void;
  readonly store: KeyValueStore;
  onStoreChange(callback: (key: string) => void): () => void;
  now(): string;
}

/** What discovery found on a page, and what it cost. */
export interface PageCandidates {
  readonly url: string;
  readonly suggestions: readonly Suggestion[];
  /** The page had more text than the content script sends (lib/page/page-text.ts): its beginning was read. */
  readonly truncated: boolean;
  /** Characters read. */
  readonly chars: number;
  /** The worker's cold load (wink-nlp, its model, the data), on its first reading; null when it was loaded. */
  readonly loadMs: number | null;
  /** Reading this page, in the worker. */
  readonly readMs: number;
}

/** Saves text as a file through a Blob URL and `<a download>`: no `downloads` permission. */
export function download(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: Firefox reads the URL after the click's task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a page title: letters, digits and dashes. */
export function fileName(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'steppe-lens'}.${ext}`;
}
