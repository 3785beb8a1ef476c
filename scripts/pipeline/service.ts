import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { PipelineConfig } from './config.ts';
import { INSECURE_DEV_FLAG } from './config.ts';
import { diffRevisions, isEmptyDiff, readRevisions } from './content.ts';
import { HttpError } from './errors.ts';
import { IdempotencyStore, MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency.ts';
import { hashCode, META_PATH, publish } from './publish.ts';
import type { BuildRecord, ReleaseMeta } from './publish.ts';
import { CoalescingQueue } from './queue.ts';
import type { Work } from './queue.ts';
import { clearWork, listReleases, liveReleaseId, releasePaths } from './releases.ts';
import type { ReleasePaths } from './releases.ts';
import { reindexSearch } from './search-reindex.ts';
import type { ReindexResult } from './search-reindex.ts';
import { createStaticServer } from './static-server.ts';
import { statusPage } from './status-page.ts';
import { readReport } from './verify.ts';
import { parseChange, verifySignature } from './webhook.ts';
import type { DocumentChange } from './webhook.ts';

/** Build records kept for /status. */
const HISTORY_SIZE = 20;

/** Sanity gives up on a delivery after 30 s; answering well inside that matters more than anything. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface RunningService {
  controlUrl: string;
  siteUrl: string | undefined;
  queue: CoalescingQueue;
  logger: Logger;
  /** Asks for a full rebuild (what SIGHUP does). */
  requestFullRebuild: (reason: string) => Promise<void>;
  stop: () => Promise<void>;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(text);
}

