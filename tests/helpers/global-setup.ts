import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Per-run directory where shared site builds are made once and reused by test files. */
    siteBuildRoot: string;
  }
}

/**
 * Gives the run a scratch directory for the shared site build. Nothing is built here: the
 * first test file that needs the site builds it (see site-build.ts), so runs that do not touch
 * the site pay nothing.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'smp-site-build-'));
  project.provide('siteBuildRoot', root);
  return async () => {
    if (!process.env['SMP_KEEP_BUILD']) await rm(root, { recursive: true, force: true });
  };
}
