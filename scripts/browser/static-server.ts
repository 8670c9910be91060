/**
 * A static server on 127.0.0.1 for e2e pages: the demo pages (public/demo), the fixture pages (tests/e2e/pages),
 * the hostile-page gallery (tests/e2e/hostile/pages, under /hostile/),
 * and the seed article rendered to HTML from ../shared/seed when that folder exists (it is third-party text: read
 * in place, never copied into the project).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED_DIR = resolve(ROOT, '../shared/seed');

const MOUNTS: Record<string, string> = {
  '/demo/': join(ROOT, 'public/demo'),
  '/pages/': join(ROOT, 'tests/e2e/pages'),
  '/hostile/': join(ROOT, 'tests/e2e/hostile/pages'),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Per-page response headers, declared by the fixture's file name. */
function headersFor(path: string): Record<string, string> {
  if (path.includes('strict-csp')) {
    // No style at all, no inline script, no eval, no connection: only the page's own script files (the gallery's
    // probe, tests/e2e/hostile/pages/probe.js), and images from data: URLs (its empty icon).
    return { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'self'; img-src data:" };
  }
  return {};
}

export function seedFiles(): string[] {
  return existsSync(SEED_DIR)
    ? readdirSync(SEED_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
}

/** The seed article as a French page: a paragraph per line. Text is escaped, never interpreted as markup. */
function seedHtml(file: string): string {
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = readFileSync(join(SEED_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const body = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>seed</title></head><body><article>${body}</article></body></html>`;
}

export interface TestServer {
  readonly origin: string;
  /** Every path asked of the server since it started, in order (what left the browser for it). */
  readonly requested: readonly string[];
  close(): Promise<void>;
}

/** `extra` serves generated pages (the benchmark's) at the given paths. */
export async function startServer(
  port = 0,
  extra: Record<string, string> = {},
): Promise<TestServer & { server: Server }> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requested.push(url.pathname + url.search);
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type, ...headersFor(url.pathname) });
      res.end(body);
    };
    // Browsers ask for an icon on documents that name none (a text/plain one): no icon, and no 404 in the console.
    if (url.pathname === '/favicon.ico') return send(204, '');
    const generated = extra[url.pathname];
    if (generated !== undefined) return send(200, generated, TYPES['.html']);
    // The e2e build's test routes: extension pages (scripts/browser/launch.ts, openExtensionPage), reload.
    if (url.pathname === '/__steppe-lens/open' || url.pathname === '/__steppe-lens/reload')
      return send(200, '<!doctype html><title>route</title>', TYPES['.html']);
    if (url.pathname.startsWith('/seed/')) {
      const file = url.pathname.slice('/seed/'.length).replace(/\.html$/, '.txt');
      return seedFiles().includes(file) ? send(200, seedHtml(file), TYPES['.html']) : send(404, 'not found');
    }
    for (const [prefix, dir] of Object.entries(MOUNTS)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const path = normalize(join(dir, url.pathname.slice(prefix.length)));
      if (!path.startsWith(dir) || !existsSync(path)) return send(404, 'not found');
      return send(200, readFileSync(path), TYPES[extname(path)] ?? 'application/octet-stream');
    }
    send(404, 'not found');
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${actual}`,
    requested,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
