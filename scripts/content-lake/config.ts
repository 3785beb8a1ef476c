import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.ts';

/** Repository root, found from this file so the server works from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything the server needs, validated once at start-up. */
export interface ContentLakeConfig {
  /** Directory for the working dataset, certificates and the generated token. */
  dataDir: string;
  /** Bundled export copied into `dataDir` on first start (NDJSON + images/). */
  seedDir: string;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** TLS + HTTP/2 (the Studio needs it); plain HTTP/1.1 is for node-only tests. */
  tls: boolean;
  projectId: string;
  dataset: string;
  /** Fixed API token; when absent one is generated and kept in `dataDir/token`. */
  token: string | undefined;
  /** JSON file with webhook definitions (see webhooks.ts). */
  webhooksFile: string | undefined;
  /** Browser origins allowed by CORS and as login redirect targets. */
  corsOrigins: string[];
  /** Anonymous reads of the published perspective, like a public Sanity dataset. */
  publicRead: boolean;
  /** First webhook retry delay; later ones double (Sanity starts near a second). */
  webhookRetryBaseMs: number;
}

const NAME = /^[a-z0-9][-a-z0-9_]{0,63}$/;

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1/0/true/false, got "${raw}"`);
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new ConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Reads `CONTENT_LAKE_*` variables (falling back to the Studio's project settings). */
export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ContentLakeConfig> = {},
): ContentLakeConfig {
  const portRaw = env['CONTENT_LAKE_PORT'] ?? '4443';
  const port = Number(portRaw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`CONTENT_LAKE_PORT must be a port number, got "${portRaw}"`);
  }
  const projectId =
    env['CONTENT_LAKE_PROJECT_ID'] ??
    env['SANITY_STUDIO_PROJECT_ID'] ??
    env['SANITY_PROJECT_ID'] ??
    'local';
  const dataset =
    env['CONTENT_LAKE_DATASET'] ??
    env['SANITY_STUDIO_DATASET'] ??
    env['SANITY_DATASET'] ??
    'production';
  if (!/^[a-z0-9-]{1,63}$/.test(projectId)) {
    throw new ConfigError(
      `CONTENT_LAKE_PROJECT_ID must be lowercase letters, digits and dashes, got "${projectId}"`,
    );
  }
  if (!NAME.test(dataset)) {
    throw new ConfigError(`CONTENT_LAKE_DATASET is not a valid dataset name: "${dataset}"`);
  }
  const token = env['CONTENT_LAKE_TOKEN'];
  if (token !== undefined && token.length < 16) {
    throw new ConfigError('CONTENT_LAKE_TOKEN must be at least 16 characters long');
  }
  const corsRaw = env['CONTENT_LAKE_CORS_ORIGINS'];
  const config: ContentLakeConfig = {
    dataDir: path.resolve(env['CONTENT_LAKE_DIR'] ?? path.join(REPO_ROOT, '.content-lake')),
    seedDir: path.resolve(env['CONTENT_LAKE_SEED'] ?? path.join(REPO_ROOT, 'site/content')),
    host: env['CONTENT_LAKE_HOST'] ?? '127.0.0.1',
    port,
    tls: flag(env, 'CONTENT_LAKE_TLS', true),
    projectId,
    dataset,
    token: token === '' ? undefined : token,
    webhooksFile: env['CONTENT_LAKE_WEBHOOKS']
      ? path.resolve(env['CONTENT_LAKE_WEBHOOKS'])
      : undefined,
    corsOrigins: corsRaw
      ? corsRaw
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : [],
    publicRead: flag(env, 'CONTENT_LAKE_PUBLIC_READ', false),
    webhookRetryBaseMs: positiveInt(env, 'CONTENT_LAKE_WEBHOOK_RETRY_BASE_MS', 1000),
  };
  return { ...config, ...overrides };
}

/** Loopback origins on any port are allowed by default: the Studio and site run locally. */
export function isAllowedOrigin(config: ContentLakeConfig, origin: string): boolean {
  if (config.corsOrigins.includes(origin)) return true;
  try {
    const url = new URL(origin);
    const loopback =
      url.hostname === 'localhost' ||
      url.hostname.endsWith('.localhost') ||
      url.hostname === '127.0.0.1' ||
      url.hostname === '[::1]';
    return (
      loopback && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin
    );
  } catch {
    return false;
  }
}
