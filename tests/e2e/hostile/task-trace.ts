/**
 * What the extension costs a page's main thread, read from a DevTools trace (Chromium only). Wall-clock figures on
 * a shared 2-core machine are noise (a descheduled renderer makes any task long and any timer late), so each task
 * is judged by its CPU time (`tdur`, the thread's own clock), and the extension's share of it by the V8 sampling
 * profiler: a sample whose stack holds a `chrome-extension://` frame is ours (forced style and layout included,
 * since our frames are on the stack; the page's repaint of our highlights, in its own rendering task, is not).
 *  - longest task: the most CPU time of ours in one task;
 *  - hold-up: the page's heartbeat (probe.js, a 10 ms timer) is a task we can find; the CPU time of ours in the
 *    tasks that ran between two beats is how long we held the page's timer up. The card's own tasks (card.js on
 *    the stack: a card rendered and placed because the reader asked for it) are counted apart, and judged as
 *    tasks only: everything else is work the reader did not ask for.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      functionName?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string };
}

export interface TaskCost {
  /** The most CPU time (ms) of the extension's in one main-thread task. */
  readonly longestTaskMs: number;
  /** The most CPU time (ms) of the extension's in one task that rendered or placed the card. */
  readonly longestCardTaskMs: number;
  /** The most CPU time (ms) of the extension's between two beats of the page's heartbeat, card tasks aside. */
  readonly worstHoldUpMs: number;
  /** The extension's CPU time (ms) on the page's main thread, in all. */
  readonly totalMs: number;
  /** Beats of the heartbeat seen in the trace. */
  readonly beats: number;
}

const CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

/** Starts tracing the browser; the function returned stops it and gives the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  // The protocol types an event's fields as strings; the trace format's own are numbers and objects.
  const collect = (e: { value: unknown[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  } as never);
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

interface Task {
  ts: number;
  end: number;
  cpuUs: number;
  ours: number;
  sampled: number;
  /** The card's code was on the stack. */
  card: boolean;
}

/** The extension's cost on the thread that runs the page's heartbeat (`heartbeatUrl`: probe.js's URL suffix). */
export function costOf(events: TraceEvent[], heartbeatUrl: string): TaskCost {
  const isBeat = (e: TraceEvent) =>
    e.name === 'FunctionCall' &&
    e.args?.data?.functionName === 'heartbeat' &&
    !!e.args.data.url?.endsWith(heartbeatUrl);
  const beatEvents = events.filter(isBeat);
  const thread = mostCommon(beatEvents.map((e) => `${e.pid}:${e.tid}`));
  if (!thread) return { longestTaskMs: 0, longestCardTaskMs: 0, worstHoldUpMs: 0, totalMs: 0, beats: 0 };
  const onThread = (e: TraceEvent) => `${e.pid}:${e.tid}` === thread;

  const tasks = topLevel(
    events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && onThread(e))
      .map((e) => ({
        ts: e.ts,
        end: e.ts + (e.dur ?? 0),
        cpuUs: e.tdur ?? e.dur ?? 0,
        ours: 0,
        sampled: 0,
        card: false,
      })),
  );
  for (const sample of samplesOf(events, thread)) {
    const task = containing(tasks, sample.ts);
    if (!task || sample.idle) continue;
    task.sampled++;
    if (sample.ours) task.ours++;
    if (sample.card) task.card = true;
  }
  const oursMs = (t: Task) => (t.sampled === 0 ? 0 : (t.cpuUs / 1000) * (t.ours / t.sampled));

  const beatTasks = beatEvents
    .filter(onThread)
    .map((e) => containing(tasks, e.ts))
    .filter((t): t is Task => t !== undefined);
  let worstHoldUpMs = 0;
  for (let i = 1; i < beatTasks.length; i++) {
    const from = beatTasks[i - 1]!.end;
    const to = beatTasks[i]!.ts;
    let held = 0;
    for (const t of tasks) if (t.ts >= from && t.ts < to && !t.card) held += oursMs(t);
    worstHoldUpMs = Math.max(worstHoldUpMs, held);
  }
  return {
    longestTaskMs: tasks.reduce((most, t) => Math.max(most, oursMs(t)), 0),
    longestCardTaskMs: tasks.reduce((most, t) => Math.max(most, t.card ? oursMs(t) : 0), 0),
    worstHoldUpMs,
    totalMs: tasks.reduce((sum, t) => sum + oursMs(t), 0),
    beats: beatTasks.length,
  };
}

interface Sample {
  ts: number;
  idle: boolean;
  /** Our code (a chrome-extension:// frame) is on the stack. */
  ours: boolean;
  /** The card's code is on the stack. */
  card: boolean;
}

/** The V8 profiler's samples on one thread: when, idle or not, and whose code was on the stack. */
function* samplesOf(events: TraceEvent[], thread: string): Generator<Sample> {
  const profiles = events.filter((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === thread);
  for (const profile of profiles) {
    const nodes = new Map<number, ProfileNode>();
    /** Does a frame of the node's stack match? (Memoised per node: stacks share their roots.) */
    const onStack = (test: (url: string) => boolean) => {
      const known = new Map<number, boolean>();
      const check = (id: number): boolean => {
        const cached = known.get(id);
        if (cached !== undefined) return cached;
        const node = nodes.get(id);
        const result = !!node && (test(node.callFrame.url ?? '') || check(node.parent ?? -1));
        known.set(id, result);
        return result;
      };
      return check;
    };
    const isOurs = onStack((url) => url.startsWith('chrome-extension://'));
    const isCard = onStack((url) => url.startsWith('chrome-extension://') && url.endsWith('/card.js'));
    let ts = profile.args?.data?.startTime ?? profile.ts;
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id);
    for (const chunk of chunks) {
      const data = chunk.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        ts += deltas[i] ?? 0;
        const node = nodes.get(samples[i]!);
        yield {
          ts,
          idle: node?.callFrame.functionName === '(idle)',
          ours: isOurs(samples[i]!),
          card: isCard(samples[i]!),
        };
      }
    }
  }
}

/** Drops tasks nested in another (a nested run loop): the outer one holds their time. */
function topLevel(tasks: Task[]): Task[] {
  tasks.sort((a, b) => a.ts - b.ts);
  const out: Task[] = [];
  for (const t of tasks) if (out.length === 0 || t.ts >= out[out.length - 1]!.end) out.push(t);
  return out;
}

/** The task running at `ts` (binary search over tasks sorted by start). */
function containing(tasks: Task[], ts: number): Task | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tasks[mid]!;
    if (ts < t.ts) hi = mid - 1;
    else if (ts > t.end) lo = mid + 1;
    else return t;
  }
  return undefined;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
