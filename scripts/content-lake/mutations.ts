import { Mutation } from '@sanity/mutator';
import { randomBytes } from 'node:crypto';
import { ContentLakeError } from './errors.ts';
import { draftIdOf, isDraftId, publishedIdOf, runQuery } from './groq.ts';
import { newRevision, type Doc, type StagedTransaction } from './store.ts';

type Json = Record<string, unknown>;

const ID = /^[A-Za-z0-9_][-A-Za-z0-9_.]{0,199}$/;

function isObject(value: unknown): value is Json {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

function assertDocument(value: unknown, kind: string): Doc {
  if (!isObject(value))
    throw new ContentLakeError(400, 'mutationError', `${kind} needs a document`);
  if (typeof value['_type'] !== 'string' || value['_type'] === '') {
    throw new ContentLakeError(400, 'mutationError', `${kind}: document is missing _type`);
  }
  return value as Doc;
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || !ID.test(id)) {
    throw new ContentLakeError(400, 'mutationError', `Invalid document id: ${JSON.stringify(id)}`);
  }
  return id;
}

function notFound(id: string): ContentLakeError {
  return new ContentLakeError(
    404,
    'documentNotFoundError',
    `The document with the ID "${id}" was not found`,
    { id },
  );
}

function conflict(id: string, expected: string, actual: string | undefined): ContentLakeError {
  return new ContentLakeError(
    409,
    'conflictError',
    `Document "${id}" has revision ${actual ?? '(none)'}, expected ${expected}`,
    { id },
  );
}

/** Adds a `_key` to every object in an array that lacks one (`autoGenerateArrayKeys`). */
function addArrayKeys(value: unknown, inArray = false): unknown {
  if (Array.isArray(value)) return value.map((item) => addArrayKeys(item, true));
  if (isObject(value)) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = addArrayKeys(v);
    if (inArray && typeof out['_key'] !== 'string') out['_key'] = randomBytes(6).toString('hex');
    return out;
  }
  return value;
}

/** One mutation's outcome, as `returnIds` / `returnDocuments` report it. */
export interface MutationResult {
  id: string;
  operation: 'create' | 'update' | 'delete' | 'none';
}

function applyPatch(
  tx: StagedTransaction,
  id: string,
  patch: Json,
  autoKeys: boolean,
): MutationResult {
  const current = tx.get(id);
  if (!current) throw notFound(id);
  const ifRevisionID = patch['ifRevisionID'];
  if (typeof ifRevisionID === 'string' && ifRevisionID !== current._rev)
    throw conflict(id, ifRevisionID, current._rev);
  const body: Json = { ...patch, id };
  delete body['query'];
  let next: Doc | null;
  try {
    next = new Mutation({ mutations: [{ patch: body as never }] }).apply(
      structuredClone(current),
    ) as Doc | null;
  } catch (error) {
    throw new ContentLakeError(
      400,
      'mutationError',
      `Patch on "${id}" failed: ${(error as Error).message}`,
    );
  }
  if (!next) throw notFound(id);
  if (autoKeys) next = addArrayKeys(next) as Doc;
  tx.put(id, { ...next, _id: id }, { patch: body });
  return { id, operation: 'update' };
}

