import path from 'node:path';
import { ConfigError } from './errors.ts';

/** Repository root, resolved from this file so the service works from any working directory. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Where the pipeline keeps releases and its own state unless PIPELINE_DIR says otherwise. */
export const DEFAULT_PIPELINE_DIR = path.join(REPO_ROOT, '.pipeline');

/**
 * The real site build: `astro build` in site/ (what `pnpm --filter @smp/site run build` runs),
 * started with the service's own Node so it never depends on what `node` is first on PATH.
 */
export const DEFAULT_BUILD_COMMAND = 'node_modules/astro/bin/astro.mjs build';

/**
 * Sanity retries 429 and 5xx deliveries with backoff for about 30 minutes, and a retried delivery
 * keeps the timestamp of its first signature; 45 minutes leaves a margin over that window.
 */
export const DEFAULT_SIGNATURE_MAX_AGE_SECONDS = 45 * 60;

/** Clocks drift: a signature a few minutes "from the future" is accepted, anything further is not. */
export const DEFAULT_SIGNATURE_MAX_FUTURE_SECONDS = 5 * 60;

/**
 * A webhook projection of `_id`, `_type`, `_rev` and slug is well under 1 KiB; 256 KiB still
 * admits a projection of whole documents while refusing anything meant to exhaust memory.
 */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Where page content comes from: the bundled ndjson export or a (possibly loopback) Content Lake. */
export type ContentSource =
  | { kind: 'ndjson'; datasetPath: string }
  | {
      kind: 'content-lake';
      projectId: string;
      dataset: string;
      apiHost: string | undefined;
      token: string | undefined;
    };

/** How a verified release reaches the public: switch the local live pointer, or call a host's deploy hook. */
export type DeployMode =
  { kind: 'local'; command: string | undefined } | { kind: 'hook'; url: string };

