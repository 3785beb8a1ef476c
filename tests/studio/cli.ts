import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/** The studio package directory. */
export const STUDIO_DIR = resolve(import.meta.dirname, '..', '..', 'studio');

/** Variables that would configure a project; blanked in child processes (see {@link cleanEnv}). */
const STUDIO_VARIABLES = [
  'SANITY_STUDIO_PROJECT_ID',
  'SANITY_STUDIO_DATASET',
  'SANITY_STUDIO_API_HOST',
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_AUTH_TOKEN',
];

/**
 * The current environment with every Studio variable set to empty: empty counts as missing, and
 * Node's .env loader never overwrites a variable that is set, so a developer's .env cannot leak in.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SANITY_TELEMETRY_DISABLED: '1' };
  for (const name of STUDIO_VARIABLES) env[name] = '';
  return { ...env, ...extra };
}

/** Result of a finished child process. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion and reports its exit code and output (never rejects on exit). */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      { ...options, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error !== null && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolvePromise({ code: error === null ? 0 : Number(error.code), stdout, stderr });
      },
    );
  });
}

/** The Studio's own `sanity` binary. */
export const SANITY_BIN = resolve(STUDIO_DIR, 'node_modules', '.bin', 'sanity');
/** tsx, to run the Studio's TypeScript scripts the way its package.json does. */
export const TSX_BIN = resolve(STUDIO_DIR, 'node_modules', '.bin', 'tsx');