/** Applies the mutate API's mutations (create…delete, patches) to a staged transaction. */
export async function applyMutations(
  tx: StagedTransaction,
  mutations: unknown,
  options: { autoGenerateArrayKeys: boolean },
): Promise<MutationResult[]> {
  if (!Array.isArray(mutations))
    throw new ContentLakeError(400, 'mutationError', 'mutations must be an array');
  const results: MutationResult[] = [];
  for (const mutation of mutations) {
    if (!isObject(mutation))
      throw new ContentLakeError(400, 'mutationError', 'Each mutation must be an object');
    const [kind, ...others] = Object.keys(mutation);
    if (!kind || others.length > 0) {
      throw new ContentLakeError(
        400,
        'mutationError',
        'Each mutation must have exactly one operation',
      );
    }
    const body = mutation[kind];
    const keyed = (doc: Doc): Doc =>
      options.autoGenerateArrayKeys ? (addArrayKeys(doc) as Doc) : doc;
    switch (kind) {
      case 'create':
      case 'createIfNotExists':
      case 'createOrReplace': {
        const doc = assertDocument(body, kind);
        const id = kind === 'create' && doc._id === undefined ? newRevision() : checkId(doc._id);
        const idOf = id.endsWith('.') ? `${id}${newRevision()}` : id;
        const existing = tx.get(idOf);
        if (existing && kind === 'create') {
          throw new ContentLakeError(
            409,
            'documentAlreadyExistsError',
            `Document by ID "${idOf}" already exists`,
            { id: idOf },
          );
        }
        if (existing && kind === 'createIfNotExists') {
          results.push({ id: idOf, operation: 'none' });
          break;
        }
        const { _rev: _ignored, ...attrs } = doc;
        const next = keyed({ ...attrs, _id: idOf });
        tx.put(idOf, next, { [kind]: next });
        results.push({ id: idOf, operation: existing ? 'update' : 'create' });
        break;
      }
      case 'delete': {
        if (!isObject(body))
          throw new ContentLakeError(400, 'mutationError', 'delete needs {id} or {query}');
        const ids =
          typeof body['query'] === 'string'
            ? await queryIds(tx, body['query'], body['params'])
            : [checkId(body['id'])];
        for (const id of ids) {
          if (tx.get(id)) tx.put(id, null, { delete: { id } });
          results.push({ id, operation: 'delete' });
        }
        break;
      }
      case 'patch': {
        if (!isObject(body))
          throw new ContentLakeError(400, 'mutationError', 'patch needs an object');
        const ids =
          typeof body['query'] === 'string'
            ? await queryIds(tx, body['query'], body['params'])
            : [checkId(body['id'])];
        const { params: _params, ...patch } = body;
        for (const id of ids)
          results.push(applyPatch(tx, id, patch, options.autoGenerateArrayKeys));
        break;
      }
      default:
        throw new ContentLakeError(400, 'mutationError', `Unknown mutation type "${kind}"`);
    }
  }
  return results;
}

async function queryIds(tx: StagedTransaction, query: string, params: unknown): Promise<string[]> {
  const result = await runQuery(query, isObject(params) ? params : {}, tx.all());
  const docs = Array.isArray(result) ? result : [result];
  return docs.flatMap((d) => (isObject(d) && typeof d['_id'] === 'string' ? [d['_id']] : []));
}

function requireString(action: Json, field: string): string {
  const value = action[field];
  if (typeof value !== 'string' || value === '') {
    throw new ContentLakeError(
      400,
      'actionError',
      `${String(action['actionType'])} needs "${field}"`,
    );
  }
  return checkId(value);
}

function checkPair(draftId: string, publishedId: string): void {
  if (!isDraftId(draftId) || publishedIdOf(draftId) !== publishedId || isDraftId(publishedId)) {
    throw new ContentLakeError(
      400,
      'actionError',
      `"${draftId}" is not the draft of "${publishedId}"`,
    );
  }
}

