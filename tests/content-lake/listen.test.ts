import type { MutationEvent } from '@sanity/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, mendoza, startTestLake, TOKEN } from './helpers.ts';

let ctx: Awaited<ReturnType<typeof startTestLake>>;
beforeAll(async () => {
  ctx = await startTestLake();
});
afterAll(async () => ctx.close());

/** Subscribes, waits for the welcome event, runs `act`, and collects `count` mutation events. */
async function collect(
  query: string,
  count: number,
  act: () => Promise<unknown>,
): Promise<MutationEvent[]> {
  const events: MutationEvent[] = [];
  const client = clientFor(ctx.lake.url);
  let subscription: { unsubscribe(): void } | undefined;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`got ${events.length} of ${count} events`)),
      10_000,
    );
    subscription = client
      .listen(
        query,
        {},
        { events: ['welcome', 'mutation'], effectFormat: 'mendoza', includeResult: true },
      )
      .subscribe({
        next: (event) => {
          if (event.type === 'welcome') {
            act().catch(reject);
            return;
          }
          if (event.type !== 'mutation') return;
          events.push(event);
          if (events.length === count) {
            clearTimeout(timer);
            resolve();
          }
        },
        error: reject,
      });
  });
  try {
    await done;
  } finally {
    subscription?.unsubscribe();
  }
  return events;
}

describe('data/listen', () => {
  it('sends welcome, then mutation events in commit order with the fields the Studio needs', async () => {
    const client = clientFor(ctx.lake.url);
    const events = await collect('*[_type == "faq"]', 3, async () => {
      await client.create({ _id: 'faq-l', _type: 'faq', question: 'One' });
      await client.patch('faq-l').set({ question: 'Two' }).commit();
      await client.delete('faq-l');
    });
    expect(events.map((e) => e.transition)).toEqual(['appear', 'update', 'disappear']);
    const [created, updated, deleted] = events as [MutationEvent, MutationEvent, MutationEvent];
    expect(created.previousRev).toBeUndefined();
    expect(created.resultRev).toBe(created.transactionId);
    expect(updated.previousRev).toBe(created.resultRev);
    expect(updated.result).toMatchObject({
      _id: 'faq-l',
      question: 'Two',
      _rev: updated.transactionId,
    });
    expect(updated.mutations).toEqual([
      { patch: expect.objectContaining({ id: 'faq-l', set: { question: 'Two' } }) },
    ]);
    expect(deleted.previousRev).toBe(updated.resultRev);
    for (const e of events) {
      expect(e.documentId).toBe('faq-l');
      expect(e.transactionTotalEvents).toBe(1);
      expect(e.transactionCurrentEvent).toBe(1);
    }
  });

  it('mendoza effects turn the previous document into the result', async () => {
    const client = clientFor(ctx.lake.url);
    const before = await client.getDocument('article-second');
    const [event] = await collect('*[_id == "article-second"]', 1, () =>
      client.patch('article-second').set({ title: 'Via effects' }).commit(),
    );
    const effects = event?.effects as { apply: unknown; revert: unknown } | undefined;
    expect(effects).toBeDefined();
    const after = mendoza.applyPatch(before, effects?.apply as never);
    expect(after).toEqual(event?.result);
    expect(mendoza.applyPatch(after, effects?.revert as never)).toEqual(before);
  });

  it('numbers events within a multi-document transaction', async () => {
    const client = clientFor(ctx.lake.url);
    const events = await collect('*[_type == "person"]', 2, () =>
      client
        .transaction()
        .create({ _id: 'person-a', _type: 'person', name: 'A' })
        .create({ _id: 'person-b', _type: 'person', name: 'B' })
        .commit(),
    );
    expect(
      events.map((e) => [e.documentId, e.transactionCurrentEvent, e.transactionTotalEvents]),
    ).toEqual([
      ['person-a', 1, 2],
      ['person-b', 2, 2],
    ]);
    expect(new Set(events.map((e) => e.transactionId)).size).toBe(1);
  });

  it('does not send events for documents outside the query', async () => {
    const client = clientFor(ctx.lake.url);
    const events = await collect('*[_type == "condition"]', 1, async () => {
      await client.create({ _id: 'faq-other', _type: 'faq', question: 'ignored' });
      await client.create({ _id: 'condition-x', _type: 'condition', name: 'X' });
    });
    expect(events.map((e) => e.documentId)).toEqual(['condition-x']);
  });

  it('refuses a listener without a token', async () => {
    const response = await fetch(`${ctx.lake.url}/v2025-02-19/data/listen/production?query=*`);
    expect(response.status).toBe(401);
    const ok = await fetch(`${ctx.lake.url}/v2025-02-19/data/listen/production?query=*`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.headers.get('content-type')).toContain('text/event-stream');
    await ok.body?.cancel();
  });
});
