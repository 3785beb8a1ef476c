import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchesFilter } from './groq.ts';
import { newRevision, type CommittedTransaction, type DatasetStore } from './store.ts';

type Req = IncomingMessage;
type Res = ServerResponse;

/** Comment lines keep proxies and the client's inactivity timer from closing an idle stream. */
const KEEPALIVE_MS = 15_000;

/** How a listener asked to be served (the data/listen query string). */
export interface ListenOptions {
  query: string;
  params: Record<string, unknown>;
  includeResult: boolean;
  includePreviousRevision: boolean;
  effects: boolean;
  includeMutations: boolean;
}

interface Listener {
  options: ListenOptions;
  res: Res;
  chain: Promise<void>;
}

/** Serves `data/listen` as server-sent events and fans committed transactions out to listeners. */
export class ListenerHub {
  private readonly listeners = new Set<Listener>();

  constructor(store: DatasetStore) {
    store.on('transaction', (tx) => {
      for (const listener of this.listeners) {
        // Per listener, transactions are sent strictly in commit order.
        listener.chain = listener.chain
          .then(() => this.send(listener, tx))
          .catch((error: unknown) => {
            console.error('[content-lake] listener error', error);
          });
      }
    });
  }

  get size(): number {
    return this.listeners.size;
  }

  open(req: Req, res: Res, options: ListenOptions): void {
    const headers: Record<string, string> = {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
    };
    // Connection-specific headers are forbidden on HTTP/2 streams.
    if (req.httpVersionMajor < 2) headers['connection'] = 'keep-alive';
    res.writeHead(200, headers);
    const listener: Listener = { options, res, chain: Promise.resolve() };
    this.listeners.add(listener);
    write(res, 'welcome', { listenerName: `content-lake-${newRevision().slice(0, 8)}` });
    const timer = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
    const close = (): void => {
      clearInterval(timer);
      this.listeners.delete(listener);
    };
    req.on('close', close);
    res.on('close', close);
  }

  /** Ends every stream (server shutdown); clients reconnect on their own. */
  closeAll(): void {
    for (const listener of this.listeners) listener.res.end();
    this.listeners.clear();
  }

  private async send(listener: Listener, tx: CommittedTransaction): Promise<void> {
    const { options, res } = listener;
    const total = tx.changes.length;
    for (const [index, change] of tx.changes.entries()) {
      const [before, after] = await Promise.all([
        matchesFilter(options.query, options.params, change.before),
        matchesFilter(options.query, options.params, change.after),
      ]);
      if (!before && !after) continue;
      const event: Record<string, unknown> = {
        eventId: `${tx.transactionId}#${change.id}`,
        documentId: change.id,
        transactionId: tx.transactionId,
        transition: before && after ? 'update' : after ? 'appear' : 'disappear',
        identity: tx.identity,
        resultRev: tx.transactionId,
        timestamp: tx.timestamp,
        visibility: 'query',
        transactionTotalEvents: total,
        transactionCurrentEvent: index + 1,
      };
      if (change.before?._rev) event['previousRev'] = change.before._rev;
      if (options.includeMutations) event['mutations'] = change.mutations;
      // Mendoza: opcode 0 pushes a literal value, so [0, doc] replaces the whole document.
      if (options.effects)
        event['effects'] = { apply: [0, change.after], revert: [0, change.before] };
      if (options.includeResult && change.after) event['result'] = change.after;
      if (options.includePreviousRevision && change.before) event['previous'] = change.before;
      write(res, 'mutation', event, event['eventId'] as string);
    }
  }
}

function write(res: Res, event: string, data: unknown, id?: string): void {
  res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
