import { encodeSignatureHeader } from '@sanity/webhook';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { ConfigError } from './errors.ts';
import { isDraftId, isVersionId, runQuery } from './groq.ts';
import type { CommittedTransaction, DatasetStore, Doc } from './store.ts';

type Operation = 'create' | 'update' | 'delete';

/** A GROQ-powered webhook, configured as in Sanity's project settings. */
export interface WebhookDefinition {
  name: string;
  url: string;
  /** GROQ filter (without `*[ ]`), evaluated with before()/after() and delta::*. Empty = all. */
  filter: string;
  /** GROQ projection (with braces) for the body; empty = the whole document. */
  projection: string;
  /** HMAC secret; when set, requests carry `sanity-webhook-signature`. */
  secret: string | undefined;
  on: Operation[];
  includeDrafts: boolean;
  httpMethod: 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'GET';
  headers: Record<string, string>;
}

/**
 * Sanity retries 429 and 5xx for about 30 minutes: delays double from `base` (1 s by default),
 * capped at 15 minutes each, until the total passes 30 minutes.
 */
export function retryDelays(base: number): number[] {
  const delays: number[] = [];
  let total = 0;
  for (let delay = base; total < 30 * 60_000; delay *= 2) {
    const capped = Math.min(delay, 15 * 60_000);
    delays.push(capped);
    total += capped;
  }
  return delays;
}
/** Sanity gives a receiver 30 s to answer. */
const DELIVERY_TIMEOUT_MS = 30_000;

function parseDefinition(raw: unknown, where: string, env: NodeJS.ProcessEnv): WebhookDefinition {
  if (!raw || typeof raw !== 'object') throw new ConfigError(`${where} must be an object`);
  const r = raw as Record<string, unknown>;
  const url = r['url'];
  if (typeof url !== 'string' || !/^https?:\/\//.test(url))
    throw new ConfigError(`${where}.url must be an http(s) URL`);
  const on = (r['on'] ?? ['create', 'update', 'delete']) as unknown;
  if (!Array.isArray(on) || !on.every((o) => o === 'create' || o === 'update' || o === 'delete')) {
    throw new ConfigError(`${where}.on must list create/update/delete`);
  }
  let secret = typeof r['secret'] === 'string' ? r['secret'] : undefined;
  if (typeof r['secretEnv'] === 'string') {
    secret = env[r['secretEnv']];
    if (!secret)
      throw new ConfigError(`${where}.secretEnv names ${r['secretEnv']}, which is not set`);
  }
  const method = (r['httpMethod'] ?? 'POST') as WebhookDefinition['httpMethod'];
  if (!['POST', 'PUT', 'PATCH', 'DELETE', 'GET'].includes(method))
    throw new ConfigError(`${where}.httpMethod is invalid`);
  return {
    name: typeof r['name'] === 'string' ? r['name'] : url,
    url,
    filter: typeof r['filter'] === 'string' ? r['filter'] : '',
    projection: typeof r['projection'] === 'string' ? r['projection'] : '',
    secret,
    on,
    includeDrafts: r['includeDrafts'] === true,
    httpMethod: method,
    headers: (r['headers'] ?? {}) as Record<string, string>,
  };
}

/**
 * Webhooks from `CONTENT_LAKE_WEBHOOKS` (a JSON array of definitions) and/or a single one from
 * `CONTENT_LAKE_WEBHOOK_URL` (+ `SANITY_WEBHOOK_SECRET`, `CONTENT_LAKE_WEBHOOK_FILTER`,
 * `CONTENT_LAKE_WEBHOOK_PROJECTION`).
 */
export async function loadWebhooks(
  file: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<WebhookDefinition[]> {
  const hooks: WebhookDefinition[] = [];
  if (file) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(
        `CONTENT_LAKE_WEBHOOKS (${file}) is not a readable JSON file: ${(error as Error).message}`,
      );
    }
    if (!Array.isArray(parsed))
      throw new ConfigError(`CONTENT_LAKE_WEBHOOKS (${file}) must hold a JSON array`);
    parsed.forEach((raw, i) => hooks.push(parseDefinition(raw, `${file}[${i}]`, env)));
  }
  if (env['CONTENT_LAKE_WEBHOOK_URL']) {
    hooks.push(
      parseDefinition(
        {
          name: 'env',
          url: env['CONTENT_LAKE_WEBHOOK_URL'],
          secret: env['SANITY_WEBHOOK_SECRET'],
          filter: env['CONTENT_LAKE_WEBHOOK_FILTER'],
          projection: env['CONTENT_LAKE_WEBHOOK_PROJECTION'],
        },
        'CONTENT_LAKE_WEBHOOK_URL',
        env,
      ),
    );
  }
  return hooks;
}

