/**
 * Fails when the committed TypeGen output is stale: regenerates the extracted schema and the
 * site's types into a temporary directory and compares them with the committed files.
 * Run with `pnpm --filter @smp/studio run typegen:check`; fix with `pnpm typegen`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The studio package directory (this script lives in studio/scripts/). */
export const STUDIO_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Committed outputs, relative to the studio directory, as configured in sanity.cli.ts. */
export const COMMITTED = {
  schema: 'schema.json',
  types: '../site/src/sanity.types.ts',
} as const;

/** Outcome of a freshness check: which committed files differ from a fresh generation. */
export interface TypegenCheckResult {
  stale: string[];
}

/** Exit code when generated files are out of date (distinct from a crash, which exits 1). */
export const EXIT_STALE = 3;

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

/** Regenerates schema and types in a temporary directory and lists committed files that differ. */
export async function checkTypegen(studioDir: string = STUDIO_DIR): Promise<TypegenCheckResult> {
  // Inside the studio (under node_modules/, so never committed): `sanity schema extract --path`
  // joins the working directory with its argument even when that argument is absolute.
  const cacheDir = join(studioDir, 'node_modules', '.cache');
  await mkdir(cacheDir, { recursive: true });
  const work = relative(studioDir, await mkdtemp(join(cacheDir, 'typegen-check-')));
  try {
    const schemaPath = join(work, 'schema.json');
    const typesPath = join(studioDir, work, 'sanity.types.ts');
    const sanity = join(studioDir, 'node_modules', '.bin', 'sanity');
    const env = { ...process.env, SANITY_TELEMETRY_DISABLED: '1', TYPEGEN_OUT_DIR: work };

    await run(sanity, ['schema', 'extract', '--enforce-required-fields', '--path', schemaPath], {
      cwd: studioDir,
      env,
    });
    await run(sanity, ['typegen', 'generate'], { cwd: studioDir, env });

    // TypeGen names the schema file in a comment; the committed file names "schema.json".
    const freshTypes = (await readFile(typesPath, 'utf8')).replaceAll(schemaPath, COMMITTED.schema);
    const freshSchema = await readFile(join(studioDir, schemaPath), 'utf8');

    const stale: string[] = [];
    if (freshSchema !== (await readOrEmpty(join(studioDir, COMMITTED.schema)))) {
      stale.push(`studio/${COMMITTED.schema}`);
    }
    if (freshTypes !== (await readOrEmpty(resolve(studioDir, COMMITTED.types)))) {
      stale.push('site/src/sanity.types.ts');
    }
    return { stale };
  } finally {
    await rm(join(studioDir, work), { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { stale } = await checkTypegen();
  if (stale.length > 0) {
    process.stderr.write(
      `✖ Generated files are out of date: ${stale.join(', ')}.\n  Run \`pnpm typegen\` and commit the result.\n`,
    );
    process.exit(EXIT_STALE);
  }
  process.stdout.write('✔ studio/schema.json and site/src/sanity.types.ts are up to date.\n');
}
