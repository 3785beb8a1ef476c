import { evaluate, parse, type ExprNode } from 'groq-js';
import { ContentLakeError } from './errors.ts';
import type { Doc } from './store.ts';

/** Which documents a query sees. `drafts` overlays drafts on published documents. */
export type Perspective = 'raw' | 'published' | 'drafts';

/** Hidden per-document field holding every string in it: the target of `@ match text::query()`. */
const TEXT_FIELD = '__contentLakeText';

/** Parses `perspective` as Sanity does; `previewDrafts` is the old name of `drafts`. */
export function parsePerspective(value: unknown, apiVersion: string): Perspective {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || raw === '') {
    // Since API v2025-02-19 the default is `published`; before it, `raw`.
    return apiVersion >= '2025-02-19' && apiVersion !== 'X' ? 'published' : 'raw';
  }
  if (raw === 'raw' || raw === 'published' || raw === 'drafts') return raw;
  if (raw === 'previewDrafts') return 'drafts';
  throw new ContentLakeError(
    400,
    'invalidPerspective',
    `Unsupported perspective: ${JSON.stringify(value)}`,
  );
}

export const isDraftId = (id: string): boolean => id.startsWith('drafts.');
export const isVersionId = (id: string): boolean => id.startsWith('versions.');
export const publishedIdOf = (id: string): string =>
  isDraftId(id)
    ? id.slice('drafts.'.length)
    : isVersionId(id)
      ? id.split('.').slice(2).join('.')
      : id;
export const draftIdOf = (id: string): string => `drafts.${publishedIdOf(id)}`;

/** The documents a perspective shows, in a stable order. */
export function applyPerspective(docs: Doc[], perspective: Perspective): Doc[] {
  if (perspective === 'raw') return docs;
  if (perspective === 'published')
    return docs.filter((d) => !isDraftId(d._id) && !isVersionId(d._id));
  const byId = new Map<string, Doc>();
  for (const doc of docs) {
    if (isVersionId(doc._id)) continue;
    const publishedId = publishedIdOf(doc._id);
    if (isDraftId(doc._id) || !byId.has(publishedId)) {
      byId.set(publishedId, { ...doc, _id: publishedId, _originalId: doc._id });
    }
  }
  return [...byId.values()];
}

function collectText(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // System fields and keys are not content; Sanity's text index skips them too.
      if (key === '_key' || key === '_type' || key === '_ref' || key === '_rev') continue;
      collectText(item, out);
    }
  }
}

/** Turns a text::query() search string into a groq-js `match` pattern (negations are dropped). */
function textQueryToPattern(search: string): string {
  const tokens = search.match(/-?"[^"]*"|\S+/g) ?? [];
  return tokens
    .filter((t) => !t.startsWith('-'))
    .map((t) => t.replace(/"/g, ''))
    .join(' ');
}

const TEXT_QUERY_CALL = /text::query\(\s*(\$[A-Za-z_]\w*|"(?:[^"\\]|\\.)*")\s*\)/g;

interface Prepared {
  tree: ExprNode;
  params: Record<string, unknown>;
  usesText: boolean;
}

function rewriteMatchLeft(node: ExprNode): ExprNode {
  const text = { type: 'AccessAttribute', name: TEXT_FIELD } as ExprNode;
  if (node.type === 'This') return text;
  if (node.type === 'Array') {
    return {
      ...node,
      elements: node.elements.map((el) =>
        el.value.type === 'This' ? { ...el, value: text, isSplat: true } : el,
      ),
    } as ExprNode;
  }
  return node;
}

function walk(node: unknown, textParams: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => walk(n, textParams));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) out[key] = walk(value, textParams);
  if (
    out['type'] === 'OpCall' &&
    out['op'] === 'match' &&
    (out['right'] as { type?: string; name?: string } | undefined)?.type === 'Parameter' &&
    textParams.has((out['right'] as { name: string }).name)
  ) {
    out['left'] = rewriteMatchLeft(out['left'] as ExprNode);
  }
  return out;
}

/**
 * Parses a query. groq-js has no `text::query()`: each call becomes a parameter holding the
 * equivalent `match` pattern, and `@` on the left of such a match searches every string field.
 */
export function prepareQuery(
  query: string,
  params: Record<string, unknown>,
  mode: 'normal' | 'delta' = 'normal',
): Prepared {
  const textParams = new Set<string>();
  const allParams = { ...params };
  let index = 0;
  const rewritten = query.replace(TEXT_QUERY_CALL, (_all, arg: string) => {
    const name = `__contentLakeTextQuery${index++}`;
    const search = arg.startsWith('$') ? params[arg.slice(1)] : (JSON.parse(arg) as unknown);
    allParams[name] = textQueryToPattern(typeof search === 'string' ? search : '');
    textParams.add(name);
    return `$${name}`;
  });
  let tree: ExprNode;
  try {
    // The text params are left out so they stay `Parameter` nodes that `walk` can recognise.
    tree = parse(rewritten, { params, mode });
  } catch (error) {
    const err = error as Error & { position?: number };
    throw new ContentLakeError(400, 'queryParseError', err.message, {
      query,
      ...(err.position !== undefined ? { start: err.position } : {}),
    });
  }
  if (textParams.size > 0) tree = walk(tree, textParams) as ExprNode;
  return { tree, params: allParams, usesText: textParams.size > 0 };
}

function withText(doc: Doc): Doc {
  const parts: string[] = [];
  collectText(doc, parts);
  return { ...doc, [TEXT_FIELD]: parts };
}

function stripText(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === TEXT_FIELD ? undefined : v)),
  );
}

/** Runs a GROQ query over documents and returns plain JSON. */
export async function runQuery(
  query: string,
  params: Record<string, unknown>,
  docs: Doc[],
  extra: {
    identity?: string;
    projectId?: string;
    dataset?: string;
    before?: Doc | null;
    after?: Doc | null;
    root?: unknown;
    /** `delta` enables before()/after()/delta::* as in webhook filters and projections. */
    mode?: 'normal' | 'delta';
  } = {},
): Promise<unknown> {
  const prepared = prepareQuery(query, params, extra.mode);
  const dataset = prepared.usesText ? docs.map(withText) : docs;
  const byId = new Map(dataset.map((d) => [d._id, d]));
  try {
    const value = await evaluate(prepared.tree, {
      dataset,
      params: prepared.params,
      ...(extra.root !== undefined ? { root: extra.root } : {}),
      ...(extra.identity ? { identity: extra.identity } : {}),
      ...(extra.before !== undefined ? { before: extra.before } : {}),
      ...(extra.after !== undefined ? { after: extra.after } : {}),
      ...(extra.projectId && extra.dataset
        ? { sanity: { projectId: extra.projectId, dataset: extra.dataset } }
        : {}),
      // Index lookups: without this groq-js scans the dataset for every `->`.
      dereference: ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null,
    });
    const result = await value.get();
    return prepared.usesText ? stripText(result) : result;
  } catch (error) {
    if (error instanceof ContentLakeError) throw error;
    throw new ContentLakeError(400, 'queryExecutionError', (error as Error).message, { query });
  }
}

/** Whether a document matches a filter-only listener query such as `*[_type == "article"]`. */
export async function matchesFilter(
  query: string,
  params: Record<string, unknown>,
  doc: Doc | null,
): Promise<boolean> {
  if (!doc) return false;
  const result = await runQuery(query, params, [doc]);
  return Array.isArray(result) ? result.length > 0 : Boolean(result);
}
