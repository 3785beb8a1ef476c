import fs from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  MAX_UPLOAD_BYTES,
  assetDocFactory,
  renderImage,
  uploadAsset,
  withCurrentUrl,
  type AssetContext,
} from './assets.ts';
import { Auth, LOCAL_USER, loginPage, resolveToken } from './auth.ts';
import { ensureTls, type TlsMaterial } from './certs.ts';
import { isAllowedOrigin, type ContentLakeConfig } from './config.ts';
import { ContentLakeError } from './errors.ts';
import {
  applyPerspective,
  parsePerspective,
  prepareQuery,
  runQuery,
  type Perspective,
} from './groq.ts';
import { ListenerHub } from './listen.ts';
import { applyActions, applyMutations, type MutationResult } from './mutations.ts';
import { DatasetStore, isAssetDoc, type Doc } from './store.ts';
import {
  WebhookDispatcher,
  loadWebhooks,
  retryDelays,
  type WebhookDefinition,
} from './webhooks.ts';

// The HTTP/2 compatibility API mirrors node:http's; one type keeps the handlers simple.
type Req = IncomingMessage;
type Res = ServerResponse;

/** JSON request bodies: large enough for big transactions, small enough to refuse abuse. */
const MAX_JSON_BYTES = 20 * 1024 * 1024;

/** A started server and what tests and the dev command need from it. */
export interface RunningContentLake {
  url: string;
  token: string;
  config: ContentLakeConfig;
  tls: TlsMaterial | undefined;
  store: DatasetStore;
  webhooks: WebhookDispatcher;
  close(): Promise<void>;
}

interface Ctx {
  req: Req;
  res: Res;
  url: URL;
  /** Path with the `/v<apiVersion>` prefix removed. */
  route: string;
  apiVersion: string;
  authed: boolean;
}

function send(res: Res, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

async function readBody(req: Req, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit)
      throw new ContentLakeError(413, 'payloadTooLarge', `Request body exceeds ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: Req): Promise<Record<string, unknown>> {
  const raw = (await readBody(req, MAX_JSON_BYTES)).toString('utf8');
  if (raw.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new Error('expected a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new ContentLakeError(
      400,
      'invalidJson',
      `Request body is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** `$name=<json>` query-string parameters, as @sanity/client sends them on GET queries. */
function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue;
    try {
      params[key.slice(1)] = JSON.parse(value);
    } catch {
      throw new ContentLakeError(400, 'invalidParams', `Parameter ${key} is not valid JSON`);
    }
  }
  return params;
}

const truthy = (value: string | null, fallback: boolean): boolean =>
  value === null ? fallback : value === 'true' || value === '1';

