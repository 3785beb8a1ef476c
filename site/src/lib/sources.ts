import { join, relative } from 'node:path';
import { createClient, type SanityClient } from '@sanity/client';
import { evaluate, parse, type ExprNode } from 'groq-js';
import { loadDataset, type LoadedDataset } from './dataset.ts';
import { SANITY_API_VERSION, siteEnv, type SourceConfig } from './env.ts';

/** Parameters of a GROQ query: always passed as `$params`, never interpolated. */
export type QueryParams = Record<string, unknown>;

/** One interface over the embedded dataset and the hosted Content Lake. */
export interface ContentSource {
  readonly kind: 'embedded' | 'hosted';
  /** Human-readable description for the build log. */
  readonly description: string;
  /** Runs a GROQ query against the published perspective. */
  fetch<R>(query: string, params?: QueryParams): Promise<R>;
  /** Absolute path of an image asset's original file (embedded only). */
  assetFile(assetId: string): string | undefined;
  /** Project and dataset for image URLs (hosted only). */
  readonly imageProject: { projectId: string; dataset: string } | undefined;
  /**
   * Frees what only queries need once the build holds its content; image files stay
   * resolvable and any later query fails loudly.
   */
  release(): void;
}

/** Counters the build prints at the end; shared across module instances through globalThis. */
export interface QueryStats {
  source: string;
  queries: number;
  ms: number;
}

const STATS_KEY = Symbol.for('smp.site.queryStats');
type StatsHolder = Record<typeof STATS_KEY, QueryStats | undefined>;

function statsHolder(): QueryStats {
  const g = globalThis as unknown as StatsHolder;
  g[STATS_KEY] ??= { source: 'none', queries: 0, ms: 0 };
  return g[STATS_KEY];
}

/** Number of queries made and time spent in them since the process started (or last reset). */
export function getQueryStats(): QueryStats {
  return { ...statsHolder() };
}

/** Resets the counters (tests measure one operation at a time). */
export function resetQueryStats(): void {
  const s = statsHolder();
  s.queries = 0;
  s.ms = 0;
}

async function timed<R>(run: () => Promise<R>): Promise<R> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    const s = statsHolder();
    s.queries += 1;
    s.ms += performance.now() - start;
  }
}

/** Evaluates GROQ in-process over a loaded dataset; parsed queries are cached by text. */
export class EmbeddedSource implements ContentSource {
  readonly kind = 'embedded';
  readonly imageProject = undefined;
  readonly #parsed = new Map<string, ExprNode>();
  #dataset: LoadedDataset;
  #released = false;

  /** @param reload Loads the dataset again for a query after {@link release} (dev reloads). */
  constructor(
    dataset: LoadedDataset,
    readonly description: string,
    readonly reload?: () => Promise<LoadedDataset>,
  ) {
    this.#dataset = dataset;
  }

  /** The loaded dataset (empty of documents once released). */
  get dataset(): LoadedDataset {
    return this.#dataset;
  }

  async fetch<R>(query: string, params: QueryParams = {}): Promise<R> {
    if (this.#released) {
      if (!this.reload) throw new Error(`${this.description}: queried after release()`);
      this.#dataset = await this.reload();
      this.#released = false;
    }
    return timed(async () => {
      let tree = this.#parsed.get(query);
      if (!tree) {
        tree = parse(query);
        this.#parsed.set(query, tree);
      }
      const byId = this.dataset.byId;
      const value = await evaluate(tree, {
        dataset: this.dataset.documents,
        params,
        // Without this groq-js scans the whole dataset for every `->`.
        dereference: ({ _ref }) => byId.get(_ref) ?? null,
      });
      return (await value.get()) as R;
    });
  }

  assetFile(assetId: string): string | undefined {
    return this.dataset.assetFiles.get(assetId);
  }

  release(): void {
    // The parsed documents are the biggest thing a build holds (hundreds of MB at 10,000
    // articles); pages only need the content layer's own objects built from the query results.
    this.#released = true;
    this.#parsed.clear();
    this.#dataset = {
      documents: [],
      byId: new Map(),
      assetFiles: this.#dataset.assetFiles,
      unpublished: [],
    };
  }
}

/** Queries Sanity's Content Lake (or a compatible loopback server) with @sanity/client. */
export class HostedSource implements ContentSource {
  readonly kind = 'hosted';
  readonly client: SanityClient;
  readonly description: string;
  readonly imageProject: { projectId: string; dataset: string };

  constructor(config: Extract<SourceConfig, { kind: 'hosted' }>) {
    this.client = createClient({
      projectId: config.projectId,
      dataset: config.dataset,
      apiVersion: SANITY_API_VERSION,
      // Builds need the freshest published content, not the CDN's cached copy.
      useCdn: false,
      perspective: 'published',
      ...(config.token ? { token: config.token } : {}),
      ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
    });
    this.imageProject = { projectId: config.projectId, dataset: config.dataset };
    const host = config.apiHost ?? 'api.sanity.io';
    this.description = `hosted Content Lake (project ${config.projectId}, dataset ${config.dataset}, ${host}${config.token ? ', with read token' : ''})`;
  }

  async fetch<R>(query: string, params: QueryParams = {}): Promise<R> {
    return timed(() => this.client.fetch<R>(query, params));
  }

  assetFile(): undefined {
    return undefined;
  }

  release(): void {
    // Nothing held locally: every query goes over HTTP.
  }
}

/** Builds the source the environment asks for. */
export async function createSource(config: SourceConfig, repoRoot: string): Promise<ContentSource> {
  if (config.kind === 'hosted') return new HostedSource(config);
  const load = () =>
    loadDataset(config.datasetFile, {
      cacheDir: join(repoRoot, 'node_modules', '.cache', 'smp-site', 'lqip'),
    });
  const dataset = await load();
  const shown = relative(repoRoot, config.datasetFile) || config.datasetFile;
  return new EmbeddedSource(
    dataset,
    `embedded dataset ${shown} (${dataset.documents.length} published documents)`,
    load,
  );
}

let current: Promise<ContentSource> | undefined;

/** The build's content source, created once from the environment and logged. */
export function contentSource(): Promise<ContentSource> {
  current ??= (async () => {
    const env = siteEnv();
    const source = await createSource(env.source, env.repoRoot);
    statsHolder().source = source.kind;
    console.info(`[content] source: ${source.description}`);
    return source;
  })();
  return current;
}
