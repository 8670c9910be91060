/**
 * The state of "Not in the glossary", held by the panel so that it outlives a visit to another view (a reader adds
 * names as entries one after another): asked for by the reader, for the page it was asked on, read again when the
 * reader's own entries change (a name just added is no longer "not in the glossary").
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageCandidates, PanelApi } from './api.ts';

type CandidatesState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'done'; readonly url: string; readonly result: PageCandidates }
  | { readonly status: 'failed'; readonly url: string; readonly error: string };

export interface Candidates {
  readonly state: CandidatesState;
  /** Reads the active tab's page (whose URL the panel shows as `url`). */
  find(url: string): void;
}

export function useCandidates(api: PanelApi, own: unknown): Candidates {
  const [state, setState] = useState<CandidatesState>({ status: 'idle' });
  const latest = useRef(state);
  latest.current = state;
  const asked = useRef(0);
  const find = useCallback(
    (url: string) => {
      // Only the last question's answer counts: an older one may arrive later.
      const n = ++asked.current;
      setState({ status: 'loading', url });
      api.findCandidates().then(
        (result) => n === asked.current && setState({ status: 'done', url: result.url, result }),
        (e: unknown) =>
          n === asked.current && setState({ status: 'failed', url, error: e instanceof Error ? e.message : String(e) }),
      );
    },
    [api],
  );
  const ownKey = useMemo(() => JSON.stringify(own), [own]);
  const seenOwn = useRef(ownKey);
  useEffect(() => {
    if (seenOwn.current === ownKey) return;
    seenOwn.current = ownKey;
    const s = latest.current;
    if (s.status === 'done') find(s.url);
  }, [ownKey, find]);
  return { state, find };
}