/** Reads the body up to `limit` bytes; 413 as soon as it is exceeded (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      reject(new HttpError(413, 'body_too_large', `Body larger than ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new HttpError(413, 'body_too_large', `Body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks));
      }
    });
    req.on('error', (error) => {
      if (!done) {
        done = true;
        reject(new HttpError(400, 'body_unreadable', error.message));
      }
    });
  });
}

function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const mediaType = value.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/** Starts the pipeline service: webhook endpoint, status, queue, and the static server. */
export async function startService(
  config: PipelineConfig,
  logger?: Logger,
): Promise<RunningService> {
  const log = logger ?? pino({ level: config.logLevel, base: { service: 'smp-pipeline' } });
  if (config.insecureDev) {
    for (let i = 0; i < 3; i += 1) {
      log.warn(
        `INSECURE: ${INSECURE_DEV_FLAG} is set: webhook signatures are NOT checked and anyone who can reach this port can trigger builds. Never use this outside local development.`,
      );
    }
  }
  const paths: ReleasePaths = releasePaths(config.pipelineDir);
  const stateDir = path.join(config.pipelineDir, 'state');
  await mkdir(stateDir, { recursive: true });
  await mkdir(paths.releases, { recursive: true });
  await reapOrphanBuild(path.join(stateDir, 'build.pid'), log);
  await clearWork(paths);

  const idempotency = new IdempotencyStore(path.join(stateDir, 'idempotency.jsonl'));
  await idempotency.load();

  const shutdown = new AbortController();
  const history: BuildRecord[] = [];
  const pidFile = path.join(stateDir, 'build.pid');

  // Background search re-index after a merged release: at most one, and always stopped before a
  // build starts, so it never races a publish for the live pointer or the CPU.
  const search: {
    running: { controller: AbortController; done: Promise<void> } | undefined;
    last: ReindexResult | undefined;
  } = { running: undefined, last: undefined };
  const stopReindex = async (): Promise<void> => {
    const current = search.running;
    if (!current) return;
    current.controller.abort();
    await current.done;
  };
  const startReindex = (): void => {
    if (search.running || shutdown.signal.aborted) return;
    const controller = new AbortController();
    const done = reindexSearch({
      paths,
      logger: log,
      signal: AbortSignal.any([controller.signal, shutdown.signal]),
      keepReleases: config.keepReleases,
      timeoutMs: config.buildTimeoutMs,
    })
      .then((result) => {
        search.last = result;
      })
      .catch((error: unknown) => log.error({ err: error }, 'search re-index crashed'))
      .finally(() => {
        if (search.running?.controller === controller) search.running = undefined;
      });
    search.running = { controller, done };
  };

  const queue = new CoalescingQueue({
    stateFile: path.join(stateDir, 'queue.json'),
    debounceMs: config.debounceMs,
    maxDelayMs: Math.max(config.debounceMs * 10, 2_000),
    maxAttempts: config.maxAttempts,
    retryDelayMs: config.retryDelayMs,
    onError: (error) => log.error({ err: error }, 'queue error'),
    run: async (work) => {
      await stopReindex();
      const ok = await publish(work, {
        config,
        paths,
        logger: log,
        signal: shutdown.signal,
        onRecord: (record) => {
          const index = history.findIndex((r) => r.id === record.id);
          if (index === -1) history.unshift({ ...record });
          else history[index] = { ...record };
          history.splice(HISTORY_SIZE);
        },
        onBuildProcess: (pid) => {
          const write =
            pid === undefined ? rm(pidFile, { force: true }) : writeFile(pidFile, String(pid));
          write.catch((error: unknown) =>
            log.warn({ err: error }, 'could not record the build process'),
          );
        },
      });
      // With work waiting, the next build goes first (its release carries the stale flag on).
      if (ok && config.deploy.kind === 'local' && !queue.pending) startReindex();
      return ok;
    },
  });
  await queue.load();

  const enqueue = (work: Omit<Work, 'attempt' | 'firstQueuedAt'>): Promise<void> =>
    queue.enqueue({ ...work, attempt: 0, firstQueuedAt: Date.now() });

  const status = async (): Promise<Record<string, unknown>> => {
    const live = await liveReleaseId(paths);
    const liveDir = live ? path.join(paths.releases, live) : undefined;
    const report = liveDir ? await readReport(liveDir).catch(() => undefined) : undefined;
    let meta: ReleaseMeta | undefined;
    if (liveDir) {
      meta = await readFile(path.join(liveDir, META_PATH), 'utf8')
        .then((t) => JSON.parse(t) as ReleaseMeta)
        .catch(() => undefined);
    }
    const summarise = (work: Work | null): Record<string, unknown> | null =>
      work && {
        documents: Object.keys(work.changes).length,
        documentIds: Object.keys(work.changes).slice(0, 20),
        reasons: work.reasons,
        full: work.full,
        attempt: work.attempt,
        queuedAt: new Date(work.firstQueuedAt).toISOString(),
      };
    return {
      live: live
        ? {
            release: live,
            builtAt: meta?.builtAt,
            mode: meta?.mode,
            pageCount: report?.pageCount,
            documents: report?.revisions.size,
          }
        : null,
      lastBuild: history.find((r) => r.result !== 'running') ?? null,
      queue: {
        running: queue.running
          ? { ...summarise(queue.running), since: new Date(queue.runningSince ?? 0).toISOString() }
          : null,
        pending: summarise(queue.pending),
        stats: queue.stats,
      },
      builds: history,
      releases: await listReleases(paths),
      search: {
        reindexing: search.running !== undefined,
        stale: report?.searchStale ?? false,
        last: search.last ?? null,
      },
      insecureDev: config.insecureDev,
    };
  };

  const handleWebhook = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      throw new HttpError(405, 'method_not_allowed', 'Use POST');
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      throw new HttpError(415, 'unsupported_media_type', 'Content-Type must be application/json');
    }
    const bytes = await readBody(req, config.maxBodyBytes);
    const rawBody = bytes.toString('utf8');
    const signatureHeader = req.headers['sanity-webhook-signature'];
    if (config.webhookSecret !== undefined) {
      await verifySignature(rawBody, signatureHeader, {
        secret: config.webhookSecret,
        now: Date.now(),
        maxAgeSeconds: config.signatureMaxAgeSeconds,
        maxFutureSeconds: config.signatureMaxFutureSeconds,
      });
    } else {
      log.warn('INSECURE: accepted a webhook without checking its signature');
    }
    // Only a signed body reaches here; non-UTF-8 bytes would have changed in decoding anyway.
    if (!Buffer.from(rawBody, 'utf8').equals(bytes)) {
      throw new HttpError(400, 'payload_not_utf8', 'Body is not valid UTF-8');
    }
    const change: DocumentChange = parseChange(rawBody);
    const keyHeader = req.headers['idempotency-key'];
    if (Array.isArray(keyHeader))
      throw new HttpError(400, 'idempotency_key_multiple', 'More than one idempotency-key header');
    if (
      keyHeader !== undefined &&
      (keyHeader.length === 0 || keyHeader.length > MAX_IDEMPOTENCY_KEY_LENGTH)
    ) {
      throw new HttpError(
        400,
        'idempotency_key_invalid',
        `idempotency-key must be 1-${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
      );
    }
    // Without the header, the signature (which covers the body and timestamp) identifies a delivery.
    const key =
      keyHeader ??
      `signature:${createHash('sha256').update(String(signatureHeader)).digest('hex')}`;
    if (!idempotency.claim(key)) {
      log.info({ idempotencyKey: key, documentId: change.id }, 'duplicate delivery ignored');
      sendJson(res, 200, { status: 'duplicate', message: 'This delivery was already accepted' });
      return;
    }
    try {
      if (change.id.startsWith('drafts.') || change.id.startsWith('versions.')) {
        await idempotency.persist(key);
        log.info({ documentId: change.id }, 'draft change ignored: drafts never reach the site');
        sendJson(res, 200, { status: 'ignored', message: 'Drafts are not published' });
        return;
      }
      // Persist the work before the key: a crash in between causes one extra build, never a lost one.
      await enqueue({
        changes: { [change.id]: { ...change, receivedAt: Date.now() } },
        reasons: ['webhook'],
        full: false,
      });
      await idempotency.persist(key);
    } catch (error) {
      idempotency.release(key);
      log.error({ err: error }, 'could not record a delivery');
      throw new HttpError(503, 'storage_unavailable', 'Could not record the delivery; retry later');
    }
    log.info(
      { documentId: change.id, type: change.type, rev: change.rev, idempotencyKey: key },
      'delivery accepted',
    );
    sendJson(res, 202, { status: 'accepted', documentId: change.id });
  };

  const control: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://control.invalid');
    const route = async (): Promise<void> => {
      if (url.pathname === '/webhooks/sanity') return handleWebhook(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        throw new HttpError(405, 'method_not_allowed', 'Use GET');
      if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
      if (url.pathname === '/status') return sendJson(res, 200, await status());
      if (url.pathname === '/' || url.pathname === '/status.html') {
        const html = statusPage(await status());
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Content-Security-Policy':
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
        });
        res.end(html);
        return;
      }
      throw new HttpError(404, 'not_found', 'Not found');
    };
    route().catch((error: unknown) => {
      const httpError =
        error instanceof HttpError
          ? error
          : new HttpError(503, 'internal_error', 'Internal error; retry later');
      if (!(error instanceof HttpError)) log.error({ err: error }, 'request failed');
      else if (httpError.status >= 400 && url.pathname === '/webhooks/sanity') {
        log.warn(
          { status: httpError.status, code: httpError.code, remote: req.socket.remoteAddress },
          `webhook rejected: ${httpError.message}`,
        );
      }
      const extra: Record<string, string> = {};
      if (httpError.status === 405)
        extra['Allow'] = url.pathname === '/webhooks/sanity' ? 'POST' : 'GET, HEAD';
      if (httpError.status === 503) extra['Retry-After'] = '10';
      // After a 413 the rest of the body is not read: close the connection instead of draining it.
      if (httpError.status === 413) extra['Connection'] = 'close';
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, httpError.status, { error: httpError.code, message: httpError.message }, extra);
      if (httpError.status === 413) res.on('finish', () => req.destroy());
    });
  });
  control.requestTimeout = REQUEST_TIMEOUT_MS;
  control.headersTimeout = REQUEST_TIMEOUT_MS;

  const listen = (server: Server, port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, config.host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const controlPort = await listen(control, config.port);
  let site: Server | undefined;
  let sitePort: number | undefined;
  if (config.sitePort !== undefined) {
    site = createStaticServer(paths.live, (error) =>
      log.error({ err: error }, 'static server error'),
    );
    sitePort = await listen(site, config.sitePort);
  }
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  const controlUrl = `http://${hostForUrl}:${controlPort}`;
  const siteUrl = sitePort === undefined ? undefined : `http://${hostForUrl}:${sitePort}`;
  log.info(
    {
      controlUrl,
      siteUrl,
      webhook: `${controlUrl}/webhooks/sanity`,
      pipelineDir: config.pipelineDir,
      source: config.source.kind,
      deploy: config.deploy.kind,
    },
    'pipeline service listening',
  );

  // Catch up with anything published while the service was down.
  if (config.deploy.kind === 'local') {
    await catchUp(config, paths, log, enqueue);
  }
  queue.kick();
  // A re-index cut short by a restart: finish it when there is nothing to build.
  if (config.deploy.kind === 'local' && !queue.running && !queue.pending) startReindex();

  return {
    controlUrl,
    siteUrl,
    queue,
    logger: log,
    requestFullRebuild: (reason) => enqueue({ changes: {}, reasons: [reason], full: true }),
    stop: async () => {
      await queue.stop();
      await stopReindex();
      shutdown.abort();
      const close = (server: Server | undefined): Promise<void> =>
        new Promise((resolve) => {
          if (!server) return resolve();
          server.close(() => resolve());
          server.closeAllConnections();
        });
      await Promise.all([close(control), close(site)]);
      // Let an aborted build finish its bookkeeping (its work stays persisted as "running").
      await Promise.race([queue.idle(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    },
  };
}

async function catchUp(
  config: PipelineConfig,
  paths: ReleasePaths,
  log: Logger,
  enqueue: (work: Omit<Work, 'attempt' | 'firstQueuedAt'>) => Promise<void>,
): Promise<void> {
  try {
    const live = await liveReleaseId(paths);
    if (!live) {
      log.info('no live release yet: queueing a first full build');
      await enqueue({ changes: {}, reasons: ['catch-up'], full: true });
      return;
    }
    const liveDir = path.join(paths.releases, live);
    const [report, current, codeHash, metaText] = await Promise.all([
      readReport(liveDir),
      readRevisions(config.source),
      hashCode(config.codePaths),
      readFile(path.join(liveDir, META_PATH), 'utf8').catch(() => '{}'),
    ]);
    const meta = JSON.parse(metaText) as Partial<ReleaseMeta>;
    if (meta.codeHash !== codeHash) {
      log.info(
        { live, liveCode: meta.codeHash, code: codeHash },
        'site code changed since the live release: queueing a full rebuild',
      );
      await enqueue({ changes: {}, reasons: ['code-changed'], full: true });
      return;
    }
    if (!report) {
      await enqueue({ changes: {}, reasons: ['catch-up'], full: true });
      return;
    }
    const diff = diffRevisions(report.revisions, current);
    if (isEmptyDiff(diff)) {
      log.info({ live }, 'live release matches the content: nothing to catch up');
      return;
    }
    log.info(
      {
        live,
        changed: diff.changed.length,
        added: diff.added.length,
        removed: diff.removed.length,
      },
      'content changed while the service was down: queueing a catch-up build',
    );
    await enqueue({ changes: {}, reasons: ['catch-up'], full: false });
  } catch (error) {
    log.error({ err: error }, 'catch-up check failed; the next delivery will rebuild');
  }
}

/** Kills a build left running by a service that died without cleaning up (SIGKILL, OOM). */
async function reapOrphanBuild(pidFile: string, log: Logger): Promise<void> {
  let pid: number;
  try {
    pid = Number.parseInt(await readFile(pidFile, 'utf8'), 10);
  } catch {
    return;
  }
  await rm(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 1) return;
  try {
    // Only a process that carries our build marker is ours; a recycled pid belongs to someone else.
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8');
    if (!environ.split('\0').some((v) => v.startsWith('PIPELINE_BUILD_ID='))) return;
    process.kill(-pid, 'SIGKILL');
    log.warn({ pid }, 'killed a build left over from a previous run');
    // Wait until it is really gone so it cannot overlap with the next build.
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const state = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
      if (!state || / [ZX] /.test(state)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } catch {
    // Already gone.
  }
}
