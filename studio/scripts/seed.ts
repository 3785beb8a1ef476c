/**
 * Imports the bundled seed dataset (site/content: data.ndjson + images/, Sanity's export format)
 * into the configured Sanity project with `sanity dataset import --replace`.
 *
 * Needs SANITY_STUDIO_PROJECT_ID, SANITY_STUDIO_DATASET (or SANITY_PROJECT_ID / SANITY_DATASET)
 * and SANITY_AUTH_TOKEN (a token with write access). Without them it exits with code 78 and names
 * every missing variable, before touching anything.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRootDotEnv } from '../loadDotEnv.ts';
import { EXIT_CONFIG, resolveStudioEnv, StudioEnvError } from '../env.ts';

const STUDIO_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The bundled dataset file; its images/ folder sits beside it, as `sanity dataset export` writes. */
export const SEED_FILE = resolve(STUDIO_DIR, '..', 'site', 'content', 'data.ndjson');

/** What the import will run: the CLI arguments and the extra environment (the token). */
export interface SeedPlan {
  args: string[];
  env: Record<string, string>;
}

/**
 * Checks the environment and the dataset file and returns the import command, or throws a
 * {@link StudioEnvError} naming every missing variable at once.
 */
export function planSeed(
  env: Readonly<Record<string, string | undefined>>,
  seedFile: string = SEED_FILE,
): SeedPlan {
  const studio = resolveStudioEnv(env);
  const token = env['SANITY_AUTH_TOKEN']?.trim();
  const missing: string[] = [];
  if (!studio.configured) {
    if (!env['SANITY_STUDIO_PROJECT_ID'] && !env['SANITY_PROJECT_ID']) {
      missing.push('SANITY_STUDIO_PROJECT_ID');
    }
    if (!env['SANITY_STUDIO_DATASET'] && !env['SANITY_DATASET']) {
      missing.push('SANITY_STUDIO_DATASET');
    }
  }
  if (token === undefined || token === '') missing.push('SANITY_AUTH_TOKEN');
  if (missing.length > 0) {
    throw new StudioEnvError(
      missing,
      `Cannot seed: missing ${missing.join(', ')}. Set the project and dataset to import into and a ` +
        'write token (sanity.io/manage → API → Tokens); see .env.example.',
    );
  }
  if (!existsSync(seedFile)) {
    throw new StudioEnvError([], `Cannot seed: the bundled dataset ${seedFile} does not exist.`);
  }
  return {
    args: [
      'dataset',
      'import',
      seedFile,
      '--dataset',
      studio.dataset,
      '--project-id',
      studio.projectId,
      // Re-running the seed updates the documents instead of failing on existing ids.
      '--replace',
    ],
    // Passed through the environment, not argv, so the token never shows in a process list.
    env: { SANITY_IMPORT_TOKEN: token ?? '', SANITY_TELEMETRY_DISABLED: '1' },
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  loadRootDotEnv();
  let plan: SeedPlan;
  try {
    plan = planSeed(process.env);
  } catch (error) {
    if (error instanceof StudioEnvError) {
      process.stderr.write(`✖ ${error.message}\n`);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
  const child = spawn(join(STUDIO_DIR, 'node_modules', '.bin', 'sanity'), plan.args, {
    cwd: STUDIO_DIR,
    env: { ...process.env, ...plan.env },
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal === null ? 1 : 128));
  });
}
