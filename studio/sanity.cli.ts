import { join } from 'node:path';
import { defineCliConfig } from 'sanity/cli';
import { loadRootDotEnv } from './loadDotEnv.ts';
import {
  OFFLINE_COMMANDS,
  resolveStudioEnv,
  sanityCommandFromArgv,
  StudioEnvError,
} from './env.ts';

loadRootDotEnv();
const command = sanityCommandFromArgv(process.argv);
// Unknown command (e.g. the config loaded by a tool): be lenient, the Studio config decides.
const needsProject = command !== undefined && !OFFLINE_COMMANDS.has(command);

let env;
try {
  env = resolveStudioEnv(undefined, { require: needsProject });
} catch (error) {
  if (error instanceof StudioEnvError) {
    // Printed here rather than thrown: the CLI would bury the variable name under a stack trace.
    process.stderr.write(`\n✖ sanity ${command ?? ''}: ${error.message}\n\n`);
    process.exit(error.exitCode);
  }
  throw error;
}

// `sanity build` inlines only SANITY_STUDIO_* variables into the bundle; mirror the accepted
// SANITY_PROJECT_ID / SANITY_DATASET aliases so the built Studio sees the same project.
if (env.configured) {
  process.env.SANITY_STUDIO_PROJECT_ID = env.projectId;
  process.env.SANITY_STUDIO_DATASET = env.dataset;
}

// The freshness check (scripts/typegenCheck.ts) regenerates into a scratch directory; everything
// else writes the committed files. The CLI ignores --config-path once this file configures typegen.
const typegenOutDir = process.env['TYPEGEN_OUT_DIR'];
const typegenSchema =
  typegenOutDir === undefined ? 'schema.json' : join(typegenOutDir, 'schema.json');

export default defineCliConfig({
  api: { projectId: env.projectId, dataset: env.dataset },
  // Extraction with required fields enforced gives the site non-optional types for them.
  schemaExtraction: { path: 'schema.json', enforceRequiredFields: true },
  typegen: {
    path: '../site/src/**/*.{ts,astro}',
    schema: typegenSchema,
    generates:
      typegenOutDir === undefined
        ? '../site/src/sanity.types.ts'
        : join(typegenOutDir, 'sanity.types.ts'),
    overloadClientMethods: true,
    // Unformatted output is byte-for-byte reproducible wherever it is written (see typegen:check).
    formatGeneratedCode: false,
  },
  deployment: { autoUpdates: false },
});
