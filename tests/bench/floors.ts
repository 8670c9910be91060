/**
 * `npm run bench:floors`: where the task time that Steppe Lens adds to a page with no term goes. Four browsers side
 * by side, loads alternated: no extension; the floor (a content script that walks the text, npm run bench's
 * floor); the messaging floor (the same walk, plus the two questions our every-page script asks the background at
 * start — settings and the reader's own entries — answered by a service worker); Steppe Lens. The messaging floor
 * is the least any extension pays that reads the reader's settings before touching a page; what Steppe Lens adds
 * beyond it is its own script (evaluation, the prefilter, the viewport's hit tests).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/browser/static-server.ts';
import { launch } from './cdp.ts';
import { benchPage } from './setup.ts';
import { type Load, loadOnce } from './task-cost.ts';

const RUNS = Math.max(Number(process.env.BENCH_RUNS ?? 9), 1);
const WALK = `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.data.length;
  globalThis.floorDone = n;`;

function extension(name: string, script: string, background?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `steppe-${name}-`));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0',
      ...(background && { background: { service_worker: 'background.js' } }),
      content_scripts: [{ matches: ['<all_urls>'], all_frames: true, run_at: 'document_idle', js: ['content.js'] }],
    }),
  );
  writeFileSync(join(dir, 'content.js'), script);
  if (background) writeFileSync(join(dir, 'background.js'), background);
  return dir;
}

const FLOOR = extension('floor', `(() => { ${WALK} })();`);
const MESSAGING_FLOOR = extension(
  'messaging-floor',
  `(async () => {
  const asked = Promise.all([chrome.runtime.sendMessage({ type: 'settings' }), chrome.runtime.sendMessage({ type: 'own' })]);
  ${WALK}
  globalThis.answers = await asked;
})();`,
  `chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  reply(message.type === 'settings' ? { active: true, sites: [] } : null);
});`,
);

const kinds: [string, string | undefined][] = [
  ['none', undefined],
  ['floor', FLOOR],
  ['messaging floor', MESSAGING_FLOOR],
  ['Steppe Lens', '.output/chrome-mv3-bench'],
];
const pages = ['no term 100 KB', 'no term, French 100 KB'].map(benchPage);
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

const server = await startServer(0, Object.fromEntries(pages.map((p) => [p.path, p.html!])));
const browsers = await Promise.all(kinds.map(([, dir]) => launch(dir)));
try {
  await Promise.all(browsers.map(async (b) => (await b.newPage()).goto('about:blank')));
  console.log(
    `| page | ${kinds
      .slice(1)
      .map(([k]) => `added: ${k}`)
      .join(' | ')} |`,
  );
  console.log(
    `|---|${kinds
      .slice(1)
      .map(() => '---')
      .join('|')}|`,
  );
  for (const page of pages) {
    const loads: Load[][] = kinds.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      for (let k = 0; k < kinds.length; k++) {
        const i = (run + k) % kinds.length;
        const ours = kinds[i]![0] === 'Steppe Lens';
        loads[i]!.push(await loadOnce(browsers[i]!, server.origin + page.path, 1000, ours));
      }
    }
    const none = median(loads[0]!.map((l) => l.taskMs));
    const added = loads.slice(1).map((l) => `${(median(l.map((x) => x.taskMs)) - none).toFixed(1)} ms`);
    console.log(`| ${page.name} | ${added.join(' | ')} |`);
  }
} finally {
  await Promise.allSettled(browsers.map((b) => b.close()));
  await server.close();
}
