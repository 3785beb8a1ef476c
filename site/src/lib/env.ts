import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Where the site reads its content from. */
export type SourceConfig =
  | { kind: 'embedded'; datasetFile: string }
  | {
      kind: 'hosted';
      projectId: string;
      dataset: string;
      /** Read token for private datasets: build-time only, never rendered. */
      token: string | undefined;
      /** Alternative API origin (loopback Content Lake in tests); undefined means Sanity's own. */
      apiHost: string | undefined;
    };

/** Site configuration read from the environment once, validated at the edge. */
export interface SiteEnv {
  source: SourceConfig;
  /** Canonical origin from SITE_URL, or undefined to fall back to site settings. */
  siteUrl: string | undefined;
  /** Absolute build output directory. */
  outDir: string;
  /** Absolute repository root (the directory holding pnpm-workspace.yaml). */
  repoRoot: string;
  /** SITE_INCREMENTAL_BUILD=1 turns on Astro's experimental incremental build. */
  incrementalBuild: boolean;
  /**
   * SMP_RENDER_SCOPE: the previous release's `_build/report.json`; only pages whose cacheKey
   * changed against it are rendered (the publish pipeline merges the rest). Undefined: full build.
   */
  renderScope: string | undefined;
}

/** Thrown when an environment variable is present but unusable; names the variable. */
export class EnvError extends Error {
  readonly exitCode = 78; // EX_CONFIG from sysexits.h: the configuration is at fault.
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'EnvError';
  }
}

/** Sanity dataset names: lowercase, digits, `_` and `-`, at most 64 characters. */
const DATASET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const PROJECT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Finds the workspace root by walking up from `start` to the pnpm-workspace.yaml. */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new EnvError('cwd', `no pnpm-workspace.yaml above ${start}: run from inside the repo`);
    }
    dir = parent;
  }
}

function nonEmpty(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parseUrl(name: string, value: string, schemes: readonly string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EnvError(name, `"${value}" is not an absolute URL`);
  }
  if (!schemes.includes(url.protocol)) {
    throw new EnvError(name, `must use ${schemes.join(' or ')}, got ${url.protocol}`);
  }
  return url.origin;
}

/** Reads and validates the site's environment; exported for tests, use `siteEnv()` elsewhere. */
export function readSiteEnv(env: NodeJS.ProcessEnv = process.env): SiteEnv {
  const repoRoot = findRepoRoot();
  const fromRepo = (p: string): string => (isAbsolute(p) ? p : resolve(repoRoot, p));

  const projectId = nonEmpty(env, 'SANITY_PROJECT_ID');
  const dataset = nonEmpty(env, 'SANITY_DATASET');
  let source: SourceConfig;
  if (projectId || dataset) {
    if (!projectId) throw new EnvError('SANITY_PROJECT_ID', 'required when SANITY_DATASET is set');
    if (!dataset) throw new EnvError('SANITY_DATASET', 'required when SANITY_PROJECT_ID is set');
    if (!PROJECT_ID.test(projectId)) {
      throw new EnvError('SANITY_PROJECT_ID', `"${projectId}" is not a Sanity project id`);
    }
    if (!DATASET_NAME.test(dataset)) {
      throw new EnvError('SANITY_DATASET', `"${dataset}" is not a valid dataset name`);
    }
    const apiHostRaw = nonEmpty(env, 'SANITY_API_HOST');
    source = {
      kind: 'hosted',
      projectId,
      dataset,
      token: nonEmpty(env, 'SANITY_API_READ_TOKEN'),
      apiHost: apiHostRaw
        ? parseUrl('SANITY_API_HOST', apiHostRaw, ['http:', 'https:'])
        : undefined,
    };
  } else {
    const datasetFile = fromRepo(nonEmpty(env, 'SMP_DATASET') ?? 'site/content/data.ndjson');
    if (!existsSync(datasetFile)) {
      throw new EnvError('SMP_DATASET', `dataset file not found: ${datasetFile}`);
    }
    source = { kind: 'embedded', datasetFile };
  }

  const incremental = nonEmpty(env, 'SITE_INCREMENTAL_BUILD') ?? '0';
  if (incremental !== '0' && incremental !== '1') {
    throw new EnvError('SITE_INCREMENTAL_BUILD', `must be 0 or 1, got "${incremental}"`);
  }
  const scopeRaw = nonEmpty(env, 'SMP_RENDER_SCOPE');
  const renderScope = scopeRaw ? fromRepo(scopeRaw) : undefined;
  if (renderScope && !existsSync(renderScope)) {
    throw new EnvError('SMP_RENDER_SCOPE', `previous build report not found: ${renderScope}`);
  }
  const siteUrlRaw = nonEmpty(env, 'SITE_URL');
  const outDirRaw = nonEmpty(env, 'SITE_OUT_DIR');
  return {
    source,
    siteUrl: siteUrlRaw ? parseUrl('SITE_URL', siteUrlRaw, ['http:', 'https:']) : undefined,
    outDir: outDirRaw ? fromRepo(outDirRaw) : join(repoRoot, 'site', 'dist'),
    repoRoot,
    incrementalBuild: incremental === '1',
    renderScope,
  };
}

let cached: SiteEnv | undefined;

/** The validated site environment, read on first use and then reused for the whole build. */
export function siteEnv(): SiteEnv {
  cached ??= readSiteEnv();
  return cached;
}

/** Origin used when neither SITE_URL nor site settings name one. */
export const DEFAULT_SITE_URL = 'https://www.pointwell.example';

/** Sanity API version the site's queries are written against; pinned so results never shift. */
export const SANITY_API_VERSION = '2025-02-19';
