/**
 * Starts the discovery worker on the reader's first question, never before (opening the panel loads no wink-nlp),
 * and lets it go after a while without questions, so a panel left open all day does not hold the model's memory.
 */
import type { DiscoveryReply, DiscoveryRequest } from '@/lib/discovery/worker-protocol.ts';

type Answer = Extract<DiscoveryReply, { ok: true }>;

/** A worker idle this long is ended; the next question starts a fresh one (a cold load again, ~0.3 s). */
const IDLE_MS = 120_000;

export function createDiscoveryClient(idleMs = IDLE_MS) {
  let worker: Worker | undefined;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();

  const stop = (error?: Error) => {
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) p.reject(error ?? new Error('stopped'));
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(new URL('./discovery-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<DiscoveryReply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) p?.resolve(reply);
      else p?.reject(new Error(reply.error));
    };
    // A script that fails to load or throws outside a request: every waiting question fails, the next starts anew.
    w.onerror = (event) => {
      event.preventDefault();
      stop(new Error(event.message || 'the discovery worker failed to start'));
    };
    return w;
  };

  return {
    find(blocks: readonly string[], ownJson: string | null): Promise<Answer> {
      clearTimeout(idleTimer);
      worker ??= start();
      const request: DiscoveryRequest = { id: nextId++, blocks, ownJson };
      const answer = new Promise<Answer>((resolve, reject) => pending.set(request.id, { resolve, reject }));
      worker.postMessage(request);
      return answer.finally(() => {
        if (pending.size === 0) idleTimer = setTimeout(() => stop(), idleMs);
      });
    },
  };
}
