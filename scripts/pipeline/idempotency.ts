import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './state-files.ts';

/**
 * Sanity retries a delivery for about 30 minutes; remembering keys for a day covers that with a
 * wide margin while keeping the file small.
 */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

/** Idempotency keys longer than this are refused: Sanity's are short ids. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 256;

/**
 * Remembers the idempotency keys of accepted deliveries on disk (an fsync'd append-only log,
 * compacted on start), so a delivery replayed after a restart is still recognised.
 */
export class IdempotencyStore {
  readonly #file: string;
  readonly #ttlMs: number;
  readonly #seen = new Map<string, number>();

  constructor(file: string, ttlMs = DEFAULT_IDEMPOTENCY_TTL_MS) {
    this.#file = file;
    this.#ttlMs = ttlMs;
  }

  /** Loads the log, drops expired keys and rewrites it compacted. */
  async load(now = Date.now()): Promise<void> {
    await mkdir(path.dirname(this.#file), { recursive: true });
    let text = '';
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        const entry = JSON.parse(line) as { k?: unknown; t?: unknown };
        if (
          typeof entry.k === 'string' &&
          typeof entry.t === 'number' &&
          now - entry.t < this.#ttlMs
        ) {
          this.#seen.set(entry.k, entry.t);
        }
      } catch {
        // A torn last line from a crash mid-append: the delivery was never acknowledged, so
        // forgetting its key is correct (Sanity will retry it).
      }
    }
    await writeFileAtomic(
      this.#file,
      [...this.#seen].map(([k, t]) => JSON.stringify({ k, t }) + '\n').join(''),
    );
  }

  /** True when this key was accepted before (and has not expired). */
  has(key: string, now = Date.now()): boolean {
    const at = this.#seen.get(key);
    return at !== undefined && now - at < this.#ttlMs;
  }

  /**
   * Claims a key in memory (synchronously, so two concurrent deliveries cannot both win);
   * returns false when it was already claimed.
   */
  claim(key: string, now = Date.now()): boolean {
    if (this.has(key, now)) return false;
    this.#seen.set(key, now);
    return true;
  }

  /** Undoes a claim whose delivery could not be accepted, so Sanity's retry is not mistaken for a replay. */
  release(key: string): void {
    this.#seen.delete(key);
  }

  /** Makes a claimed key durable. */
  async persist(key: string): Promise<void> {
    const at = this.#seen.get(key) ?? Date.now();
    const handle = await open(this.#file, 'a', 0o600);
    try {
      await handle.appendFile(JSON.stringify({ k: key, t: at }) + '\n', 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  get size(): number {
    return this.#seen.size;
  }
}