/** One attempt's outcome, for logs and tests. */
export interface DeliveryLog {
  webhook: string;
  documentId: string;
  operation: Operation;
  idempotencyKey: string;
  attempt: number;
  status: number | 'error';
}

interface Delivery {
  hook: WebhookDefinition;
  body: string;
  headers: Record<string, string>;
  documentId: string;
  operation: Operation;
  idempotencyKey: string;
}

/** Evaluates webhooks for every committed transaction and delivers them, one at a time per hook. */
export class WebhookDispatcher {
  private readonly queues = new Map<string, Promise<void>>();
  private pending = 0;
  private stopped = false;
  readonly log: DeliveryLog[] = [];

  constructor(
    store: DatasetStore,
    private readonly hooks: WebhookDefinition[],
    private readonly project: { projectId: string; dataset: string },
    private readonly delays: number[] = retryDelays(1000),
  ) {
    if (hooks.length === 0) return;
    let chain = Promise.resolve();
    store.on('transaction', (tx) => {
      chain = chain
        .then(() => this.onTransaction(tx))
        .catch((error: unknown) => {
          console.error('[content-lake] webhook evaluation failed', error);
        });
    });
  }

  /** Deliveries queued or in flight. */
  get inFlight(): number {
    return this.pending;
  }

  stop(): void {
    this.stopped = true;
  }

  private async onTransaction(tx: CommittedTransaction): Promise<void> {
    for (const change of tx.changes) {
      const operation: Operation = !change.before ? 'create' : change.after ? 'update' : 'delete';
      const doc = (change.after ?? change.before) as Doc;
      for (const hook of this.hooks) {
        if (!hook.on.includes(operation)) continue;
        if (!hook.includeDrafts && (isDraftId(change.id) || isVersionId(change.id))) continue;
        const context = {
          before: change.before,
          after: change.after,
          mode: 'delta' as const,
          root: doc,
          ...this.project,
        };
        if (hook.filter.trim() !== '') {
          const matched = await runQuery(hook.filter, {}, [doc], context).catch(
            (error: unknown) => {
              console.error(`[content-lake] webhook ${hook.name}: filter failed`, error);
              return false;
            },
          );
          if (matched !== true) continue;
        }
        const payload =
          hook.projection.trim() === '' ? doc : await runQuery(hook.projection, {}, [doc], context);
        const delivery: Delivery = {
          hook,
          body: JSON.stringify(payload),
          documentId: change.id,
          operation,
          idempotencyKey: `msg_${randomUUID()}`,
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Sanity.io webhook delivery (local Content Lake)',
            'sanity-project-id': this.project.projectId,
            'sanity-dataset': this.project.dataset,
            'sanity-document-id': change.id,
            'sanity-operation': operation,
            'sanity-transaction-id': tx.transactionId,
            'sanity-transaction-time': tx.timestamp,
            'sanity-webhook-id': hook.name,
            ...hook.headers,
          },
        };
        this.enqueue(delivery);
      }
    }
  }

  private enqueue(delivery: Delivery): void {
    this.pending++;
    const key = delivery.hook.name;
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.deliver(delivery)).finally(() => this.pending--);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
  }

  private async deliver(delivery: Delivery): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      const headers: Record<string, string> = {
        ...delivery.headers,
        'idempotency-key': delivery.idempotencyKey,
      };
      if (delivery.hook.secret) {
        // Signed per attempt with the attempt's own time, as Sanity does.
        headers['sanity-webhook-signature'] = await encodeSignatureHeader(
          delivery.body,
          Date.now(),
          delivery.hook.secret,
        );
      }
      let status: number | 'error';
      try {
        const response = await fetch(delivery.hook.url, {
          method: delivery.hook.httpMethod,
          headers,
          ...(delivery.hook.httpMethod === 'GET' ? {} : { body: delivery.body }),
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        status = response.status;
        await response.arrayBuffer().catch(() => undefined);
      } catch {
        status = 'error';
      }
      this.log.push({
        webhook: delivery.hook.name,
        documentId: delivery.documentId,
        operation: delivery.operation,
        idempotencyKey: delivery.idempotencyKey,
        attempt,
        status,
      });
      const retryable = status === 'error' || status === 429 || status >= 500;
      if (!retryable) {
        if (typeof status === 'number' && status >= 400) {
          console.warn(
            `[content-lake] webhook ${delivery.hook.name} rejected (${status}); not retried`,
          );
        }
        return;
      }
      const delay = this.delays[attempt - 1];
      if (delay === undefined) {
        console.error(
          `[content-lake] webhook ${delivery.hook.name} gave up after ${attempt} attempts`,
        );
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
    }
  }
}
