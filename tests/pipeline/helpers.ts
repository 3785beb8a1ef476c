import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const MAIN = path.join(REPO_ROOT, 'scripts', 'pipeline', 'main.ts');
export const ROLLBACK = path.join(REPO_ROOT, 'scripts', 'pipeline', 'rollback.ts');
export const FAKE_BUILD = path.join(REPO_ROOT, 'tests', 'pipeline', 'fixtures', 'fake-build.mjs');
export const SECRET = 'test-secret-0123456789-abcdef';

/** Small fake dataset: one article per slug, plus settings and a draft. */
export interface FakeArticle {
  slug: string;
  title: string;
  text: string;
  rev: string;
}

export function articleDoc(a: FakeArticle): Record<string, unknown> {
  return {
    _id: `article-${a.slug}`,
    _type: 'article',
    _rev: a.rev,
    _createdAt: '2026-01-01T00:00:00Z',
    _updatedAt: '2026-01-01T00:00:00Z',
    title: a.title,
    slug: { _type: 'slug', current: a.slug },
    text: a.text,
  };
}

/** Writes a fake ndjson dataset (what the fake build reads). */
export async function writeFakeDataset(file: string, articles: FakeArticle[]): Promise<void> {
  const docs = [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      _rev: 'settings-1',
      brandName: 'Pointwell Scalp Clinic',
    },
    ...articles.map(articleDoc),
    {
      ...articleDoc({ slug: 'draft-only', title: 'Draft', text: 'never live', rev: 'draft-1' }),
      _id: 'drafts.article-draft-only',
    },
  ];
  await writeFile(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
}

export function makeArticles(n: number, version: string): FakeArticle[] {
  return Array.from({ length: n }, (_, i) => ({
    slug: `topic-${i}`,
    title: `Topic ${i}`,
    text: `Text of topic ${i}, version ${version}.`,
    rev: `rev-${i}-${version}`,
  }));
}

/** `items[index]`, failing the test loudly instead of yielding undefined. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No item at index ${index} (length ${items.length})`);
  return item;
}

/** A value that must be present at this point of a test. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}`);
  return value;
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `smp-${prefix}-`));
}

/** Sends a webhook the way Sanity does; the signature comes from @sanity/webhook itself. */
export async function sendWebhook(
  controlUrl: string,
  body: string,
  options: {
    secret?: string;
    timestamp?: number;
    headers?: Record<string, string>;
    signature?: string | null;
  } = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Date.now();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'idempotency-key': `idem-${randomBytes(8).toString('hex')}`,
  };
  if (options.signature !== null) {
    headers['sanity-webhook-signature'] =
      options.signature ?? (await encodeSignatureHeader(body, timestamp, options.secret ?? SECRET));
  }
  return fetch(`${controlUrl}/webhooks/sanity`, {
    method: 'POST',
    headers: { ...headers, ...options.headers },
    body,
  });
}

