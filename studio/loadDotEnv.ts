import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `.env` (the README tells people to copy `.env.example` there). */
export const ROOT_DOTENV = resolve(fileURLToPath(new URL('..', import.meta.url)), '.env');

/**
 * Loads the repository's `.env` into `process.env` for Node-side commands (CLI config, seed).
 * Variables already set in the shell win, as Node's loader never overwrites them.
 */
export function loadRootDotEnv(path: string = ROOT_DOTENV): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
