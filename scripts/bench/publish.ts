/**
 * Publish-to-live: runs the real publish pipeline (scripts/pipeline/main.ts) on a scratch release
 * directory over the generated dataset, then, for each sample, changes one article in the
 * dataset, sends a Sanity-signed webhook and polls the live site until the new text is served.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { articleIdentity, type DatasetPlan } from './generate.ts';
import { percentile, treeRss } from './measure.ts';
import { buildEnv, REPO_ROOT } from './site.ts';

export interface PublishFigures {
  samplesMs: number[];
  p50Ms: number;
  p95Ms: number;
  /** The pipeline's first (full) build of the same dataset, from start to live. */
  initialFullBuildMs: number;
  /** How the pipeline built each sample ("incremental"/"full"), from its /status. */
  modes: string[];
  /** Build duration the pipeline itself recorded for each sample. */
  pipelineBuildMs: number[];
  peakTreeRssBytes: number;
}

export interface PublishOptions {
  datasetFile: string;
  workDir: string;
  plan: DatasetPlan;
  publishes: number;
  log: (line: string) => void;
  /** Longest wait for one build (the first full build of a large dataset takes minutes). */
  timeoutMs?: number;
}

/** The pipeline did not come up or a publish never went live; carries its log tail. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Rewrites one article's line: new text at the start of its body, new _rev and _updatedAt. */
export async function editArticle(
  datasetFile: string,
  articleId: string,
  marker: string,
): Promise<string> {
  const temp = `${datasetFile}.edit`;
  const out = createWriteStream(temp);
  const rev = randomBytes(11).toString('hex');
  let found = false;
  const prefix = `{"_id":${JSON.stringify(articleId)},`;
  for await (const line of createInterface({
    input: createReadStream(datasetFile),
    crlfDelay: Infinity,
  })) {
    let text = line;
    if (line.startsWith(prefix)) {
      const doc = JSON.parse(line) as {
        _rev: string;
        _updatedAt: string;
        body: { _type: string; children?: { text: string }[] }[];
      };
      const first = doc.body.find(
        (block) => block._type === 'block' && block.children?.[0] !== undefined,
      );
      const span = first?.children?.[0];
      if (span === undefined) throw new PublishError(`${articleId} has no text block to edit`);
      span.text = `${marker}. ${span.text.replace(/^Bench edit [^.]*\. /, '')}`;
      doc._rev = rev;
      doc._updatedAt = new Date().toISOString();
      text = JSON.stringify(doc);
      found = true;
    }
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  if (!found) {
    rmSync(temp, { force: true });
    throw new PublishError(`${articleId} is not in ${datasetFile}`);
  }
  // Atomic replace, as a Content Lake commit is: the pipeline never reads a half-written file.
  renameSync(temp, datasetFile);
  return rev;
}

interface RunningPipeline {
  child: ChildProcess;
  controlUrl: string;
  siteUrl: string;
  output: () => string;
}

async function startPipeline(options: PublishOptions, secret: string): Promise<RunningPipeline> {
  const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, join(REPO_ROOT, 'scripts', 'pipeline', 'main.ts')], {
    cwd: REPO_ROOT,
    env: buildEnv({
      SANITY_WEBHOOK_SECRET: secret,
      SMP_DATASET: options.datasetFile,
      PIPELINE_DIR: options.workDir,
      PORT: '0',
      PIPELINE_SITE_PORT: '0',
      PIPELINE_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so stopping it also stops a build it has running.
    detached: true,
  });
  let output = '';
  const urls = new Promise<{ controlUrl: string; siteUrl: string }>((resolveUrls, rejectUrls) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      for (const line of output.split('\n')) {
        if (!line.includes('controlUrl')) continue;
        try {
          const entry = JSON.parse(line) as { controlUrl?: string; siteUrl?: string };
          if (entry.controlUrl !== undefined && entry.siteUrl !== undefined) {
            resolveUrls({ controlUrl: entry.controlUrl, siteUrl: entry.siteUrl });
          }
        } catch {
          // A log line that is not JSON (pretty printing): keep reading.
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) =>
      rejectUrls(new PublishError(`pipeline exited with ${code}:\n${output.slice(-2000)}`)),
    );
  });
  const started = await Promise.race([
    urls,
    sleep(60_000).then(() => {
      throw new PublishError(
        `pipeline did not report its URLs within 60 s:\n${output.slice(-2000)}`,
      );
    }),
  ]);
  return { child, ...started, output: () => output };
}

