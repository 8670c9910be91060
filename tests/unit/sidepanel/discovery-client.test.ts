/**
 * The panel's discovery client with a stand-in Worker: no worker until the first question, one worker for every
 * question after, answers matched to their questions, a failed worker failing what waits and replaced on the next
 * question, and a worker let go after a while without questions.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiscoveryReply, DiscoveryRequest } from '@/lib/discovery/worker-protocol.ts';
import { createDiscoveryClient } from '../../../entrypoints/sidepanel/discovery-client.ts';

class FakeWorker {
  static started: FakeWorker[] = [];
  readonly url: string;
  readonly received: DiscoveryRequest[] = [];
  terminated = false;
  onmessage: ((e: { data: DiscoveryReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  constructor(url: URL) {
    this.url = url.href;
    FakeWorker.started.push(this);
  }
  postMessage(request: DiscoveryRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, text = 'Saryagash') {
    this.onmessage?.({
      data: { id, ok: true, suggestions: [{ text, count: 1, score: 1, sentences: [] }], loadMs: null, readMs: 1 },
    });
  }
}

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('discovery client', () => {
  it('starts its worker on the first question only, and asks every later question of the same one', async () => {
    const client = createDiscoveryClient();
    expect(FakeWorker.started).toHaveLength(0);
    const first = client.find(['Saryagash est une ville.'], null);
    const second = client.find(['Nurlanbek Ospanuly.'], '{"own":1}');
    expect(FakeWorker.started).toHaveLength(1);
    const worker = FakeWorker.started[0]!;
    expect(worker.url).toMatch(/discovery-worker\.ts$/);
    expect(worker.received.map((r) => [r.id, r.blocks, r.ownJson])).toEqual([
      [1, ['Saryagash est une ville.'], null],
      [2, ['Nurlanbek Ospanuly.'], '{"own":1}'],
    ]);
    // Answers come back in any order; each goes to its question.
    worker.answer(2, 'Nurlanbek Ospanuly');
    worker.answer(1, 'Saryagash');
    expect((await first).suggestions[0]!.text).toBe('Saryagash');
    expect((await second).suggestions[0]!.text).toBe('Nurlanbek Ospanuly');
  });

  it('passes on the worker’s error, and after a crash starts a fresh worker', async () => {
    const client = createDiscoveryClient();
    const refused = client.find([], null);
    FakeWorker.started[0]!.onmessage?.({ data: { id: 1, ok: false, error: 'model failed' } });
    await expect(refused).rejects.toThrow('model failed');

    const crashed = client.find([], null);
    FakeWorker.started[0]!.onerror?.({ message: 'SyntaxError', preventDefault() {} });
    await expect(crashed).rejects.toThrow('SyntaxError');
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    void client.find([], null);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('lets the worker go after a while without questions, not while one waits', async () => {
    const client = createDiscoveryClient(1000);
    const asked = client.find([], null);
    const worker = FakeWorker.started[0]!;
    await vi.advanceTimersByTimeAsync(5000);
    expect(worker.terminated).toBe(false);
    worker.answer(1);
    await asked;
    await vi.advanceTimersByTimeAsync(999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker.terminated).toBe(true);
    void client.find([], null);
    expect(FakeWorker.started).toHaveLength(2);
  });
});
