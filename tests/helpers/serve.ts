/**
 * A static file server for dist/, optionally under a sub-path, like any static
 * host: directories serve their index.html, a missing file gets 404.html with
 * status 404, and `_headers` itself is never served. `headers` adds response
 * headers per path (see serveWithHeaders in quality.ts for the `_headers` file).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

export interface ServedResponse {
  path: string;
  status: number;
  headers: Record<string, string>;
}

export interface Served {
  url: string;
  close: () => Promise<void>;
  /** Bytes of response bodies sent since the start or the last reset. */
  bytes: () => number;
  resetBytes: () => void;
  /** Every response, in order. */
  responses: ServedResponse[];
}

export interface ServeOptions {
  /** Extra response headers for a path below the base (e.g. from a `_headers` file). */
  headers?: (pathname: string) => Record<string, string>;
}

export async function serve(dist: string, base = '/', options: ServeOptions = {}): Promise<Served> {
  let sent = 0;
  const responses: ServedResponse[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad URL');
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    pathname = `/${pathname.slice(base.length)}`;
    let file = path.join(dist, pathname);
    if (path.relative(dist, file).startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = fs.existsSync(file) && path.basename(file) !== '_headers';
    const status = found ? 200 : 404;
    const notFound = path.join(dist, '404.html');
    const body = found
      ? fs.readFileSync(file)
      : fs.existsSync(notFound)
        ? fs.readFileSync(notFound)
        : Buffer.from('Not found');
    const headers = {
      ...options.headers?.(pathname),
      'Content-Type': found ? (TYPES[path.extname(file)] ?? 'application/octet-stream') : TYPES['.html']!,
    };
    sent += body.length;
    responses.push({ path: url.pathname, status, headers });
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    bytes: () => sent,
    resetBytes: () => {
      sent = 0;
    },
    responses,
  };
}
