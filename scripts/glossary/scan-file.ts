/** Reads a .txt (a block per line) or .html file (its text content, a block per block element) and scans it. */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { type ScanHit, scanBlocks } from '../../lib/glossary-build/scan-text.ts';
import type { Entry } from '../../lib/glossary-build/schema.ts';
import { collectBlocks } from '../../lib/page/text-blocks.ts';
import { isOrdinaryWord } from './lexicon.ts';

export function fileBlocks(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  if (!/\.html?$/i.test(path)) return source.split('\n');
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  g.Node ??= window.Node;
  g.NodeFilter ??= window.NodeFilter;
  window.document.write(source);
  // The body, as the extension reads it: the <title> and other head text are never shown in the page.
  return collectBlocks(window.document.body as unknown as Node).map((b) => b.text);
}

export function scanFile(path: string, entries: readonly Entry[]): ScanHit[] {
  return scanBlocks(fileBlocks(path), entries, { isOrdinaryWord });
}
