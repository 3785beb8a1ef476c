import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import { cacheControlFor, contentTypeFor, SECURITY_HEADERS } from './headers.ts';

/** Paths inside a release that are pipeline metadata, not part of the public site. */
const PRIVATE_PREFIXES = ['/_build/', '/_headers'];

interface Resolved {
  handle: FileHandle;
  size: number;
  mtimeMs: number;
  filePath: string;
  status: number;
}

async function openFile(filePath: string): Promise<FileHandle | undefined> {
  try {
    // O_NOFOLLOW: a symlink planted in a release must not expose files outside it.
    const handle = await open(filePath, constants.O_RDONLY | constants.O_NOFOLLOW);
    const info = await handle.stat();
    if (info.isFile()) return handle;
    await handle.close();
    return undefined;
  } catch {
    return undefined;
  }
}

async function isDirectory(dirPath: string): Promise<boolean> {
  try {
    const handle = await open(dirPath, constants.O_RDONLY | constants.O_DIRECTORY);
    await handle.close();
    return true;
  } catch {
    return false;
  }
}

function sendPlain(
  res: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(`${message}\n`);
}

/**
 * Serves the live release. The `live` symlink is resolved once per request and the file is
 * opened before anything is sent, so a request is answered entirely from one release even if
 * a deploy or a rollback switches the pointer (or prunes the old release) meanwhile.
 */
export async function handleStatic(
  liveLink: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPlain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname: string;
  try {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    pathname = decodeURIComponent(url.pathname);
  } catch {
    sendPlain(res, 400, 'Bad request');
    return;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    sendPlain(res, 400, 'Bad request');
    return;
  }
  const normalized = path.posix.normalize(pathname);
  if (!normalized.startsWith('/') || PRIVATE_PREFIXES.some((p) => normalized.startsWith(p))) {
    sendPlain(res, 404, 'Not found');
    return;
  }

  let releaseDir: string;
  try {
    releaseDir = await realpath(liveLink);
  } catch {
    sendPlain(res, 503, 'No release is live yet', { 'Retry-After': '5' });
    return;
  }
  const target = path.join(releaseDir, normalized);
  if (target !== releaseDir && !target.startsWith(releaseDir + path.sep)) {
    sendPlain(res, 404, 'Not found');
    return;
  }

  let resolved: Resolved | undefined;
  const candidates = normalized.endsWith('/') ? [path.join(target, 'index.html')] : [target];
  for (const candidate of candidates) {
    const handle = await openFile(candidate);
    if (handle) {
      const info = await handle.stat();
      resolved = {
        handle,
        size: info.size,
        mtimeMs: info.mtimeMs,
        filePath: candidate,
        status: 200,
      };
      break;
    }
  }
  if (!resolved && !normalized.endsWith('/') && (await isDirectory(target))) {
    const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    res.writeHead(301, {
      ...SECURITY_HEADERS,
      Location: `${encodeURI(normalized)}/${query}`,
      'Cache-Control': 'no-store',
    });
    res.end();
    return;
  }
  if (!resolved) {
    const page404 = path.join(releaseDir, '404.html');
    const handle = await openFile(page404);
    if (!handle) {
      sendPlain(res, 404, 'Not found');
      return;
    }
    const info = await handle.stat();
    resolved = { handle, size: info.size, mtimeMs: info.mtimeMs, filePath: page404, status: 404 };
  }

  const { handle } = resolved;
  const etag = `W/"${resolved.size.toString(16)}-${Math.trunc(resolved.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(resolved.filePath),
    'Cache-Control': resolved.status === 200 ? cacheControlFor(normalized) : 'no-store',
    ETag: etag,
    'X-Release-Id': path.basename(releaseDir),
  };
  if (resolved.status === 200 && req.headers['if-none-match'] === etag) {
    await handle.close();
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['Content-Length'] = String(resolved.size);
  res.writeHead(resolved.status, headers);
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
    return;
  }
  const stream = handle.createReadStream({ autoClose: true });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** An HTTP server for the live release. */
export function createStaticServer(liveLink: string, onError: (error: unknown) => void): Server {
  return createServer((req, res) => {
    handleStatic(liveLink, req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) sendPlain(res, 500, 'Internal error');
      else res.destroy();
    });
  });
}
