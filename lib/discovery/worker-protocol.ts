/**
 * Between the side panel and its discovery worker (entrypoints/sidepanel/discovery-worker.ts): one request per
 * reading of a page, answered once. Both ends are this extension's own code, in its own origin.
 */
import type { Suggestion } from './suggest.ts';

export interface DiscoveryRequest {
  readonly id: number;
  /** The page's blocks of text (lib/page/page-text.ts). */
  readonly blocks: readonly string[];
  /** The reader's own entries as matcher data (JSON text), or null: what they name is not "unlisted" either. */
  readonly ownJson: string | null;
}

export type DiscoveryReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly suggestions: readonly Suggestion[];
      /**
       * On the worker's first reading only: milliseconds from the worker's start to wink-nlp, its model and the
       * shipped data being ready (script fetched and parsed, `winkNLP(model)`, files read). Null once warm.
       */
      readonly loadMs: number | null;
      /** Milliseconds reading this page (sentences, candidates, scores). */
      readonly readMs: number;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };
