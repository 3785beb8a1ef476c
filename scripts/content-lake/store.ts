import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ContentLakeError } from './errors.ts';

/** A stored document: Sanity's system fields plus anything else. */
export interface Doc {
  _id: string;
  _type: string;
  _rev?: string;
  _createdAt?: string;
  _updatedAt?: string;
  [field: string]: unknown;
}

/** What one transaction did to one document, in the order the mutations ran. */
export interface DocChange {
  id: string;
  before: Doc | null;
  after: Doc | null;
  /** The mutations that produced `after`, in the mutate API's own form (for listeners). */
  mutations: Record<string, unknown>[];
}

/** A committed transaction, as listeners and webhooks see it. */
export interface CommittedTransaction {
  transactionId: string;
  timestamp: string;
  identity: string;
  changes: DocChange[];
}

const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset']);
/** `image-<sha1>-<W>x<H>-<ext>`: Sanity's image asset id, which names the file it points at. */
const IMAGE_ID = /^image-([a-f0-9]{40})-(\d+)x(\d+)-([a-z0-9]+)$/;
const FILE_ID = /^file-([a-f0-9]{40})-([a-z0-9]+)$/;
const EXPORT_REF =
  /^(image|file)@file:\/\/\.\/(images|files)\/([a-f0-9]{40})(?:-(\d+)x(\d+))?\.([a-z0-9]+)$/;

/** A new revision / transaction id: 22 alphanumerics, like Sanity's. */
export function newRevision(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(22), (b) => alphabet[b % alphabet.length]).join('');
}

/** Sanity's timestamps have second precision and a `Z` suffix. */
export function nowTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function isAssetDoc(doc: Doc): boolean {
  return ASSET_TYPES.has(doc._type);
}

function mapDeep(
  value: unknown,
  fn: (obj: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => mapDeep(item, fn));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapDeep(item, fn);
    return fn(out);
  }
  return value;
}

/** Relative file path (`images/<sha1>-WxH.ext` / `files/<sha1>.ext`) of an asset id. */
export function assetFileOf(assetId: string): string | undefined {
  const image = IMAGE_ID.exec(assetId);
  if (image) return `images/${image[1]}-${image[2]}x${image[3]}.${image[4]}`;
  const file = FILE_ID.exec(assetId);
  if (file) return `files/${file[1]}.${file[2]}`;
  return undefined;
}

/** Export form → Content Lake form: `_sanityAsset` becomes an asset reference. */
export function fromExportForm(doc: Doc): Doc {
  return mapDeep(doc, (obj) => {
    const ref = obj['_sanityAsset'];
    if (typeof ref !== 'string') return obj;
    const match = EXPORT_REF.exec(ref);
    if (!match) return obj;
    const [, kind, , sha, w, h, ext] = match;
    const assetId = kind === 'image' ? `image-${sha}-${w}x${h}-${ext}` : `file-${sha}-${ext}`;
    const { _sanityAsset: _drop, ...rest } = obj;
    return { ...rest, asset: { _type: 'reference', _ref: assetId } };
  }) as Doc;
}

/** Content Lake form → export form, so the working dataset stays importable by `sanity dataset import`. */
export function toExportForm(doc: Doc): Doc {
  return mapDeep(doc, (obj) => {
    const asset = obj['asset'];
    if (!asset || typeof asset !== 'object' || Array.isArray(asset)) return obj;
    const keys = Object.keys(asset);
    const ref = (asset as Record<string, unknown>)['_ref'];
    // Only a plain reference round-trips losslessly; anything richer stays as it is.
    if (typeof ref !== 'string' || keys.some((k) => k !== '_ref' && k !== '_type')) return obj;
    const file = assetFileOf(ref);
    if (!file) return obj;
    const { asset: _drop, ...rest } = obj;
    const kind = ref.startsWith('image-') ? 'image' : 'file';
    return { ...rest, _sanityAsset: `${kind}@file://./${file}` };
  }) as Doc;
}

/** Every asset id referenced anywhere in a document. */
export function assetRefsOf(doc: Doc): string[] {
  const refs: string[] = [];
  mapDeep(doc, (obj) => {
    const ref = obj['_ref'];
    if (typeof ref === 'string' && assetFileOf(ref)) refs.push(ref);
    return obj;
  });
  return refs;
}