/** Applies the actions API (`sanity.action.document.*`) as mutations on drafts and published documents. */
export function applyActions(tx: StagedTransaction, actions: unknown): void {
  if (!Array.isArray(actions) || actions.length === 0) {
    throw new ContentLakeError(400, 'actionError', 'actions must be a non-empty array');
  }
  for (const action of actions) {
    if (!isObject(action))
      throw new ContentLakeError(400, 'actionError', 'Each action must be an object');
    switch (action['actionType']) {
      case 'sanity.action.document.create': {
        const publishedId = requireString(action, 'publishedId');
        const attributes = assertDocument(action['attributes'], 'create');
        const draftId =
          typeof attributes._id === 'string' ? checkId(attributes._id) : draftIdOf(publishedId);
        checkPair(draftId, publishedId);
        if (tx.get(draftId) || tx.get(publishedId)) {
          if (action['ifExists'] === 'ignore') break;
          throw new ContentLakeError(
            409,
            'documentAlreadyExistsError',
            `Document "${publishedId}" already exists`,
            { id: publishedId },
          );
        }
        const { _rev: _drop, ...attrs } = attributes;
        const doc = { ...attrs, _id: draftId };
        tx.put(draftId, doc, { create: doc });
        break;
      }
      case 'sanity.action.document.edit': {
        const draftId = requireString(action, 'draftId');
        const publishedId = requireString(action, 'publishedId');
        checkPair(draftId, publishedId);
        if (!isObject(action['patch']))
          throw new ContentLakeError(400, 'actionError', 'edit needs a patch');
        if (!tx.get(draftId)) {
          const published = tx.get(publishedId);
          if (!published) throw notFound(publishedId);
          const { _rev: _drop, ...copy } = published;
          const draft = { ...copy, _id: draftId };
          tx.put(draftId, draft, { createIfNotExists: draft });
        }
        applyPatch(tx, draftId, action['patch'], false);
        break;
      }
      case 'sanity.action.document.publish': {
        const draftId = requireString(action, 'draftId');
        const publishedId = requireString(action, 'publishedId');
        checkPair(draftId, publishedId);
        const draft = tx.get(draftId);
        if (!draft) throw notFound(draftId);
        const published = tx.get(publishedId);
        const ifDraft = action['ifDraftRevisionId'];
        if (typeof ifDraft === 'string' && ifDraft !== draft._rev)
          throw conflict(draftId, ifDraft, draft._rev);
        const ifPublished = action['ifPublishedRevisionId'];
        if (typeof ifPublished === 'string' && ifPublished !== published?._rev) {
          throw conflict(publishedId, ifPublished, published?._rev);
        }
        const { _rev: _drop, ...attrs } = draft;
        const next = { ...attrs, _id: publishedId };
        if (published?._createdAt) next._createdAt = published._createdAt;
        tx.put(publishedId, next, { createOrReplace: next });
        tx.put(draftId, null, { delete: { id: draftId } });
        break;
      }
      case 'sanity.action.document.unpublish': {
        const draftId = requireString(action, 'draftId');
        const publishedId = requireString(action, 'publishedId');
        checkPair(draftId, publishedId);
        const published = tx.get(publishedId);
        if (!published) throw notFound(publishedId);
        if (!tx.get(draftId)) {
          const { _rev: _drop, ...copy } = published;
          const draft = { ...copy, _id: draftId };
          tx.put(draftId, draft, { createIfNotExists: draft });
        }
        tx.put(publishedId, null, { delete: { id: publishedId } });
        break;
      }
      case 'sanity.action.document.discard': {
        const draftId = requireString(action, 'draftId');
        if (!isDraftId(draftId))
          throw new ContentLakeError(400, 'actionError', `"${draftId}" is not a draft id`);
        if (!tx.get(draftId)) throw notFound(draftId);
        tx.put(draftId, null, { delete: { id: draftId } });
        break;
      }
      case 'sanity.action.document.delete': {
        const publishedId = requireString(action, 'publishedId');
        const drafts = Array.isArray(action['includeDrafts']) ? action['includeDrafts'] : [];
        const ids = [publishedId, ...drafts.map(checkId)];
        if (!ids.some((id) => tx.get(id))) throw notFound(publishedId);
        for (const id of ids) if (tx.get(id)) tx.put(id, null, { delete: { id } });
        break;
      }
      case 'sanity.action.document.replaceDraft': {
        const publishedId = requireString(action, 'publishedId');
        const attributes = assertDocument(action['attributes'], 'replaceDraft');
        const draftId =
          typeof attributes._id === 'string' ? checkId(attributes._id) : draftIdOf(publishedId);
        checkPair(draftId, publishedId);
        const { _rev: _drop, ...attrs } = attributes;
        const doc = { ...attrs, _id: draftId };
        tx.put(draftId, doc, { createOrReplace: doc });
        break;
      }
      default:
        throw new ContentLakeError(
          400,
          'actionError',
          `Unsupported action type ${JSON.stringify(action['actionType'])}`,
        );
    }
  }
}