/** Starts the local Content Lake; resolves once it accepts requests. */
export async function startContentLake(
  config: ContentLakeConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningContentLake> {
  await fs.mkdir(config.dataDir, { recursive: true });
  const token = await resolveToken(config.token, config.dataDir);
  const auth = new Auth(token);
  const tls = config.tls
    ? await ensureTls(path.join(config.dataDir, 'tls'), config.projectId)
    : undefined;
  const hooks: WebhookDefinition[] = await loadWebhooks(config.webhooksFile, env);

  let handler: (req: Req, res: Res) => void = (_req, res) =>
    send(res, 503, { statusCode: 503, error: 'Service Unavailable', message: 'Starting' });
  const server = tls
    ? http2.createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, (req, res) =>
        handler(req as unknown as Req, res as unknown as Res),
      )
    : http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = tls
    ? `https://localhost:${port}`
    : `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const assetCtx: AssetContext = {
    projectId: config.projectId,
    dataset: config.dataset,
    publicUrl: url,
  };

  let store: DatasetStore;
  try {
    store = await DatasetStore.open(
      path.join(config.dataDir, config.dataset),
      config.seedDir,
      assetDocFactory(() => assetCtx),
    );
  } catch (error) {
    server.close();
    throw error;
  }
  const listeners = new ListenerHub(store);
  const webhooks = new WebhookDispatcher(
    store,
    hooks,
    { projectId: config.projectId, dataset: config.dataset },
    retryDelays(config.webhookRetryBaseMs),
  );
  const identity = LOCAL_USER.id;

  const visibleDocs = (perspective: Perspective): Doc[] =>
    applyPerspective(
      store.all().map((d) => (isAssetDoc(d) ? withCurrentUrl(d, assetCtx) : d)),
      perspective,
    );

  const checkDataset = (name: string | undefined): void => {
    if (name !== config.dataset) {
      throw new ContentLakeError(
        404,
        'datasetNotFound',
        `Dataset "${name ?? ''}" not found (this server has "${config.dataset}")`,
      );
    }
  };

  const requireAuth = (ctx: Ctx): void => {
    if (!ctx.authed) {
      throw new ContentLakeError(
        401,
        'unauthorized',
        'A valid API token is required (Authorization: Bearer <token>)',
      );
    }
  };

  async function handleQuery(ctx: Ctx, dataset: string | undefined): Promise<void> {
    checkDataset(dataset);
    let query: unknown;
    let params: Record<string, unknown>;
    let perspectiveRaw: unknown = ctx.url.searchParams.get('perspective') ?? undefined;
    if (ctx.req.method === 'POST') {
      const body = await readJson(ctx.req);
      query = body['query'];
      params = (body['params'] ?? {}) as Record<string, unknown>;
      perspectiveRaw = body['perspective'] ?? perspectiveRaw;
    } else {
      query = ctx.url.searchParams.get('query');
      params = paramsFromSearch(ctx.url.searchParams);
    }
    if (typeof query !== 'string' || query.trim() === '') {
      throw new ContentLakeError(400, 'queryParseError', 'Missing query');
    }
    const perspective = parsePerspective(
      typeof perspectiveRaw === 'string' && perspectiveRaw.includes(',')
        ? perspectiveRaw.split(',')
        : perspectiveRaw,
      ctx.apiVersion,
    );
    if (!ctx.authed && !(config.publicRead && perspective === 'published')) requireAuth(ctx);
    const started = performance.now();
    const result = await runQuery(query, params, visibleDocs(perspective), {
      identity: ctx.authed ? identity : '',
      projectId: config.projectId,
      dataset: config.dataset,
    });
    send(ctx.res, 200, {
      query,
      result,
      ms: Math.round(performance.now() - started),
      syncTags: [],
    });
  }

  async function handleMutate(ctx: Ctx, dataset: string | undefined): Promise<void> {
    checkDataset(dataset);
    requireAuth(ctx);
    if (ctx.req.method !== 'POST') throw new ContentLakeError(405, 'methodNotAllowed', 'Use POST');
    const body = await readJson(ctx.req);
    const search = ctx.url.searchParams;
    let results: MutationResult[] = [];
    const tx = await store.commit(
      async (staged) => {
        results = await applyMutations(staged, body['mutations'], {
          autoGenerateArrayKeys: truthy(search.get('autoGenerateArrayKeys'), false),
        });
      },
      {
        transactionId:
          typeof body['transactionId'] === 'string' ? body['transactionId'] : undefined,
        identity,
        dryRun: truthy(search.get('dryRun'), false),
      },
    );
    const returnDocuments = truthy(search.get('returnDocuments'), false);
    const byId = new Map(tx.changes.map((c) => [c.id, c]));
    send(ctx.res, 200, {
      transactionId: tx.transactionId,
      results: results.map((r) => {
        const change = byId.get(r.id);
        const document = change ? (change.after ?? change.before) : store.get(r.id);
        return returnDocuments && document ? { ...r, document } : r;
      }),
      ...(truthy(search.get('returnIds'), false) ? { documentIds: results.map((r) => r.id) } : {}),
    });
  }

  async function handleActions(ctx: Ctx, dataset: string | undefined): Promise<void> {
    checkDataset(dataset);
    requireAuth(ctx);
    if (ctx.req.method !== 'POST') throw new ContentLakeError(405, 'methodNotAllowed', 'Use POST');
    const body = await readJson(ctx.req);
    const tx = await store.commit((staged) => applyActions(staged, body['actions']), {
      transactionId: typeof body['transactionId'] === 'string' ? body['transactionId'] : undefined,
      identity,
      dryRun: body['dryRun'] === true,
    });
    send(ctx.res, 200, { transactionId: tx.transactionId });
  }

  function handleDoc(ctx: Ctx, dataset: string | undefined, ids: string | undefined): void {
    checkDataset(dataset);
    requireAuth(ctx);
    const wanted = decodeURIComponent(ids ?? '')
      .split(',')
      .filter(Boolean);
    const documents: Doc[] = [];
    const omitted: { id: string; reason: string }[] = [];
    for (const id of wanted) {
      const doc = store.get(id);
      if (doc) documents.push(isAssetDoc(doc) ? withCurrentUrl(doc, assetCtx) : doc);
      else omitted.push({ id, reason: 'existence' });
    }
    send(ctx.res, 200, { documents, omitted });
  }

  function handleListen(ctx: Ctx, dataset: string | undefined): void {
    checkDataset(dataset);
    requireAuth(ctx);
    const search = ctx.url.searchParams;
    const query = search.get('query');
    if (!query) throw new ContentLakeError(400, 'queryParseError', 'Missing query');
    const params = paramsFromSearch(search);
    // Parse now so a bad query is a 400, not a silent stream.
    prepareQuery(query, params);
    listeners.open(ctx.req, ctx.res, {
      query,
      params,
      includeResult: truthy(search.get('includeResult'), true),
      includePreviousRevision: truthy(search.get('includePreviousRevision'), false),
      includeMutations: truthy(search.get('includeMutations'), true),
      effects: search.get('effectFormat') === 'mendoza',
    });
  }

  async function handleUpload(
    ctx: Ctx,
    kind: string | undefined,
    dataset: string | undefined,
  ): Promise<void> {
    checkDataset(dataset);
    requireAuth(ctx);
    if (ctx.req.method !== 'POST') throw new ContentLakeError(405, 'methodNotAllowed', 'Use POST');
    if (kind !== 'images' && kind !== 'files')
      throw new ContentLakeError(404, 'notFound', 'Unknown asset kind');
    const data = await readBody(ctx.req, MAX_UPLOAD_BYTES);
    const document = await uploadAsset(
      store,
      assetCtx,
      kind === 'images' ? 'image' : 'file',
      data,
      {
        filename: ctx.url.searchParams.get('filename') ?? undefined,
        identity,
      },
    );
    send(ctx.res, 200, { document });
  }

  async function handleAssetFile(
    ctx: Ctx,
    kind: string,
    pid: string | undefined,
    dataset: string | undefined,
    file: string | undefined,
  ): Promise<void> {
    if (pid !== config.projectId) throw new ContentLakeError(404, 'notFound', 'Unknown project');
    checkDataset(dataset);
    const name = decodeURIComponent(file ?? '');
    // Only content-addressed names: nothing outside the asset folders can be reached.
    const pattern =
      kind === 'images'
        ? /^([a-f0-9]{40}-\d+x\d+\.[a-z0-9]+)(?:\/[^/]*)?$/
        : /^([a-f0-9]{40}\.[a-z0-9]+)(?:\/[^/]*)?$/;
    const match = pattern.exec(name);
    if (!match?.[1]) throw new ContentLakeError(404, 'notFound', 'Asset not found');
    const absolute = store.assetPath(`${kind}/${match[1]}`);
    const headers = {
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'accept',
      'access-control-allow-origin': '*',
    };
    if (kind === 'images') {
      const image = await renderImage(
        absolute,
        ctx.url.searchParams,
        String(ctx.req.headers['accept'] ?? ''),
      );
      ctx.res.writeHead(200, {
        ...headers,
        'content-type': image.contentType,
        'content-length': String(image.body.length),
      });
      ctx.res.end(image.body);
      return;
    }
    const data = await fs.readFile(absolute).catch(() => undefined);
    if (!data) throw new ContentLakeError(404, 'notFound', 'Asset not found');
    ctx.res.writeHead(200, {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-length': String(data.length),
    });
    ctx.res.end(data);
  }

  async function handleLogin(ctx: Ctx): Promise<void> {
    const { req, res } = ctx;
    let origin = ctx.url.searchParams.get('origin') ?? '';
    let submitted: string | undefined;
    if (req.method === 'POST') {
      const form = new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
      origin = form.get('origin') ?? origin;
      submitted = form.get('token') ?? '';
    }
    let target: URL;
    try {
      target = new URL(origin);
    } catch {
      throw new ContentLakeError(400, 'invalidOrigin', 'Missing or invalid origin');
    }
    // Only redirect to allowed origins: a login page must not be an open redirect.
    if (!isAllowedOrigin(config, target.origin))
      throw new ContentLakeError(400, 'invalidOrigin', `Origin ${target.origin} is not allowed`);
    // form-action also governs the redirect after submitting, so the Studio's origin is listed.
    const html = {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${target.origin}`,
      'x-frame-options': 'DENY',
    };
    if (submitted === undefined) {
      res.writeHead(200, html);
      res.end(loginPage(origin));
      return;
    }
    if (!auth.isValid(submitted)) {
      res.writeHead(401, html);
      res.end(loginPage(origin, 'That token is not valid for this server.'));
      return;
    }
    target.hash = `sid=${auth.issueSid()}`;
    res.writeHead(303, { location: target.toString() });
    res.end();
  }

  const projectBody = () => ({
    id: config.projectId,
    displayName: `Local project ${config.projectId}`,
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    organizationId: null,
    metadata: { color: '#2276fc', externalStudioHost: null },
    members: [
      {
        id: LOCAL_USER.id,
        role: 'administrator',
        roles: LOCAL_USER.roles,
        isRobot: false,
        isCurrentUser: true,
      },
    ],
    features: [],
    pendingInvites: 0,
    createdAt: '2024-01-01T00:00:00Z',
  });

  const aclBody = [
    { filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] },
  ];

  const grantsBody = () => {
    const grant = [
      {
        grants: [
          { name: 'read' },
          { name: 'update' },
          { name: 'create' },
          { name: 'history' },
          { name: 'manage' },
        ],
        params: {},
        config: {},
      },
    ];
    return {
      'sanity.document.filter.mode': [
        {
          grants: [
            { name: 'read' },
            { name: 'update' },
            { name: 'create' },
            { name: 'history' },
            { name: 'mode' },
          ],
          params: { filter: '_id in path("**")' },
          config: {},
        },
      ],
      'sanity.project': grant,
      'sanity.project.datasets': grant,
    };
  };

  async function route(ctx: Ctx): Promise<void> {
    const parts = ctx.route.split('/').filter(Boolean);
    const [a, b, c, d, e] = parts;
    const method = ctx.req.method ?? 'GET';
    switch (a) {
      case 'ping':
      case 'health':
        return send(ctx.res, 200, { ok: true });
      case 'data':
        if (b === 'query') return handleQuery(ctx, c);
        if (b === 'mutate') return handleMutate(ctx, c);
        if (b === 'actions') return handleActions(ctx, c);
        if (b === 'doc') return handleDoc(ctx, c, parts.slice(3).join('/'));
        if (b === 'listen') return handleListen(ctx, c);
        requireAuth(ctx);
        throw new ContentLakeError(404, 'notFound', `Unsupported data endpoint: ${b ?? ''}`);
      case 'assets':
        return handleUpload(ctx, b, c);
      case 'images':
      case 'files':
        return handleAssetFile(ctx, a, b, c, parts.slice(3).join('/'));
      case 'auth':
        if (b === 'providers') {
          return send(ctx.res, 200, {
            thirdPartyLogin: false,
            sso: {},
            providers: [
              { name: 'local-token', title: 'Local token', url: `${url}/auth/login/local` },
            ],
          });
        }
        if (b === 'login' && c === 'local') return handleLogin(ctx);
        if (b === 'fetch') {
          const sid = ctx.url.searchParams.get('sid') ?? '';
          const value = auth.redeemSid(sid);
          if (!value) throw new ContentLakeError(401, 'unauthorized', 'Unknown or expired sid');
          return send(ctx.res, 200, { token: value });
        }
        if (b === 'id') {
          requireAuth(ctx);
          return send(ctx.res, 200, { id: LOCAL_USER.id });
        }
        if (b === 'logout') return send(ctx.res, 200, { ok: true });
        if (b === 'session' || b === 'views') return send(ctx.res, 200, {});
        throw new ContentLakeError(404, 'notFound', 'Unknown auth endpoint');
      case 'users':
        if (b === 'me' && !c) return send(ctx.res, 200, ctx.authed ? LOCAL_USER : {});
        requireAuth(ctx);
        if (b === 'me' && c === 'keyvalue') {
          if (method === 'GET') return send(ctx.res, 200, []);
          const body = await readJson(ctx.req).catch(() => ({}));
          return send(ctx.res, 200, Array.isArray(body) ? body : []);
        }
        return send(ctx.res, 200, LOCAL_USER);
      case 'projects': {
        requireAuth(ctx);
        if (b && b !== config.projectId)
          throw new ContentLakeError(404, 'notFound', `Project ${b} not found`);
        if (!b) return send(ctx.res, 200, [projectBody()]);
        if (!c) return send(ctx.res, 200, projectBody());
        if (c === 'datasets' && d && e === 'acl') {
          checkDataset(d);
          return send(ctx.res, 200, aclBody);
        }
        if (c === 'datasets' && !d)
          return send(ctx.res, 200, [{ name: config.dataset, aclMode: 'private', tags: [] }]);
        if (c === 'datasets' && d) {
          checkDataset(d);
          return send(ctx.res, 200, { name: config.dataset, aclMode: 'private' });
        }
        if (c === 'grants') return send(ctx.res, 200, grantsBody());
        if (c === 'users') return send(ctx.res, 200, [LOCAL_USER]);
        if (c === 'features') return send(ctx.res, 200, d ? false : []);
        if (c === 'user-applications') return send(ctx.res, 200, []);
        if (c === 'roles') return send(ctx.res, 200, LOCAL_USER.roles);
        return send(ctx.res, 404, {
          statusCode: 404,
          error: 'Not Found',
          message: `Not available locally: ${ctx.route}`,
        });
      }
      case 'features':
        return send(ctx.res, 200, []);
      case 'intake':
        if (b === 'telemetry-status') return send(ctx.res, 200, { status: 'denied' });
        return send(ctx.res, 204, {});
      case 'journey':
      case 'access':
      case 'organizations':
      case 'comments':
      case 'notifications':
        // Cloud-only features the Studio probes at start: an answer (any status) keeps it happy.
        return send(ctx.res, 404, {
          statusCode: 404,
          error: 'Not Found',
          message: `Not available locally: ${ctx.route}`,
        });
      default:
        return send(ctx.res, 404, {
          statusCode: 404,
          error: 'Not Found',
          message: `Not available locally: ${ctx.route}`,
        });
    }
  }

  handler = (req, res) => {
    const origin = typeof req.headers['origin'] === 'string' ? req.headers['origin'] : undefined;
    if (origin && isAllowedOrigin(config, origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('vary', 'origin');
    }
    if (req.method === 'OPTIONS') {
      const requested = req.headers['access-control-request-headers'];
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers':
          typeof requested === 'string' ? requested : 'authorization, content-type',
        'access-control-max-age': '600',
        ...(req.headers['access-control-request-private-network']
          ? { 'access-control-allow-private-network': 'true' }
          : {}),
      });
      res.end();
      return;
    }
    const parsed = new URL(req.url ?? '/', 'http://localhost');
    const versioned = /^\/(v\d{4}-\d{2}-\d{2}|v1|vX)(\/.*)?$/.exec(parsed.pathname);
    const ctx: Ctx = {
      req,
      res,
      url: parsed,
      route: versioned ? (versioned[2] ?? '/') : parsed.pathname,
      apiVersion: versioned?.[1]?.slice(1) ?? '1',
      authed: auth.isValid(
        auth.fromHeader(
          typeof req.headers['authorization'] === 'string'
            ? req.headers['authorization']
            : undefined,
        ),
      ),
    };
    route(ctx).catch((error: unknown) => {
      if (error instanceof ContentLakeError) {
        send(res, error.statusCode, error.toBody());
        return;
      }
      console.error('[content-lake] internal error', error);
      send(res, 500, {
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Internal error',
      });
    });
  };

  return {
    url,
    token,
    config,
    tls,
    store,
    webhooks,
    async close() {
      webhooks.stop();
      listeners.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
        setTimeout(resolve, 2000).unref();
      });
    },
  };
}
