/**
 * Scans a page and keeps its highlights true as the page changes. This is the part of the every-page script that
 * runs on every page, so it stays small: it walks the text and asks the prefilter whether a block may name a term.
 * Only a page where one may does it load the engine that matches and paints (`BlockEngine`: the matcher, the
 * highlighter, the cards), once; most pages never do.
 *  - First the blocks on screen (after the page's next paint, so their boxes are read from a clean layout; none if
 *    no frame comes soon), then the whole page in time slices at background priority, behind the page's own tasks.
 *  - Then a MutationObserver re-reads only the blocks that changed, batched once per frame, drops the terms of
 *    removed text, and keeps within a CPU budget on pages that rewrite themselves constantly.
 */
import { blocksOnScreen } from './on-screen.ts';
import { blockOf, type CollectOptions, iterateBlocks, type TextBlock } from './text-blocks.ts';
import {
  afterLoadAndIdle,
  afterNextPaint,
  Budget,
  runInSlices,
  type YieldFn,
  yieldToBackground,
  yieldToPage,
} from './time-slices.ts';

/** What a page that may name a term loads, once: it matches blocks and paints their terms. */
export interface BlockEngine {
  matchBlock(block: TextBlock): void;
  /** Forgets a text node that changed or left the page. */
  forget(node: Text): void;
  /** Hands what was found so far to the browser (end of a pass). */
  commit(): void;
}

export interface PageScannerOptions {
  /** Might this block's text name a term? (The prefilter: false means certainly not.) */
  readonly mayMatch: (text: string) => boolean;
  /**
   * Loads the engine. Called once, the first time a block may name a term; until it resolves, such blocks wait.
   * Pages that name nothing never call it. A rejection (the extension was reloaded or removed) stops the scan.
   */
  readonly loadEngine: () => Promise<BlockEngine>;
  /** Elements never read (the extension's own UI). */
  readonly skip: (element: Element) => boolean;
  /** Called for each open shadow root met: the highlight rules must be adopted there (styles do not cross it). */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  readonly sliceMs?: number;
  /** The scheduling primitives (stand-ins in unit tests). */
  readonly schedule?: Partial<Schedule>;
  /** At most this much work on mutations per second. */
  readonly mutationBudgetMs?: number;
  /** performance.now() when the every-page script started (its figures count from there), else now. */
  readonly startedAt?: number;
}

interface Schedule {
  /** Between slices of what the reader waits on (the viewport). */
  readonly visible: YieldFn;
  /** Between slices of the rest of the page. */
  readonly background: YieldFn;
  /** Until the page's layout is clean (before the boxes of the blocks on screen are read): false if it may not be. */
  readonly paint: () => Promise<boolean>;
  /** Until the page has loaded and the browser is idle (before the rest of the page). */
  readonly settled: () => Promise<void>;
}

export interface PageScannerStats {
  /** Main-thread milliseconds spent reading and matching, since start. */
  busyMs: number;
  /** The longest uninterrupted piece of work, in milliseconds. */
  longestSliceMs: number;
  /** Set when the first full read of the page is done (and the engine, if one was needed, has matched it). */
  done: boolean;
  /** Finding the blocks on screen (./on-screen.ts), wall-clock, before reading them (also counted in busyMs). */
  viewportMs: number;
  blocks: number;
  mutationBatches: number;
  /** From asking for the engine to having it, wall-clock (once, on the first block that may name a term). */
  engineWaitMs: number;
  /** performance.now() when the viewport's blocks were all matched (0 until then, or on a page without terms). */
  viewportDoneAt: number;
  /** performance.now() when the every-page script started (or the scanner was made). */
  startedAt: number;
}

export class PageScanner {
  readonly stats: PageScannerStats = {
    busyMs: 0,
    longestSliceMs: 0,
    done: false,
    viewportMs: 0,
    blocks: 0,
    mutationBatches: 0,
    engineWaitMs: 0,
    viewportDoneAt: 0,
    startedAt: performance.now(),
  };
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  /** Open shadow roots met while reading (hit-testing needs them to find a caret inside one). */
  readonly shadowRoots: ShadowRoot[] = [];
  /** The first text node of each block already read, so the second pass (viewport first, then all) skips it. */
  private read = new WeakSet<Text>();
  /**
   * Blocks the prefilter ruled out before the engine came, read out of document order (the viewport, a change).
   * A pass that reaches one again reads it if the engine has come meanwhile: a person's surname alone there (which
   * the every-page prefilter does not know) may follow their full name, found further up the page.
   */
  private ruledOut = new WeakSet<Text>();
  /** Is the running pass in document order (the whole page, or a rescan)? */
  private inOrder = false;
  private readonly dirty = new Set<Node>();
  private readonly budget: Budget;
  private readonly schedule: Schedule;
  private flushScheduled = false;
  private disposed = false;
  private engine: BlockEngine | undefined;
  /** Blocks that may name a term, read before the engine was there; the first `visibleWaiting` are on screen. */
  private waiting: TextBlock[] = [];
  private visibleWaiting = 0;
  private loading: Promise<void> | undefined;
  /** The engine could not be had (the extension was reloaded or removed under the page): nothing more is read. */
  private unavailable = false;
  private readonly root: HTMLElement;
  private readonly options: PageScannerOptions;

