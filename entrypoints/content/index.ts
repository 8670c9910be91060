/**
 * The every-page script: read the page, highlight glossary terms, and on hover ask the background for the entry.
 * It stays small (matcher data + a few kilobytes of code); the card is mounted only when a term is hovered.
 */
import './highlights.css';
import { startReader } from './reader.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    void startReader(ctx);
  },
});
