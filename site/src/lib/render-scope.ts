import { readFileSync } from 'node:fs';
import { siteEnv } from './env.ts';

// Scoped builds for the publish pipeline. Every dynamic route registers all its pages with their
// cacheKeys (so the build report always lists the whole site), but when SMP_RENDER_SCOPE names
// the previous release's report only the pages whose key changed, or that are new, are handed
// to Astro. The pipeline then lays those over a hard-link copy of the previous release.

/** `path` → cacheKey of every page a dynamic route produced in this build. */
export type PageKeys = Record<string, string>;

const REGISTRY_KEY = Symbol.for('smp.site.pageKeys');
type RegistryHolder = Record<typeof REGISTRY_KEY, PageKeys | undefined>;

/** Pages of dynamic routes seen so far (shared with the build-report integration via globalThis). */
export function registeredPages(): PageKeys {
  const g = globalThis as unknown as RegistryHolder;
  g[REGISTRY_KEY] ??= {};
  return g[REGISTRY_KEY];
}

/** Thrown when the scope file cannot serve as a baseline; names the variable. */
export class RenderScopeError extends Error {
  readonly exitCode = 78; // EX_CONFIG, like the other environment errors.
  constructor(message: string) {
    super(`SMP_RENDER_SCOPE: ${message}`);
    this.name = 'RenderScopeError';
  }
}

let baseline: PageKeys | null | undefined;

/** Page keys of the release this build is scoped against, or null for a full build. */
export function scopeBaseline(): PageKeys | null {
  if (baseline !== undefined) return baseline;
  const file = siteEnv().renderScope;
  if (!file) {
    baseline = null;
    return baseline;
  }
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RenderScopeError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const pages = (report as { pages?: unknown } | null)?.pages;
  if (!pages || typeof pages !== 'object' || Array.isArray(pages)) {
    throw new RenderScopeError(`${file} has no "pages" map: build in full instead`);
  }
  const keys: PageKeys = {};
  for (const [path, key] of Object.entries(pages)) if (typeof key === 'string') keys[path] = key;
  baseline = keys;
  return baseline;
}

/**
 * Registers a route's pages and returns the ones this build must render: all of them in a full
 * build, only new or changed ones (cacheKey differs from the baseline) in a scoped build.
 */
export function pagesInScope<T extends { cacheKey: string }>(
  entries: T[],
  pathOf: (entry: T) => string,
): T[] {
  const registry = registeredPages();
  for (const entry of entries) registry[pathOf(entry)] = entry.cacheKey;
  const previous = scopeBaseline();
  if (!previous) return entries;
  return entries.filter((entry) => previous[pathOf(entry)] !== entry.cacheKey);
}
