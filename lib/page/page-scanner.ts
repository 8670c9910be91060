/**
 * Scans a page and keeps its highlights true as the page changes:
 *  - first the blocks in the viewport, then the whole page, in time slices (no long task, whatever its size);
 *  - then a MutationObserver re-reads only the blocks that changed, batched once per frame, drops the terms of
 *    removed text, and keeps within a CPU budget on pages that rewrite themselves constantly.
 */
import type { LazyMatcher } from '../match/matcher.ts';
import type { MatcherBody } from '../match/types.ts';
import { Highlighter } from './highlighter.ts';
import { blockOf, type CollectOptions, iterateBlocks, type TextBlock } from './text-blocks.ts';
import { Budget, runInSlices, type YieldFn, yieldToPage } from './time-slices.ts';

/** While a long page is read, newly found terms are handed to the browser this often (each hand-over repaints). */
const COMMIT_EVERY_MS = 500;

export interface PageScannerOptions {
  readonly matcher: LazyMatcher;
  /**
   * The JSON text of the matcher's body, for a matcher that starts unloaded (the content script asks the background).
   * Called once, the first time a block may name a term; until it resolves, such blocks wait. Pages that name
   * nothing never call it.
   */
  readonly fetchMatcherBody?: () => Promise<string>;
  /** Elements never read (the extension's own UI). */
  readonly skip: (element: Element) => boolean;
  /** Called for each open shadow root met: the highlight rules must be adopted there (styles do not cross it). */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  readonly sliceMs?: number;
  readonly yieldFn?: YieldFn;
  /** At most this much work on mutations per second. */
  readonly mutationBudgetMs?: number;
}

export interface PageScannerStats {
  /** Main-thread milliseconds spent reading and matching, since start. */
  busyMs: number;
  /** The longest uninterrupted piece of work, in milliseconds. */
  longestSliceMs: number;
  /** Set when the first full read of the page is done. */
  done: boolean;
  /** Finding the blocks on screen (hit tests over a grid), before reading them (also counted in busyMs). */
  viewportMs: number;
  blocks: number;
  mutationBatches: number;
  /** Parsing the matcher's body and loading its automaton (once, on the first page block that may name a term). */
  loadMs: number;
}

export class PageScanner {
  readonly highlighter: Highlighter;
  readonly stats: PageScannerStats = {
    busyMs: 0,
    longestSliceMs: 0,
    done: false,
    viewportMs: 0,
    blocks: 0,
    mutationBatches: 0,
    loadMs: 0,
  };
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  /** Open shadow roots met while reading (hit-testing needs them to find a caret inside one). */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly dirty = new Set<Node>();
  private readonly budget: Budget;
  private flushScheduled = false;
  private disposed = false;
  /** Blocks that may name a term, read before the matcher was loaded. */
  private waiting: TextBlock[] = [];
  private loading: Promise<void> | undefined;
  /** The body could not be had (the extension was reloaded or removed under the page): nothing more is matched. */
  private unavailable = false;
  private readonly root: HTMLElement;
  private readonly options: PageScannerOptions;

