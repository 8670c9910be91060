/**
 * The side panel's discovery worker: wink-nlp, its English model (3.6 MB of script) and the shipped discovery data
 * load here, off the panel's UI thread, when the reader first asks for the names not in the glossary, and stay
 * until the panel lets the worker go (discovery-client.ts). Only wiring: the work is lib/discovery's.
 * Never in a content script, nor in the background (an MV3 service worker would parse the model again each wake).
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { pageDiscoveryTools, type ShippedDiscoveryData } from '@/lib/discovery/page-tools.ts';
import { documentBlocks, suggestNames } from '@/lib/discovery/suggest.ts';
import { decodeWordFilter } from '@/lib/discovery/word-filter.ts';
import type { DiscoveryReply, DiscoveryRequest } from '@/lib/discovery/worker-protocol.ts';
import matcherHead from '@/lib/generated/matcher-head.json';
import { transliterate } from '@/lib/glossary-build/transliteration/engine.ts';
import { ENGLISH_BGN } from '@/lib/glossary-build/transliteration/english.ts';
import { combineMatchers } from '@/lib/match/combined-matcher.ts';
import { createMatcher, type Matcher } from '@/lib/match/matcher.ts';
import type { MatcherBody, MatcherData } from '@/lib/match/types.ts';

interface Loaded {
  readonly nlp: ReturnType<typeof winkNLP>;
  readonly data: ShippedDiscoveryData;
  readonly bundled: Matcher;
}

/** The extension's own files (public/glossary/, written by the glossary build), from the worker's own origin. */
async function own(path: string): Promise<Response> {
  const response = await fetch(new URL(path, self.location.origin));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

async function load(): Promise<Loaded> {
  const [body, nameModel, ordinary] = await Promise.all([
    own('/glossary/matcher-body.json').then((r) => r.json() as Promise<MatcherBody>),
    own('/glossary/name-model.json').then((r) => r.json() as Promise<ShippedDiscoveryData['model']>),
    own('/glossary/ordinary-words.bin').then((r) => r.arrayBuffer()),
  ]);
  return {
    nlp: winkNLP(model),
    data: { model: nameModel, ordinary: decodeWordFilter(new Uint8Array(ordinary)) },
    bundled: createMatcher({ ...matcherHead, ...body }),
  };
}

let loading: Promise<Loaded> | undefined;
let ownCache: { json: string; matcher: Matcher } | undefined;
const romanize = (name: string) => transliterate(name, ENGLISH_BGN);

function matcherWith(bundled: Matcher, ownJson: string | null): Matcher {
  if (!ownJson) return bundled;
  if (ownCache?.json !== ownJson) {
    ownCache = { json: ownJson, matcher: combineMatchers(bundled, createMatcher(JSON.parse(ownJson) as MatcherData)) };
  }
  return ownCache.matcher;
}

async function answer({ id, blocks, ownJson }: DiscoveryRequest): Promise<DiscoveryReply> {
  try {
    const first = loading === undefined;
    loading ??= load();
    const loaded = await loading;
    // A worker's clock starts with the worker: now is how long the script, the model and the data took, cold.
    const loadMs = first ? performance.now() : null;
    const t = performance.now();
    const tools = pageDiscoveryTools(loaded.nlp, loaded.data, matcherWith(loaded.bundled, ownJson), romanize);
    const suggestions = suggestNames(documentBlocks(blocks), tools);
    return { id, ok: true, suggestions, loadMs, readMs: performance.now() - t };
  } catch (e) {
    // A failed load is tried again on the next request.
    loading = undefined;
    return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

self.onmessage = async (event: MessageEvent<DiscoveryRequest>) => {
  self.postMessage(await answer(event.data));
};
