import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A started static server. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built single-page app (the Studio): files when they exist, `index.html` for every
 * other path so client-side routes survive a reload. Paths never leave `root`.
 */
export async function serveSpa(
  root: string,
  port: number,
  host = '127.0.0.1',
): Promise<StaticServer> {
  const base = path.resolve(root);
  const index = await fs.readFile(path.join(base, 'index.html'));
  const server = http.createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = path.resolve(base, `.${pathname}`);
      const inside = file === base || file.startsWith(`${base}${path.sep}`);
      const stat = inside ? await fs.stat(file).catch(() => undefined) : undefined;
      if (stat?.isFile()) {
        const hashed = /[.-][A-Za-z0-9_-]{8,}\.(js|css|mjs)$/.test(file);
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        });
        res.end(await fs.readFile(file));
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
      });
      res.end(index);
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