  constructor(root: HTMLElement, options: PageScannerOptions) {
    this.root = root;
    this.options = options;
    if (options.startedAt !== undefined) this.stats.startedAt = options.startedAt;
    this.schedule = {
      visible: yieldToPage,
      background: yieldToBackground,
      paint: afterNextPaint,
      settled: afterLoadAndIdle,
      ...options.schedule,
    };
    this.budget = new Budget(options.mutationBudgetMs ?? 150, 1000);
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  private get collectOptions(): CollectOptions {
    return {
      readPre: this.root.ownerDocument.contentType === 'text/plain',
      skip: this.options.skip,
      onShadowRoot: (shadow) => {
        if (!this.shadowRoots.includes(shadow)) this.shadowRoots.push(shadow);
        this.observe(shadow);
        this.options.onShadowRoot?.(shadow);
      },
    };
  }

  /**
   * Reads the viewport first, then — once the page has loaded and the browser is idle — the whole page; starts
   * watching for changes. Resolves when all is read.
   */
  async start(): Promise<void> {
    this.observe(this.root);
    const painted = await this.schedule.paint();
    if (this.disposed) return;
    // No frame yet (a hidden tab, a first layout still under way): the page is read in its own order, later.
    if (painted) await this.readAll(await this.blocksOnScreen(), 'visible');
    this.visibleWaiting = this.waiting.length;
    if (this.engine && !this.loading) this.stats.viewportDoneAt = performance.now();
    // The rest of the page (and, on a page with no term on screen, the engine) waits for the page's load and idle.
    await this.schedule.settled();
    if (this.disposed) return;
    await this.readInOrder();
    await this.loading;
    this.stats.done = true;
  }

  /**
   * The text blocks of the block elements on screen (./on-screen.ts). Every box is read before any block is: the
   * first block that may name a term brings the engine and its highlight rules, which restyle the whole page, and a
   * box read after that would force the restyle in our task (1–1.6 s on a million nodes) rather than the browser's.
   */
  private async blocksOnScreen(): Promise<Iterator<TextBlock>> {
    const found: Element[] = [];
    const t = performance.now();
    await runInSlices(
      blocksOnScreen(this.root.ownerDocument, { skip: this.options.skip }),
      (el) => el && found.push(el),
      {
        sliceMs: this.options.sliceMs ?? 8,
        yieldFn: this.schedule.visible,
        cancelled: () => this.disposed,
      },
    );
    this.stats.viewportMs = performance.now() - t;
    this.recordSlice(this.stats.viewportMs);
    const options = this.collectOptions;
    return (function* () {
      for (const el of found) yield* iterateBlocks(el, options);
    })();
  }

  /** Reads everything not read yet (after an SPA navigation, say). */
  rescan(): Promise<void> {
    return this.readInOrder();
  }

  private async readInOrder(): Promise<void> {
    this.inOrder = true;
    try {
      await this.readAll(iterateBlocks(this.root, this.collectOptions), 'background');
    } finally {
      this.inOrder = false;
    }
  }

  dispose(): void {
    this.disposed = true;
    this.observer.disconnect();
    this.waiting = [];
  }

  /** One uninterrupted piece of our work on the main thread. */
  private recordSlice(ms: number): void {
    this.stats.busyMs += ms;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
  }

  private observe(node: Node): void {
    if (this.observed.has(node)) return;
    this.observed.add(node);
    this.observer.observe(node, { childList: true, characterData: true, subtree: true });
  }

  private async readAll(
    blocks: Iterator<TextBlock>,
    priority: 'visible' | 'background',
    work: (block: TextBlock) => void = (block) => this.readBlock(block),
  ): Promise<void> {
    const yieldFn = this.schedule[priority];
    let sliceStart = performance.now();
    const timedYield: YieldFn = async () => {
      this.engine?.commit();
      this.recordSlice(performance.now() - sliceStart);
      await yieldFn();
      sliceStart = performance.now();
    };
    await runInSlices(blocks, work, {
      sliceMs: this.options.sliceMs ?? 8,
      yieldFn: timedYield,
      cancelled: () => this.disposed || this.unavailable,
    });
    this.engine?.commit();
    this.recordSlice(performance.now() - sliceStart);
  }

  private readBlock(block: TextBlock): void {
    const first = block.nodes[0]!;
    if (this.unavailable || this.read.has(first)) return;
    const engineAsked = this.engine !== undefined || this.loading !== undefined;
    // Ruled out before and unchanged since: without the engine, the prefilter would say the same again.
    if (!engineAsked && this.ruledOut.has(first)) return;
    this.read.add(first);
    if (!this.ruledOut.delete(first)) this.stats.blocks++;
    if (this.engine) {
      this.engine.matchBlock(block);
      return;
    }
    // Once the engine is on its way, every block waits for it unfiltered: its matcher prefilters what it is given,
    // so filtering here too would only do that work twice on the pages that name terms.
    if (engineAsked || this.options.mayMatch(block.text)) {
      this.waiting.push(block);
      this.loading ??= this.loadThenReadWaiting();
    } else if (!this.inOrder) {
      this.read.delete(first);
      this.ruledOut.add(first);
    }
  }

  /** Loads the engine (it arrives in a task of its own), then matches the blocks that waited for it. */
  private async loadThenReadWaiting(): Promise<void> {
    const t = performance.now();
    let engine: BlockEngine;
    try {
      engine = await this.options.loadEngine();
    } catch {
      // The extension was reloaded or removed under the page: leave the page as it is, and keep no text.
      this.unavailable = true;
      this.waiting = [];
      return;
    }
    this.stats.engineWaitMs = performance.now() - t;
    if (this.disposed) return;
    this.engine = engine;
    // Text that changed while it waited is read again from the page (the MutationObserver queued it).
    const waiting = this.waiting.splice(0).filter(isUnchanged);
    const onScreen = Math.min(this.visibleWaiting, waiting.length);
    const match = (block: TextBlock) => engine.matchBlock(block);
    await this.readAll(waiting.slice(0, onScreen).values(), 'visible', match);
    this.stats.viewportDoneAt ||= performance.now();
    await this.readAll(waiting.slice(onScreen).values(), 'background', match);
    this.loading = undefined;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        this.dirty.add(r.target);
        continue;
      }
      this.dirty.add(r.target);
      for (const removed of r.removedNodes) this.forgetSubtree(removed);
    }
    this.scheduleFlush();
  }

  private scheduleFlush(delayMs = 0): void {
    if (this.flushScheduled || this.disposed) return;
    this.flushScheduled = true;
    const run = () => {
      this.flushScheduled = false;
      this.flush();
    };
    // Once per frame; a timer too, since frames stop in background tabs.
    if (delayMs > 0) setTimeout(run, delayMs);
    else {
      let done = false;
      const once = () => {
        if (!done) {
          done = true;
          run();
        }
      };
      requestAnimationFrame(once);
      setTimeout(once, 100);
    }
  }

  private flush(): void {
    if (this.disposed || this.dirty.size === 0) return;
    const now = performance.now();
    const wait = this.budget.delay(now);
    if (wait > 0) {
      this.scheduleFlush(wait);
      return;
    }
    this.stats.mutationBatches++;
    const blocks = outermost(
      [...this.dirty].flatMap((node) => {
        const el = node.isConnected ? blockOf(node.nodeType === Node.TEXT_NODE ? node.parentNode! : node) : null;
        return el && !this.options.skip(el) ? [el] : [];
      }),
    );
    this.dirty.clear();
    for (const el of blocks) {
      this.forgetSubtree(el);
      for (const block of iterateBlocks(el, this.collectOptions)) this.readBlock(block);
    }
    this.engine?.commit();
    const spent = performance.now() - now;
    this.recordSlice(spent);
    this.budget.record(now, spent);
  }

  private forget(node: Text): void {
    this.read.delete(node);
    this.ruledOut.delete(node);
    this.engine?.forget(node);
  }

  private forgetSubtree(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.forget(node as Text);
      return;
    }
    if ((node as Element).shadowRoot) this.forgetSubtree((node as Element).shadowRoot!);
    const doc = node.ownerDocument ?? (node as Document);
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) this.forget(n as Text);
      else if ((n as Element).shadowRoot) this.forgetSubtree((n as Element).shadowRoot!);
    }
  }
}

/** Is a block's text still what the page shows (no node left, none changed)? */
function isUnchanged(block: TextBlock): boolean {
  let text = '';
  for (const node of block.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === block.text;
}

/** Drops elements contained in another element of the list (re-reading the outer one covers them). */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return [...set].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
