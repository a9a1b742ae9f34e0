/** A static file server for dist/, optionally under a sub-path, like any static host. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.png': 'image/png', '.avif': 'image/avif',
};

export interface Served { url: string; close: () => Promise<void>; bytes: () => number; resetBytes: () => void }

export async function serve(dist: string, base = '/'): Promise<Served> {
  let sent = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) { res.writeHead(404).end('not under base'); return; }
    pathname = `/${pathname.slice(base.length)}`;
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      const body = fs.readFileSync(path.join(dist, '404.html'));
      sent += body.length;
      res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(body);
      return;
    }
    const body = fs.readFileSync(file);
    sent += body.length;
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    bytes: () => sent,
    resetBytes: () => { sent = 0; },
  };
}
