import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readlink, rename, rm, rmdir, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './errors.ts';
import { readJsonFile, syncDirectory, writeFileAtomic } from './state-files.ts';

/**
 * Layout under the pipeline directory:
 *   releases/<id>/   verified releases only (a build becomes one by a rename when it passes)
 *   work/<id>/       builds in progress; never served, removed when they fail
 *   live             symlink -> releases/<id>, replaced with rename(2) so readers never see a gap
 *   history.json     stack of release ids in the order they went live (rollback pops it)
 */
export interface ReleasePaths {
  root: string;
  releases: string;
  work: string;
  live: string;
  history: string;
  lock: string;
}

/** Resolves the fixed layout under one pipeline directory. */
export function releasePaths(root: string): ReleasePaths {
  return {
    root,
    releases: path.join(root, 'releases'),
    work: path.join(root, 'work'),
    live: path.join(root, 'live'),
    history: path.join(root, 'history.json'),
    lock: path.join(root, '.switch-lock'),
  };
}

const RELEASE_ID = /^\d{8}T\d{9}Z-[0-9a-f]{6}$/;

/** A new release id; ids sort in creation order. */
export function newReleaseId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`;
}

/** True for strings shaped like a release id (guards paths built from CLI input). */
export function isReleaseId(value: string): boolean {
  return RELEASE_ID.test(value);
}

/** The id of the live release, or undefined before the first deploy. */
export async function liveReleaseId(paths: ReleasePaths): Promise<string | undefined> {
  try {
    const target = await readlink(paths.live);
    const id = path.basename(target);
    return isReleaseId(id) ? id : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Verified releases, oldest first. */
export async function listReleases(paths: ReleasePaths): Promise<string[]> {
  try {
    return (await readdir(paths.releases)).filter(isReleaseId).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function readHistory(paths: ReleasePaths): Promise<string[]> {
  try {
    const value = await readJsonFile(paths.history);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      return value.filter(isReleaseId);
    }
  } catch {
    // A damaged history falls back to creation order below.
  }
  return [];
}

/**
 * Serialises switches of the live pointer between the service and the rollback CLI. mkdir is
 * atomic; a lock older than STALE_LOCK_MS belongs to a process that died and is taken over.
 */
const STALE_LOCK_MS = 30_000;

async function withSwitchLock<T>(paths: ReleasePaths, fn: () => Promise<T>): Promise<T> {
  await mkdir(paths.root, { recursive: true });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await mkdir(paths.lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const info = await stat(paths.lock).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > STALE_LOCK_MS) {
        await rmdir(paths.lock).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) throw new CliError(3, `Timed out waiting for ${paths.lock}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  try {
    return await fn();
  } finally {
    await rmdir(paths.lock).catch(() => undefined);
  }
}

/** Points `live` at a release with one rename(2): every request sees the old or the new tree. */
async function pointLiveAt(paths: ReleasePaths, id: string): Promise<void> {
  const tmp = path.join(paths.root, `.live-${randomBytes(6).toString('hex')}`);
  await symlink(path.join('releases', id), tmp);
  try {
    await rename(tmp, paths.live);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(paths.root);
}

/** Makes a verified release live and records it on the history stack. */
export async function activateRelease(paths: ReleasePaths, id: string): Promise<void> {
  await withSwitchLock(paths, async () => {
    await stat(path.join(paths.releases, id));
    await pointLiveAt(paths, id);
    const history = (await readHistory(paths)).filter((h) => h !== id);
    history.push(id);
    await writeFileAtomic(paths.history, JSON.stringify(history.slice(-1000)) + '\n');
  });
}

/** Moves a finished build from work/ into releases/ (same filesystem: an atomic rename). */
export async function promoteBuild(paths: ReleasePaths, id: string): Promise<string> {
  await mkdir(paths.releases, { recursive: true });
  const target = path.join(paths.releases, id);
  await rename(path.join(paths.work, id), target);
  await syncDirectory(paths.releases);
  return target;
}

export interface RollbackResult {
  from: string | undefined;
  to: string;
}

/**
 * Returns to the release that was live before the current one (or to `to`). Only a rename and
 * a small JSON write: it finishes in milliseconds whatever the size of the site.
 */
export async function rollback(paths: ReleasePaths, to?: string): Promise<RollbackResult> {
  if (to !== undefined && !isReleaseId(to)) {
    throw new CliError(2, `"${to}" is not a release id (expected e.g. 20260101T120000000Z-a1b2c3)`);
  }
  return withSwitchLock(paths, async () => {
    const existing = new Set(await listReleases(paths));
    const current = await liveReleaseId(paths);
    let history = (await readHistory(paths)).filter((id) => existing.has(id));
    if (history.length === 0) history = [...existing];
    let target: string | undefined;
    if (to !== undefined) {
      if (!existing.has(to)) throw new CliError(2, `Release ${to} does not exist (or was pruned)`);
      target = to;
      history = history.filter((id) => id !== to);
      history.push(to);
    } else {
      // Pop the current release; the new top of the stack is what was live before it.
      while (history.length > 0 && history[history.length - 1] === current) history.pop();
      if (current !== undefined && history.length === 0) {
        // No recorded history: fall back to the newest release older than the live one.
        target = [...existing].filter((id) => id < current).pop();
        if (target !== undefined) history.push(target);
      } else {
        target = history[history.length - 1];
      }
    }
    if (target === undefined) {
      throw new CliError(2, 'There is no earlier release to roll back to');
    }
    await pointLiveAt(paths, target);
    await writeFileAtomic(paths.history, JSON.stringify(history) + '\n');
    return { from: current, to: target };
  });
}

/** Deletes releases beyond the newest `keep` (never the live one) and abandoned work folders. */
export async function pruneReleases(paths: ReleasePaths, keep: number): Promise<string[]> {
  const live = await liveReleaseId(paths);
  const all = await listReleases(paths);
  const doomed = all.slice(0, Math.max(0, all.length - keep)).filter((id) => id !== live);
  for (const id of doomed) {
    // Rename first so a half-deleted tree is never mistaken for a release.
    const trash = path.join(paths.work, `.trash-${id}`);
    await mkdir(paths.work, { recursive: true });
    await rename(path.join(paths.releases, id), trash);
    await rm(trash, { recursive: true, force: true });
  }
  return doomed;
}

/** Removes builds left in work/ by a crash or a kill. */
export async function clearWork(paths: ReleasePaths): Promise<void> {
  await rm(paths.work, { recursive: true, force: true });
  await mkdir(paths.work, { recursive: true });
}
