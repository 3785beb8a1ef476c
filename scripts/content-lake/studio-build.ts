import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './config.ts';

/** The Sanity CLI entry of the Studio workspace (run with our own Node, not the shell's). */
const SANITY_BIN = path.join(REPO_ROOT, 'studio/node_modules/sanity/bin/sanity');

/**
 * Builds the real Studio into `outDir` with its API host pointed at a local Content Lake:
 * `sanity build` inlines the SANITY_STUDIO_* variables into the bundle.
 */
export async function buildStudio(options: {
  outDir: string;
  apiHost: string;
  projectId: string;
  dataset: string;
  log?: (line: string) => void;
}): Promise<void> {
  await fs.access(SANITY_BIN).catch(() => {
    throw new Error(`Sanity CLI not found at ${SANITY_BIN}: install the workspace first`);
  });
  await fs.mkdir(path.dirname(options.outDir), { recursive: true });
  const child = spawn(process.execPath, [SANITY_BIN, 'build', options.outDir, '--yes'], {
    cwd: path.join(REPO_ROOT, 'studio'),
    env: {
      ...process.env,
      SANITY_STUDIO_API_HOST: options.apiHost,
      SANITY_STUDIO_PROJECT_ID: options.projectId,
      SANITY_STUDIO_DATASET: options.dataset,
      SANITY_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const line of chunk.toString().split('\n')) if (line.trim()) options.log?.(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`sanity build failed (exit ${code}):\n${output.slice(-4000)}`);
}
