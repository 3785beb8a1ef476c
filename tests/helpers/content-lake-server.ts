import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';
import { loadDataset, type LoadedDataset } from '../../site/src/lib/dataset.ts';

/**
 * A loopback stand-in for the Content Lake query endpoint, answering from a bundled dataset so
 * the site's hosted source can be exercised through the real @sanity/client with no network.
 * Implements `GET|POST /v<date>/data/query/<dataset>` with `$params`, the `perspective`
 * parameter (published by default, as on API versions from 2025-02-19) and the
 * `{ result, ms, query }` response; everything else is a 404.
 */
export interface ContentLakeServer {
  /** Origin to use as `SANITY_API_HOST` (http://127.0.0.1:<port>). */
  url: string;
  dataset: string;
  /** Every request the server answered, for assertions on what the client sent. */
  requests: {
    method: string;
    path: string;
    query: string;
    params: Record<string, unknown>;
    perspective: string;
    authorization: string | undefined;
  }[];
  close(): Promise<void>;
}

const QUERY_PATH = /^\/v(\d{4}-\d{2}-\d{2}|1)\/data\/query\/([^/]+)$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** Parses `$name=<json>` search parameters the way the Content Lake does. */
function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue;
    try {
      params[key.slice(1)] = JSON.parse(value);
    } catch {
      throw new HttpError(400, `parameter ${key} is not valid JSON`);
    }
  }
  return params;
}

/** Starts the server on an ephemeral loopback port over the given export file. */
export async function startContentLakeServer(options: {
  datasetFile: string;
  dataset?: string;
}): Promise<ContentLakeServer> {
  const name = options.dataset ?? 'production';
  const data: LoadedDataset = await loadDataset(options.datasetFile);
  const raw = [...data.documents, ...data.unpublished];
  const byIdPublished = data.byId;
  const byIdRaw = new Map(raw.map((d) => [d._id, d]));
  const requests: ContentLakeServer['requests'] = [];

  const server: Server = createServer((req, res) => {
    void (async () => {
      const started = performance.now();
      try {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const m = QUERY_PATH.exec(url.pathname);
        if (!m) throw new HttpError(404, `no route for ${req.method} ${url.pathname}`);
        if (m[2] !== name) throw new HttpError(404, `dataset "${m[2]}" not found`);
        let query: string | null;
        let params: Record<string, unknown>;
        let perspective = url.searchParams.get('perspective') ?? 'published';
        if (req.method === 'GET') {
          query = url.searchParams.get('query');
          params = paramsFromSearch(url.searchParams);
        } else if (req.method === 'POST') {
          const body = JSON.parse(await readBody(req)) as {
            query?: string;
            params?: Record<string, unknown>;
            perspective?: string;
          };
          query = body.query ?? null;
          params = body.params ?? {};
          perspective = body.perspective ?? perspective;
        } else {
          throw new HttpError(405, `${req.method} not allowed`);
        }
        if (!query) throw new HttpError(400, 'missing query');
        requests.push({
          method: req.method,
          path: url.pathname,
          query,
          params,
          perspective,
          authorization: req.headers.authorization,
        });
        const published = perspective !== 'raw';
        let tree;
        try {
          tree = parse(query);
        } catch (err) {
          throw new HttpError(400, `query parse error: ${(err as Error).message}`);
        }
        const lookup = published ? byIdPublished : byIdRaw;
        const value = await evaluate(tree, {
          dataset: published ? data.documents : raw,
          params,
          dereference: ({ _ref }) => lookup.get(_ref) ?? null,
        });
        const result: unknown = await value.get();
        send(res, 200, { query, result, ms: Math.round(performance.now() - started) });
      } catch (err) {
        const status = err instanceof HttpError ? err.status : 500;
        send(res, status, {
          error: {
            description: (err as Error).message,
            type: status === 400 ? 'queryParseError' : 'httpError',
          },
        });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataset: name,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
