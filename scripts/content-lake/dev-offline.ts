/**
 * `pnpm dev:offline`: the whole authoring loop on one machine, no Sanity account.
 * Starts the local Content Lake, builds the real Studio against it and serves it, starts the
 * publish pipeline (webhook receiver + site server) and prints where each one is.
 *
 * Flags: --skip-studio-build (reuse the last offline Studio build).
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readConfig, REPO_ROOT } from './config.ts';
import { ConfigError } from './errors.ts';
import { startContentLake } from './server.ts';
import { serveSpa, type StaticServer } from './static-server.ts';
import { buildStudio } from './studio-build.ts';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new ConfigError(`${name} must be a port number, got "${raw}"`);
  return value;
}

async function secretFile(file: string, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const existing = (await fs.readFile(file, 'utf8').catch(() => '')).trim();
  if (existing.length >= 16) return existing;
  const secret = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function main(): Promise<void> {
  const config = readConfig();
  const studioPort = port('STUDIO_PORT', 3333);
  const pipelinePort = port('PIPELINE_PORT', 8787);
  const sitePort = port('PIPELINE_SITE_PORT', 8788);
  await fs.mkdir(config.dataDir, { recursive: true });
  const webhookSecret = await secretFile(
    path.join(config.dataDir, 'webhook-secret'),
    process.env['SANITY_WEBHOOK_SECRET'],
  );

  // The pipeline learns about publishes the way it does in production: a signed GROQ webhook.
  const webhooksFile = path.join(config.dataDir, 'webhooks.json');
  await fs.writeFile(
    webhooksFile,
    JSON.stringify(
      [
        {
          name: 'pipeline',
          url: `http://127.0.0.1:${pipelinePort}/webhooks/sanity`,
          filter: '!(_type in ["sanity.imageAsset", "sanity.fileAsset"])',
          projection: '{_id, _type, _rev, "slug": slug.current, "operation": delta::operation()}',
          secretEnv: 'SANITY_WEBHOOK_SECRET',
          on: ['create', 'update', 'delete'],
        },
      ],
      null,
      2,
    ),
  );
  const lake = await startContentLake(
    { ...config, webhooksFile },
    { ...process.env, SANITY_WEBHOOK_SECRET: webhookSecret },
  );

  const children: ChildProcess[] = [];
  // Filled in as parts start, so a signal during start-up stops what is already running.
  const running: { studio?: StaticServer } = {};
  const shutdown = async (code: number): Promise<never> => {
    for (const child of children) if (child.exitCode === null && child.pid) child.kill('SIGTERM');
    await running.studio?.close();
    await lake.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  // Studio: the real one, built with its API host pointing here.
  const studioDir = path.join(config.dataDir, 'studio-dist');
  if (
    !process.argv.includes('--skip-studio-build') ||
    !(await exists(path.join(studioDir, 'index.html')))
  ) {
    console.log(
      '[dev:offline] building the Studio against the local Content Lake (about a minute)…',
    );
    await buildStudio({
      outDir: studioDir,
      apiHost: lake.url,
      projectId: config.projectId,
      dataset: config.dataset,
    });
  }
  const studio = await serveSpa(studioDir, studioPort);
  running.studio = studio;

  // Pipeline: H4's service, if present; it builds the site from this Content Lake.
  const pipelineMain = path.join(REPO_ROOT, 'scripts/pipeline/main.ts');
  let siteUrl: string | undefined;
  if (await exists(pipelineMain)) {
    const child = spawn(process.execPath, ['--import', 'tsx', pipelineMain, '--full'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        PORT: String(pipelinePort),
        PIPELINE_SITE_PORT: String(sitePort),
        PIPELINE_DIR: path.join(config.dataDir, 'pipeline'),
        SANITY_WEBHOOK_SECRET: webhookSecret,
        SANITY_PROJECT_ID: config.projectId,
        SANITY_DATASET: config.dataset,
        SANITY_API_HOST: lake.url,
        SANITY_API_READ_TOKEN: lake.token,
        // The site build talks to the local Content Lake over TLS: trust its CA.
        ...(lake.tls ? { NODE_EXTRA_CA_CERTS: lake.tls.caFile } : {}),
      },
    });
    children.push(child);
    child.once('exit', (code) => {
      console.error(`[dev:offline] pipeline exited (${code}); stopping`);
      void shutdown(code ?? 1);
    });
    siteUrl = `http://127.0.0.1:${sitePort}`;
  } else {
    console.warn(
      '[dev:offline] scripts/pipeline/main.ts not found: running without the publish pipeline',
    );
  }

  console.log(
    [
      '',
      'Offline authoring loop is running:',
      `  Studio         ${studio.url}   (log in with the token below)`,
      `  Content Lake   ${lake.url}`,
      siteUrl
        ? `  Site           ${siteUrl}   (rebuilt on every publish)`
        : '  Site           (pipeline not available)',
      siteUrl ? `  Pipeline       http://127.0.0.1:${pipelinePort}` : '',
      `  Token          ${lake.token}`,
      lake.tls
        ? `  CA certificate ${lake.tls.caFile}   (trust it once: scripts/content-lake/README.md)`
        : '',
      '',
    ]
      .filter((l) => l !== '')
      .join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`dev:offline: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error(error);
  process.exit(1);
});