/** Everything the service reads from the environment, validated once. */
export interface PipelineConfig {
  /** `undefined` only with the insecure development flag. */
  webhookSecret: string | undefined;
  insecureDev: boolean;
  host: string;
  port: number;
  /** `undefined` disables the built-in static server. */
  sitePort: number | undefined;
  pipelineDir: string;
  buildCommand: string;
  buildCwd: string;
  buildTimeoutMs: number;
  debounceMs: number;
  keepReleases: number;
  signatureMaxAgeSeconds: number;
  signatureMaxFutureSeconds: number;
  maxBodyBytes: number;
  minPages: number;
  /** A build may lose at most this share of the live release's pages before it is refused. */
  maxPageDrop: number;
  maxAttempts: number;
  retryDelayMs: number;
  incremental: boolean;
  /** Files whose content decides whether the site's code changed (forces a full rebuild). */
  codePaths: string[];
  source: ContentSource;
  deploy: DeployMode;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new ConfigError(name, `expected an integer, got "${raw}"`);
  const value = Number.parseInt(raw, 10);
  if (value < min || value > max) {
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function readNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(name, `expected a number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function readFlag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `expected 1/0, true/false, yes/no or on/off, got "${raw}"`);
}

function readUrl(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, 'must be an http(s) URL');
  }
  return url.toString();
}

/** The name of the insecure development flag, spelled out so nobody sets it by accident. */
export const INSECURE_DEV_FLAG = 'PIPELINE_INSECURE_ALLOW_UNSIGNED_WEBHOOKS';

/** Reads and validates the service configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env): PipelineConfig {
  const insecureDev = readFlag(env, INSECURE_DEV_FLAG, false);
  const secret = env['SANITY_WEBHOOK_SECRET'];
  let webhookSecret: string | undefined;
  if (secret !== undefined && secret !== '') {
    // A short shared secret can be brute-forced offline from one captured delivery.
    if (secret.length < 16) {
      throw new ConfigError('SANITY_WEBHOOK_SECRET', 'must be at least 16 characters long');
    }
    webhookSecret = secret;
  } else if (!insecureDev) {
    throw new ConfigError(
      'SANITY_WEBHOOK_SECRET',
      `is required: set it to the secret of the Sanity webhook (or, for local development only, set ${INSECURE_DEV_FLAG}=1 to accept unsigned deliveries)`,
    );
  }

  const sitePortRaw = env['PIPELINE_SITE_PORT']?.trim().toLowerCase();
  const sitePort =
    sitePortRaw === 'off' || sitePortRaw === 'none'
      ? undefined
      : readInt(env, 'PIPELINE_SITE_PORT', 8788, 0, 65535);

  const projectId = env['SANITY_PROJECT_ID']?.trim();
  let source: ContentSource;
  if (projectId) {
    if (!/^[a-z0-9-]+$/.test(projectId)) {
      throw new ConfigError('SANITY_PROJECT_ID', 'may contain only a-z, 0-9 and dashes');
    }
    source = {
      kind: 'content-lake',
      projectId,
      dataset: env['SANITY_DATASET']?.trim() || 'production',
      apiHost: readUrl(env, 'SANITY_API_HOST'),
      token: env['SANITY_API_READ_TOKEN']?.trim() || undefined,
    };
  } else {
    const datasetPath = env['SMP_DATASET']?.trim() || 'site/content/data.ndjson';
    source = { kind: 'ndjson', datasetPath: path.resolve(REPO_ROOT, datasetPath) };
  }

  const hookUrl = readUrl(env, 'PIPELINE_DEPLOY_HOOK_URL');
  const deployCommand = env['PIPELINE_DEPLOY_COMMAND']?.trim() || undefined;
  if (hookUrl && deployCommand) {
    throw new ConfigError(
      'PIPELINE_DEPLOY_HOOK_URL',
      'cannot be combined with PIPELINE_DEPLOY_COMMAND: choose hook mode or a local deploy step',
    );
  }
  const deploy: DeployMode = hookUrl
    ? { kind: 'hook', url: hookUrl }
    : { kind: 'local', command: deployCommand };

  const buildCommand = env['PIPELINE_BUILD_COMMAND']?.trim() || DEFAULT_BUILD_COMMAND;
  const buildCwd = path.resolve(
    REPO_ROOT,
    env['PIPELINE_BUILD_CWD']?.trim() || (env['PIPELINE_BUILD_COMMAND'] ? '.' : 'site'),
  );
  const codePathsRaw = env['PIPELINE_CODE_PATHS']?.trim();
  const codePaths = (
    codePathsRaw
      ? codePathsRaw.split(',')
      : [
          'site/src',
          'site/astro.config.mjs',
          'site/astro.config.ts',
          'site/package.json',
          'site/public',
          'pnpm-lock.yaml',
        ]
  )
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => path.resolve(REPO_ROOT, p));

  return {
    webhookSecret,
    insecureDev,
    host: env['PIPELINE_HOST']?.trim() || '127.0.0.1',
    port: readInt(env, 'PORT', 8787, 0, 65535),
    sitePort,
    pipelineDir: path.resolve(REPO_ROOT, env['PIPELINE_DIR']?.trim() || DEFAULT_PIPELINE_DIR),
    buildCommand,
    buildCwd,
    buildTimeoutMs: readInt(env, 'PIPELINE_BUILD_TIMEOUT_MS', 15 * 60_000, 1_000, 24 * 3_600_000),
    debounceMs: readInt(env, 'PIPELINE_DEBOUNCE_MS', 300, 0, 60_000),
    keepReleases: readInt(env, 'PIPELINE_KEEP_RELEASES', 5, 2, 1_000),
    signatureMaxAgeSeconds: readInt(
      env,
      'PIPELINE_SIGNATURE_MAX_AGE_SECONDS',
      DEFAULT_SIGNATURE_MAX_AGE_SECONDS,
      60,
      7 * 24 * 3600,
    ),
    signatureMaxFutureSeconds: readInt(
      env,
      'PIPELINE_SIGNATURE_MAX_FUTURE_SECONDS',
      DEFAULT_SIGNATURE_MAX_FUTURE_SECONDS,
      0,
      3600,
    ),
    maxBodyBytes: readInt(env, 'PIPELINE_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1024, 64 << 20),
    minPages: readInt(env, 'PIPELINE_MIN_PAGES', 1, 0, 10_000_000),
    maxPageDrop: readNumber(env, 'PIPELINE_MAX_PAGE_DROP', 0.5, 0, 1),
    maxAttempts: readInt(env, 'PIPELINE_MAX_ATTEMPTS', 2, 1, 10),
    retryDelayMs: readInt(env, 'PIPELINE_RETRY_DELAY_MS', 5_000, 0, 3_600_000),
    incremental: readFlag(env, 'PIPELINE_INCREMENTAL', true),
    codePaths,
    source,
    deploy,
    logLevel: env['LOG_LEVEL']?.trim() || 'info',
  };
}
