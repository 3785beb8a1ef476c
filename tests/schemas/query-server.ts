import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { evaluate, parse } from 'groq-js';

/**
 * A loopback Content Lake query endpoint over documents held in memory, so Sanity's own
 * validators (the slug uniqueness query) run through the real @sanity/client over HTTP.
 * Answers `GET|POST /v<version>/data/query/<dataset>` with `{ result, ms, query }` on the raw
 * perspective (drafts included), which is what the slug check asks for; other paths get 404.
 */
export interface QueryServer {
  /** Origin to give @sanity/client as `apiHost`. */
  url: string;
  /** Queries received, to prove a check really went over HTTP. */
  queries: string[];
  close(): Promise<void>;
}

const QUERY_PATH = /^\/v[^/]+\/data\/query\/[^/]+$/;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(json);
}

async function readQuery(
  req: IncomingMessage,
  url: URL,
): Promise<{ query: string | null; params: Record<string, unknown> }> {
  if (req.method === 'POST') {
    const body = JSON.parse(await readBody(req)) as {
      query?: string;
      params?: Record<string, unknown>;
    };
    return { query: body.query ?? null, params: body.params ?? {} };
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
  }
  return { query: url.searchParams.get('query'), params };
}

/** Starts the server on an ephemeral loopback port over `documents`. */
export async function startQueryServer(documents: readonly object[]): Promise<QueryServer> {
  const queries: string[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (!QUERY_PATH.test(url.pathname)) {
          send(res, 404, { error: { description: `no route for ${url.pathname}` } });
          return;
        }
        const { query, params } = await readQuery(req, url);
        if (query === null) {
          send(res, 400, { error: { description: 'missing query' } });
          return;
        }
        queries.push(query);
        const value = await evaluate(parse(query), { dataset: documents, params });
        send(res, 200, { query, result: await value.get(), ms: 0 });
      } catch (error) {
        send(res, 400, { error: { description: String(error) } });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
