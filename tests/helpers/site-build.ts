import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { REPO_ROOT } from './dataset-file.ts';

/** A finished site build: where it is and what it printed. */
export interface SiteBuild {
  outDir: string;
  log: string;
}

const SITE_DIR = join(REPO_ROOT, 'site');
const ASTRO_BIN = join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
const POLL_MS = 500;

function runAstroBuild(outDir: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_BIN, 'build'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        // A test build must not pick up a developer's Sanity project from the shell.
        SANITY_PROJECT_ID: '',
        SANITY_DATASET: '',
        SANITY_API_READ_TOKEN: '',
        SANITY_API_HOST: '',
        ASTRO_TELEMETRY_DISABLED: '1',
        // As `pnpm build` runs it; the test runner's own NODE_ENV=test would leak in otherwise.
        NODE_ENV: 'production',
        ...env,
        SITE_OUT_DIR: outDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(log);
      else reject(new Error(`astro build exited with ${code}:\n${log.slice(-4000)}`));
    });
  });
}

function buildRoot(): string {
  try {
    return inject('siteBuildRoot');
  } catch {
    return '';
  }
}

/**
 * Builds the site once per test run for a given name and returns it to every caller, across
 * test files and workers: the first caller takes a lock directory and builds, the others wait
 * for its marker file. Builds are real `astro build` runs into a temp directory.
 */
export async function sharedSiteBuild(
  name: string,
  env: Record<string, string> = {},
): Promise<SiteBuild> {
  const root = buildRoot() || (await mkdtemp(join(tmpdir(), 'smp-site-build-')));
  const dir = join(root, name);
  const outDir = join(dir, 'out');
  const done = join(dir, 'done.json');
  try {
    await mkdir(dir); // atomic: exactly one caller per run gets to build
  } catch {
    for (;;) {
      if (existsSync(done)) {
        const result = JSON.parse(await readFile(done, 'utf8')) as SiteBuild & { error?: string };
        if (result.error) throw new Error(`shared build "${name}" failed: ${result.error}`);
        return result;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
  try {
    const log = await runAstroBuild(outDir, env);
    const result: SiteBuild = { outDir, log };
    await writeFile(done, JSON.stringify(result));
    return result;
  } catch (err) {
    await writeFile(done, JSON.stringify({ outDir, log: '', error: (err as Error).message }));
    throw err;
  }
}

/** The one build of the bundled dataset (embedded source) that build and browser tests share. */
export function bundledSiteBuild(): Promise<SiteBuild> {
  return sharedSiteBuild('embedded');
}
