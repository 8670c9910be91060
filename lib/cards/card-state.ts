/** What a card shows: an entry on its way, the entry, or the news that it could not be had. */
import type { EntryBody } from '../glossary/entry-body.ts';

export type CardState =
  | { readonly status: 'loading'; readonly id: string }
  | { readonly status: 'ready'; readonly body: EntryBody }
  | { readonly status: 'error'; readonly id: string };