/** Writes a file so that a crash leaves either the old or the new content, never a torn one. */
export async function writeFileAtomic(file: string, content: string | Buffer): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  // The rename itself lives in the directory: fsync it so it survives power loss too.
  const dir = await fs.open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function parseNdjson(text: string, file: string): Doc[] {
  const docs: Doc[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1} is not valid JSON: ${(error as Error).message}`);
    }
    if (
      !doc ||
      typeof doc !== 'object' ||
      typeof (doc as Doc)._id !== 'string' ||
      typeof (doc as Doc)._type !== 'string'
    ) {
      throw new Error(`${file}:${index + 1} is not a document (needs string _id and _type)`);
    }
    docs.push(doc as Doc);
  });
  return docs;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Builds the asset document for an asset file that has none (e.g. from the bundled export). */
export type AssetDocFactory = (assetId: string, absoluteFile: string) => Promise<Doc | undefined>;

/** The working dataset: in memory for queries, persisted as NDJSON + asset files on every commit. */
export class DatasetStore extends EventEmitter<{ transaction: [CommittedTransaction] }> {
  readonly docs = new Map<string, Doc>();
  readonly dir: string;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(dir: string) {
    super();
    this.dir = dir;
  }

  get dataFile(): string {
    return path.join(this.dir, 'data.ndjson');
  }

  get assetsFile(): string {
    return path.join(this.dir, 'assets.ndjson');
  }

  /** Opens (seeding on first start) the dataset stored in `dir`. */
  static async open(
    dir: string,
    seedDir: string,
    makeAssetDoc: AssetDocFactory,
  ): Promise<DatasetStore> {
    await seed(dir, seedDir);
    const store = new DatasetStore(dir);
    const data = parseNdjson(await fs.readFile(store.dataFile, 'utf8'), store.dataFile);
    const assets = (await exists(store.assetsFile))
      ? parseNdjson(await fs.readFile(store.assetsFile, 'utf8'), store.assetsFile)
      : [];
    for (const asset of assets) store.docs.set(asset._id, asset);
    const missing = new Set<string>();
    for (const raw of data) {
      const doc = fromExportForm(raw);
      store.docs.set(doc._id, doc);
      for (const ref of assetRefsOf(doc)) if (!store.docs.has(ref)) missing.add(ref);
    }
    // Asset files without an asset document (the export leaves them out): synthesise them once.
    const synthesised: Doc[] = [];
    for (const id of missing) {
      const file = assetFileOf(id);
      if (!file) continue;
      const doc = await makeAssetDoc(id, path.join(dir, file));
      if (doc) {
        store.docs.set(id, doc);
        synthesised.push(doc);
      }
    }
    if (synthesised.length > 0) await store.persist(false, true);
    return store;
  }

  get(id: string): Doc | undefined {
    return this.docs.get(id);
  }

  all(): Doc[] {
    return [...this.docs.values()];
  }

  /** Absolute path of an asset file inside the dataset directory. */
  assetPath(relative: string): string {
    return path.join(this.dir, relative);
  }

  /**
   * Runs `build` against a staged view and commits its changes atomically: nothing is visible or
   * acknowledged until the dataset files are durably on disk. Transactions run one at a time.
   */
  commit(
    build: (tx: StagedTransaction) => void | Promise<void>,
    options: { transactionId?: string | undefined; identity: string; dryRun?: boolean },
  ): Promise<CommittedTransaction> {
    const run = async (): Promise<CommittedTransaction> => {
      const transactionId = options.transactionId ?? newRevision();
      const timestamp = nowTimestamp();
      const tx = new StagedTransaction(this, transactionId, timestamp);
      await build(tx);
      const changes = tx.changes();
      const committed: CommittedTransaction = {
        transactionId,
        timestamp,
        identity: options.identity,
        changes,
      };
      if (options.dryRun || changes.length === 0) return committed;
      const isAsset = (c: DocChange): boolean => isAssetDoc((c.after ?? c.before) as Doc);
      const touchesData = changes.some((c) => !isAsset(c));
      const touchesAssets = changes.some(isAsset);
      const previous = new Map(changes.map((c) => [c.id, this.docs.get(c.id)]));
      for (const change of changes) {
        if (change.after) this.docs.set(change.id, change.after);
        else this.docs.delete(change.id);
      }
      try {
        await this.persist(touchesData, touchesAssets);
      } catch (error) {
        // Not durable, so not acknowledged: put memory back as it was.
        for (const [id, doc] of previous) {
          if (doc) this.docs.set(id, doc);
          else this.docs.delete(id);
        }
        throw error;
      }
      this.emit('transaction', committed);
      return committed;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async persist(data: boolean, assets: boolean): Promise<void> {
    const docs = this.all();
    if (data) {
      const lines = docs.filter((d) => !isAssetDoc(d)).map((d) => JSON.stringify(toExportForm(d)));
      await writeFileAtomic(this.dataFile, lines.join('\n') + (lines.length ? '\n' : ''));
    }
    if (assets) {
      const lines = docs.filter(isAssetDoc).map((d) => JSON.stringify(d));
      await writeFileAtomic(this.assetsFile, lines.join('\n') + (lines.length ? '\n' : ''));
    }
  }
}

/** Copies the bundled export into a fresh dataset directory; a half-done copy is never used. */
async function seed(dir: string, seedDir: string): Promise<void> {
  if (await exists(path.join(dir, 'data.ndjson'))) return;
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const tmp = `${dir}.seeding-${process.pid}`;
  await fs.rm(tmp, { recursive: true, force: true });
  await fs.mkdir(tmp, { recursive: true });
  if (await exists(path.join(seedDir, 'data.ndjson'))) {
    await fs.cp(seedDir, tmp, { recursive: true });
  } else {
    console.warn(`[content-lake] no bundled dataset at ${seedDir}: starting with an empty dataset`);
    await fs.writeFile(path.join(tmp, 'data.ndjson'), '');
  }
  await fs.mkdir(path.join(tmp, 'images'), { recursive: true });
  await fs.mkdir(path.join(tmp, 'files'), { recursive: true });
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rename(tmp, dir);
}

/** A copy-on-write view of the dataset that one transaction reads and writes. */
export class StagedTransaction {
  private readonly staged = new Map<string, DocChange>();
  private readonly order: string[] = [];

  constructor(
    private readonly store: DatasetStore,
    readonly transactionId: string,
    readonly timestamp: string,
  ) {}

  get(id: string): Doc | null {
    const change = this.staged.get(id);
    if (change) return change.after;
    return this.store.get(id) ?? null;
  }

  /** All documents as this transaction currently sees them (for query-targeted patches). */
  all(): Doc[] {
    const out: Doc[] = [];
    for (const doc of this.store.all()) {
      const current = this.get(doc._id);
      if (current) out.push(current);
    }
    for (const id of this.order) {
      const change = this.staged.get(id);
      if (change?.after && !this.store.get(id)) out.push(change.after);
    }
    return out;
  }

  /** Records the new state of a document (null = deleted) and the mutation that produced it. */
  put(id: string, after: Doc | null, mutation: Record<string, unknown>): void {
    let change = this.staged.get(id);
    if (!change) {
      change = { id, before: this.store.get(id) ?? null, after: null, mutations: [] };
      this.staged.set(id, change);
      this.order.push(id);
    }
    if (after) {
      if (after._id !== id)
        throw new ContentLakeError(
          400,
          'mutationError',
          `Document id mismatch: ${after._id} vs ${id}`,
        );
      if (typeof after._type !== 'string' || after._type === '') {
        throw new ContentLakeError(400, 'mutationError', `Document "${id}" needs a _type`);
      }
      after = {
        ...after,
        _createdAt:
          change.before?._createdAt ??
          (typeof after._createdAt === 'string' ? after._createdAt : this.timestamp),
        _updatedAt: this.timestamp,
        _rev: this.transactionId,
      };
    }
    change.after = after;
    change.mutations.push(mutation);
  }

  changes(): DocChange[] {
    return this.order
      .map((id) => this.staged.get(id) as DocChange)
      .filter((c) => !(c.before === null && c.after === null));
  }
}
