import { readJsonFile, writeFileAtomic } from './state-files.ts';
import type { DocumentChange } from './webhook.ts';

/** A unit of work: everything that must reach the live site in one build. */
export interface Work {
  /** Triggering changes by document id (the latest delivery for an id wins). */
  changes: Record<string, DocumentChange & { receivedAt: number }>;
  /** Why the work exists: webhook, catch-up, retry, manual. */
  reasons: string[];
  /** Rebuild every page (code changed, asked for, or the build cache may be unreliable). */
  full: boolean;
  attempt: number;
  firstQueuedAt: number;
}

interface PersistedState {
  version: 1;
  pending: Work | null;
  running: Work | null;
  /** Set by a failed build: the next one rebuilds in full (the build cache may be half-written). */
  fullNext?: boolean;
}

/** Merges `b` into `a` (both may be absent). */
export function mergeWork(a: Work | null, b: Work): Work {
  if (!a) return structuredClone(b);
  return {
    changes: { ...a.changes, ...b.changes },
    reasons: [...new Set([...a.reasons, ...b.reasons])],
    full: a.full || b.full,
    attempt: Math.max(a.attempt, b.attempt),
    firstQueuedAt: Math.min(a.firstQueuedAt, b.firstQueuedAt),
  };
}

export interface QueueOptions {
  stateFile: string;
  debounceMs: number;
  /** A stream of deliveries cannot postpone a build for longer than this. */
  maxDelayMs: number;
  maxAttempts: number;
  retryDelayMs: number;
  /** Runs one build; resolves true when it went live (or had nothing to do). */
  run: (work: Work) => Promise<boolean>;
  onError: (error: unknown) => void;
}

/** Counters that let an operator (and the tests) see the queue's guarantees hold. */
export interface QueueStats {
  started: number;
  succeeded: number;
  failed: number;
  maxRunning: number;
  maxPending: number;
  deliveriesMerged: number;
}

/**
 * At most one build runs and at most one waits. Deliveries that arrive while a build runs merge
 * into the waiting one, so a burst of any size costs at most two builds. The waiting and the
 * running work are persisted before a delivery is acknowledged, so a crash loses nothing.
 */
export class CoalescingQueue {
  readonly #options: QueueOptions;
  #pending: Work | null = null;
  #running: Work | null = null;
  #runningSince: number | undefined;
  #timer: NodeJS.Timeout | undefined;
  #writeChain: Promise<void> = Promise.resolve();
  #stopped = false;
  #fullNext = false;
  #idleWaiters: (() => void)[] = [];
  readonly stats: QueueStats = {
    started: 0,
    succeeded: 0,
    failed: 0,
    maxRunning: 0,
    maxPending: 0,
    deliveriesMerged: 0,
  };

  constructor(options: QueueOptions) {
    this.#options = options;
  }

  /** Restores persisted work; a build that was running when the process died is queued again. */
  async load(): Promise<void> {
    const state = (await readJsonFile(this.#options.stateFile)) as PersistedState | undefined;
    if (state?.version === 1) {
      let work = state.pending;
      if (state.running) {
        // The interrupted build may have left the build cache half-written: rebuild in full.
        work = mergeWork(work, {
          ...state.running,
          full: true,
          reasons: [...state.running.reasons, 'interrupted'],
        });
      }
      this.#pending = work;
      this.#fullNext = state.fullNext === true;
      if (work) this.stats.maxPending = 1;
    }
    await this.#persist();
  }

  /** Adds work; resolves once it is on disk (acknowledge the delivery only after that). */
  async enqueue(work: Work): Promise<void> {
    if (this.#pending) this.stats.deliveriesMerged += 1;
    this.#pending = mergeWork(this.#pending, work);
    this.stats.maxPending = Math.max(this.stats.maxPending, 1);
    await this.#persist();
    this.#schedule(this.#options.debounceMs);
  }

  /** Starts pending work restored by load() (after the debounce). */
  kick(): void {
    if (this.#pending) this.#schedule(this.#options.debounceMs);
  }

  get pending(): Work | null {
    return this.#pending;
  }

  get running(): Work | null {
    return this.#running;
  }

  get runningSince(): number | undefined {
    return this.#runningSince;
  }

  /** Resolves when nothing runs or waits (tests and graceful shutdown). */
  idle(): Promise<void> {
    if (!this.#running && !this.#pending) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Stops starting builds; the persisted state is kept for the next start. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#writeChain.catch(this.#options.onError);
  }

  #schedule(delayMs: number): void {
    if (this.#stopped || this.#running || !this.#pending) return;
    if (this.#timer) clearTimeout(this.#timer);
    const waited = Date.now() - this.#pending.firstQueuedAt;
    const delay = Math.max(0, Math.min(delayMs, this.#options.maxDelayMs - waited));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#start().catch(this.#options.onError);
    }, delay);
  }

  async #start(): Promise<void> {
    if (this.#stopped || this.#running || !this.#pending) return;
    const work = this.#fullNext ? { ...this.#pending, full: true } : this.#pending;
    this.#running = work;
    this.#pending = null;
    this.#runningSince = Date.now();
    this.stats.started += 1;
    this.stats.maxRunning = Math.max(this.stats.maxRunning, 1);
    await this.#persist();
    let ok = false;
    try {
      ok = await this.#options.run(work);
    } catch (error) {
      this.#options.onError(error);
    }
    if (ok) this.stats.succeeded += 1;
    else this.stats.failed += 1;
    this.#fullNext = !ok;
    this.#running = null;
    this.#runningSince = undefined;
    let delay = this.#options.debounceMs;
    if (!ok && !this.#stopped && work.attempt + 1 < this.#options.maxAttempts) {
      // Retry once more later, in full: a failure may have left the build cache inconsistent.
      this.#pending = mergeWork(this.#pending, {
        ...work,
        attempt: work.attempt + 1,
        full: true,
        reasons: [...work.reasons, 'retry'],
      });
      delay = this.#options.retryDelayMs;
    }
    if (!this.#stopped) await this.#persist();
    if (this.#pending) {
      this.#schedule(delay);
    } else {
      for (const resolve of this.#idleWaiters.splice(0)) resolve();
    }
  }

  #persist(): Promise<void> {
    const state: PersistedState = {
      version: 1,
      pending: this.#pending,
      running: this.#running,
      fullNext: this.#fullNext,
    };
    const text = JSON.stringify(state) + '\n';
    // A failed write must not poison later ones: each write starts from a settled chain.
    const write = this.#writeChain
      .catch(() => undefined)
      .then(() => writeFileAtomic(this.#options.stateFile, text));
    this.#writeChain = write;
    return write;
  }
}