  constructor(root: HTMLElement, options: PageScannerOptions) {
    this.root = root;
    this.options = options;
    this.highlighter = new Highlighter(options.matcher);
    this.budget = new Budget(options.mutationBudgetMs ?? 150, 1000);
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  private get collectOptions(): CollectOptions {
    return {
      skip: this.options.skip,
      onShadowRoot: (shadow) => {
        if (!this.shadowRoots.includes(shadow)) this.shadowRoots.push(shadow);
        this.observe(shadow);
        this.options.onShadowRoot?.(shadow);
      },
    };
  }

  /** Reads the viewport first, then the whole page; starts watching for changes. Resolves when all is read. */
  async start(): Promise<void> {
    this.observe(this.root);
    const t = performance.now();
    const visible = visibleBlockElements(this.root.ownerDocument);
    const viewportMs = performance.now() - t;
    // Our work like the rest (it may force a layout the page had not done yet): counted as a slice of its own.
    this.stats.viewportMs = viewportMs;
    this.recordSlice(viewportMs);
    // The hit tests may have forced a layout: read in a task of its own.
    await (this.options.yieldFn ?? yieldToPage)();
    await this.readAll(visible.flatMap((el) => [...iterateBlocks(el, this.collectOptions)]).values());
    await this.readAll(iterateBlocks(this.root, this.collectOptions));
    await this.loading;
    this.stats.done = true;
  }

  /** Reads everything not read yet (after an SPA navigation, say). */
  rescan(): Promise<void> {
    return this.readAll(iterateBlocks(this.root, this.collectOptions));
  }

  dispose(): void {
    this.disposed = true;
    this.observer.disconnect();
    this.highlighter.clear();
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

  private async readAll(blocks: Iterator<TextBlock>): Promise<void> {
    const { sliceMs, yieldFn = yieldToPage } = this.options;
    const endSlice = () => this.recordSlice(performance.now() - sliceStart);
    const timedYield: YieldFn = async () => {
      // The hand-over to the browser belongs to the slice: it runs in the same task.
      if (sliceStart - lastCommit >= COMMIT_EVERY_MS) {
        this.highlighter.commit();
        lastCommit = sliceStart;
      }
      endSlice();
      await yieldFn();
      sliceStart = performance.now();
    };
    let sliceStart = performance.now();
    let lastCommit = sliceStart;
    await runInSlices(blocks, (block) => this.readBlock(block), {
      sliceMs: sliceMs ?? 8,
      yieldFn: timedYield,
      cancelled: () => this.disposed,
    });
    this.highlighter.commit();
    endSlice();
  }

  private readBlock(block: TextBlock): void {
    if (this.unavailable || this.highlighter.isRead(block)) return;
    const { matcher } = this.options;
    // Once the body is on its way, every block waits for it unfiltered: the matcher prefilters what it is given, so
    // filtering here too would only do that work twice on the pages that name terms.
    if (!matcher.loaded && (this.loading !== undefined || matcher.mayMatch(block.text))) {
      this.waiting.push(block);
      this.loading ??= this.loadThenReadWaiting();
      return;
    }
    this.stats.blocks++;
    if (matcher.loaded) this.highlighter.highlightBlock(block);
    else this.highlighter.markRead(block);
  }

  /** Loads the matcher (in a task of its own: it arrives as a message), then reads the blocks that waited for it. */
  private async loadThenReadWaiting(): Promise<void> {
    const { matcher, fetchMatcherBody } = this.options;
    let json: string;
    try {
      if (!fetchMatcherBody) throw new Error('an unloaded matcher and nothing to load it from');
      json = await fetchMatcherBody();
    } catch {
      // The extension was reloaded or removed under the page: leave the page as it is, and keep no text.
      this.unavailable = true;
      this.waiting = [];
      return;
    }
    if (this.disposed) return;
    const t = performance.now();
    matcher.load(JSON.parse(json) as MatcherBody);
    const ms = performance.now() - t;
    this.stats.loadMs = ms;
    this.recordSlice(ms);
    await (this.options.yieldFn ?? yieldToPage)();
    // Text that changed while it waited is read again from the page (the MutationObserver queued it).
    const current = this.waiting.splice(0).filter(isUnchanged);
    await this.readAll(current.values());
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
    this.highlighter.commit();
    const spent = performance.now() - now;
    this.recordSlice(spent);
    this.budget.record(now, spent);
  }

  private forgetSubtree(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.highlighter.forget(node as Text);
      return;
    }
    if ((node as Element).shadowRoot) this.forgetSubtree((node as Element).shadowRoot!);
    const doc = node.ownerDocument ?? (node as Document);
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) this.highlighter.forget(n as Text);
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

/** Block elements under a grid of points over the viewport: read first, so what the reader sees lights up first. */
function visibleBlockElements(doc: Document): Element[] {
  const view = doc.defaultView;
  if (!view) return [];
  const found = new Set<Element>();
  const width = view.innerWidth;
  const height = view.innerHeight;
  // Each probe is a hit test: a coarse grid finds the few blocks on screen without costing more than reading them.
  for (let y = 16; y < height; y += 64) {
    for (const x of [width * 0.3, width * 0.6]) {
      const node = caretNode(doc, x, y);
      const el = node ? blockOf(node.nodeType === Node.TEXT_NODE ? node.parentNode! : node) : null;
      if (el && el !== doc.body && el !== doc.documentElement) found.add(el);
    }
  }
  return outermost([...found]);
}

function caretNode(doc: Document, x: number, y: number): Node | undefined {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
  if (typeof d.caretPositionFromPoint === 'function') return d.caretPositionFromPoint(x, y)?.offsetNode;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer;
}
