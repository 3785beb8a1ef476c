/**
 * The Studio builds offline with no project configured (as in CI), ships no secrets, and the
 * committed TypeGen output matches what the schema and the site's queries generate now.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_PROJECT_ID } from '../../studio/env.ts';
import { checkTypegen } from '../../studio/scripts/typegenCheck.ts';
import { cleanEnv, runCommand, SANITY_BIN, STUDIO_DIR, type RunResult } from './cli.ts';

// Present in the build environment to prove the bundle never picks up non-Studio variables.
const SECRET = 'sk-do-not-ship-4f1c9e2a7b';

async function readTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile() && /\.(js|html|css|json)$/.test(entry.name))
      .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  );
}

describe('sanity build (offline, no project configured)', () => {
  let outDir: string;
  let build: RunResult;
  let files: string[];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'smp-studio-build-'));
    build = await runCommand(SANITY_BIN, ['build', outDir, '--yes'], {
      cwd: STUDIO_DIR,
      env: cleanEnv({ SANITY_AUTH_TOKEN: SECRET, SANITY_API_READ_TOKEN: SECRET }),
    });
    files = build.code === 0 ? await readTree(outDir) : [];
  });

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('succeeds', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  });

  it('uses the placeholder project id', () => {
    expect(files.some((text) => text.includes(PLACEHOLDER_PROJECT_ID))).toBe(true);
  });

  it('contains no secret from the build environment', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((text) => text.includes(SECRET))).toEqual([]);
  });
});

describe('TypeGen output', () => {
  it('is current: studio/schema.json and site/src/sanity.types.ts match a fresh generation', async () => {
    expect(await checkTypegen()).toEqual({ stale: [] });
  }, 600_000);
});