function stopPipeline(pipeline: RunningPipeline): Promise<void> {
  const { child } = pipeline;
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = once(child, 'exit').then(() => undefined);
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  return Promise.race([
    exited,
    sleep(10_000).then(() => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }),
  ]);
}

interface Status {
  live: { release: string } | null;
  queue: { running: unknown; pending: unknown };
  builds: { result: string; mode?: string; durationMs?: number; error?: { message: string } }[];
}

async function status(controlUrl: string): Promise<Status> {
  const res = await fetch(`${controlUrl}/status`);
  if (!res.ok) throw new PublishError(`/status answered ${res.status}`);
  return (await res.json()) as Status;
}

async function waitFor<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(50);
  }
  throw new PublishError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
}

/** Measures publish-to-live over `options.publishes` single-article changes. */
export async function measurePublish(options: PublishOptions): Promise<PublishFigures> {
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  rmSync(options.workDir, { recursive: true, force: true });
  mkdirSync(options.workDir, { recursive: true });
  const secret = randomBytes(24).toString('base64url');
  const started = performance.now();
  const pipeline = await startPipeline(options, secret);
  let peak = 0;
  const sampler = setInterval(() => {
    if (pipeline.child.pid !== undefined) peak = Math.max(peak, treeRss(pipeline.child.pid).total);
  }, 100);
  try {
    await waitFor('the first full build to go live', timeoutMs, async () => {
      if (pipeline.child.exitCode !== null)
        throw new PublishError(`pipeline exited:\n${pipeline.output().slice(-2000)}`);
      const s = await status(pipeline.controlUrl).catch(() => undefined);
      const failed = s?.builds.find((b) => b.result === 'failed');
      if (failed !== undefined)
        throw new PublishError(`first build failed: ${failed.error?.message ?? 'unknown'}`);
      return s?.live !== null &&
        s?.live !== undefined &&
        s.queue.running === null &&
        s.queue.pending === null
        ? s
        : undefined;
    });
    const initialFullBuildMs = performance.now() - started;

    const samplesMs: number[] = [];
    const modes: string[] = [];
    const pipelineBuildMs: number[] = [];
    for (let k = 0; k < options.publishes; k++) {
      // Spread the edits over the dataset: a different article each time.
      const index = Math.floor(((k + 0.5) * options.plan.articles) / options.publishes);
      const target = articleIdentity(index);
      const marker = `Bench edit ${k} ${randomBytes(4).toString('hex')}`;
      const rev = await editArticle(options.datasetFile, target.id, marker);
      const body = JSON.stringify({
        _id: target.id,
        _type: 'article',
        _rev: rev,
        slug: target.slug,
        operation: 'update',
      });
      const t0 = performance.now();
      const res = await fetch(`${pipeline.controlUrl}/webhooks/sanity`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret),
          'idempotency-key': `bench-${k}-${rev}`,
        },
        body,
      });
      if (!res.ok) throw new PublishError(`webhook answered ${res.status}: ${await res.text()}`);
      const url = `${pipeline.siteUrl}/articles/${target.slug}/`;
      await waitFor(`"${marker}" on ${url}`, timeoutMs, async () => {
        const page = await fetch(url).catch(() => undefined);
        if (page === undefined || !page.ok) return undefined;
        return (await page.text()).includes(marker) ? true : undefined;
      });
      const elapsed = performance.now() - t0;
      samplesMs.push(elapsed);
      const s = await status(pipeline.controlUrl);
      const last = s.builds.find((b) => b.result === 'live');
      modes.push(last?.mode ?? 'unknown');
      pipelineBuildMs.push(last?.durationMs ?? Number.NaN);
      options.log(
        `publish: sample ${k + 1}/${options.publishes} ${Math.round(elapsed)} ms (${last?.mode ?? '?'} build)`,
      );
      // Let the queue settle so one sample's tail never overlaps the next.
      await waitFor('the queue to drain', timeoutMs, async () => {
        const q = await status(pipeline.controlUrl);
        return q.queue.running === null && q.queue.pending === null ? true : undefined;
      });
    }
    return {
      samplesMs,
      p50Ms: percentile(samplesMs, 50),
      p95Ms: percentile(samplesMs, 95),
      initialFullBuildMs,
      modes,
      pipelineBuildMs,
      peakTreeRssBytes: peak,
    };
  } finally {
    clearInterval(sampler);
    await stopPipeline(pipeline);
  }
}