/** The projection the README tells editors to configure. */
export function payloadFor(a: FakeArticle, operation = 'update'): string {
  return JSON.stringify({
    _id: `article-${a.slug}`,
    _type: 'article',
    _rev: a.rev,
    slug: a.slug,
    operation,
  });
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface StatusJson {
  live: { release: string; pageCount: number; mode: string } | null;
  lastBuild: { id: string; result: string; error?: { step: string; message: string } } | null;
  queue: {
    running: unknown;
    pending: unknown;
    stats: {
      started: number;
      succeeded: number;
      failed: number;
      maxRunning: number;
      maxPending: number;
      deliveriesMerged: number;
    };
  };
  builds: { id: string; result: string; mode: string; error?: { step: string; message: string } }[];
  releases: string[];
}

/** A pipeline service running as a child process (so tests can kill and restart it). */
export class PipelineProcess {
  child: ChildProcess | undefined;
  controlUrl = '';
  siteUrl = '';
  output: string[] = [];
  readonly env: Record<string, string>;

  constructor(env: Record<string, string>) {
    this.env = env;
  }

  async start(): Promise<void> {
    this.output = [];
    const child = spawn(process.execPath, [MAIN], {
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const ready = new Promise<void>((resolve, reject) => {
      let buffered = '';
      const onData = (chunk: Buffer): void => {
        buffered += chunk.toString('utf8');
        let nl = buffered.indexOf('\n');
        while (nl !== -1) {
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          this.output.push(line);
          try {
            const entry = JSON.parse(line) as {
              msg?: string;
              controlUrl?: string;
              siteUrl?: string;
            };
            if (entry.msg === 'pipeline service listening' && entry.controlUrl) {
              this.controlUrl = entry.controlUrl;
              this.siteUrl = entry.siteUrl ?? '';
              resolve();
            }
          } catch {
            // Not a log line.
          }
          nl = buffered.indexOf('\n');
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
      child.once('exit', (code) =>
        reject(
          new Error(`pipeline exited with ${code} before listening:\n${this.output.join('\n')}`),
        ),
      );
    });
    await ready;
  }

  async status(): Promise<StatusJson> {
    const response = await fetch(`${this.controlUrl}/status`);
    return (await response.json()) as StatusJson;
  }

  /** Waits until nothing runs or waits and the last build has the given result. */
  async settle(timeoutMs = 60_000): Promise<StatusJson> {
    return waitFor(
      'the queue to settle',
      async () => {
        const s = await this.status();
        return !s.queue.running && !s.queue.pending && s.builds[0]?.result !== 'running'
          ? s
          : undefined;
      },
      timeoutMs,
    );
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }
}

/** Environment for a pipeline that uses the fake build. */
export function fakePipelineEnv(
  dir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    SANITY_WEBHOOK_SECRET: SECRET,
    PORT: '0',
    PIPELINE_SITE_PORT: '0',
    PIPELINE_DIR: path.join(dir, 'pipeline'),
    SMP_DATASET: path.join(dir, 'data.ndjson'),
    PIPELINE_BUILD_COMMAND: `"${process.execPath}" "${FAKE_BUILD}"`,
    PIPELINE_CODE_PATHS: FAKE_BUILD,
    PIPELINE_DEBOUNCE_MS: '50',
    PIPELINE_MAX_ATTEMPTS: '1',
    FAKE_BUILD_CONTROL: path.join(dir, 'control.json'),
    FAKE_BUILD_STATE: path.join(dir, 'fake-state'),
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export async function setFakeMode(dir: string, mode: string, delayMs = 0): Promise<void> {
  await writeFile(path.join(dir, 'control.json'), JSON.stringify({ mode, delayMs }));
}

export async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => '');
}

/**
 * Polls live pages while a fault happens. Every response must be a 200 whose HTML is complete,
 * whose release marker matches the X-Release-Id it was served with, and whose stylesheet loads
 * (no page from one release with assets missing from it).
 */
export class LivePoller {
  readonly failures: string[] = [];
  readonly seen = new Set<string>();
  requests = 0;
  #running = true;
  #loop: Promise<void>;

  constructor(siteUrl: string, paths: string[]) {
    this.#loop = (async () => {
      let i = 0;
      while (this.#running) {
        const p = paths[i % paths.length] ?? '/';
        i += 1;
        try {
          const response = await fetch(`${siteUrl}${p}`);
          const html = await response.text();
          this.requests += 1;
          const release = response.headers.get('x-release-id') ?? '';
          if (response.status !== 200) this.failures.push(`${p}: status ${response.status}`);
          else if (!html.trimEnd().endsWith('</html>')) this.failures.push(`${p}: truncated HTML`);
          else {
            const marker = /<meta name="smp-release" content="([^"]+)">/.exec(html)?.[1];
            if (marker && marker !== release)
              this.failures.push(`${p}: page of ${marker} served as ${release}`);
            const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
            if (css) {
              const asset = await fetch(`${siteUrl}${css}`);
              await asset.arrayBuffer();
              if (asset.status !== 200)
                this.failures.push(`${p}: stylesheet ${css} gave ${asset.status}`);
            }
            this.seen.add(release);
          }
        } catch (error) {
          this.failures.push(`${p}: ${(error as Error).message}`);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.#running = false;
    await this.#loop;
  }
}

export async function cleanup(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
