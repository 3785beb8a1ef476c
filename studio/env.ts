/**
 * Studio configuration from the environment, read and checked in one place.
 *
 * `sanity build` inlines `SANITY_STUDIO_*` variables into the browser bundle by replacing the
 * literal text `process.env.SANITY_STUDIO_…`, so each variable is read by its full name below.
 */

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting @types/node's ProcessEnv
  namespace NodeJS {
    // Declared so they can be read with dot access, the only form `sanity build` inlines.
    interface ProcessEnv {
      SANITY_STUDIO_PROJECT_ID?: string;
      SANITY_STUDIO_DATASET?: string;
      SANITY_STUDIO_API_HOST?: string;
    }
  }
}

/** Project id used when building without a project: it makes the bundle obviously unconfigured. */
export const PLACEHOLDER_PROJECT_ID = 'unconfigured-placeholder';
/** Dataset used when none is configured; also the dataset name suggested in `.env.example`. */
export const DEFAULT_DATASET = 'production';

/** Exit code for missing configuration (EX_CONFIG in BSD sysexits.h). */
export const EXIT_CONFIG = 78;

const PROJECT_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const DATASET_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** The Studio's connection settings. `configured` is false when the placeholder is in use. */
export interface StudioEnv {
  projectId: string;
  dataset: string;
  apiHost: string | undefined;
  configured: boolean;
}

/** Raised when a command needs a variable that is missing or malformed; carries the exit code. */
export class StudioEnvError extends Error {
  readonly exitCode = EXIT_CONFIG;
  readonly variables: readonly string[];

  constructor(variables: readonly string[], detail: string) {
    super(detail);
    this.name = 'StudioEnvError';
    this.variables = variables;
  }
}

type EnvSource = Readonly<Record<string, string | undefined>>;

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

// Returns undefined where `process` does not exist (a browser bundle in which the variable was
// not set, so `sanity build` left the expression unreplaced).
function inlined(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Reads the variables from the running process (or their inlined values in a Studio bundle). */
export function processEnv(): EnvSource {
  return {
    ...(typeof process === 'undefined' ? {} : process.env),
    // Written out by name so that `sanity build` can inline them into the browser bundle.
    SANITY_STUDIO_PROJECT_ID: inlined(() => process.env.SANITY_STUDIO_PROJECT_ID),
    SANITY_STUDIO_DATASET: inlined(() => process.env.SANITY_STUDIO_DATASET),
    SANITY_STUDIO_API_HOST: inlined(() => process.env.SANITY_STUDIO_API_HOST),
  };
}

/**
 * Resolves the Studio settings. `SANITY_STUDIO_*` wins; `SANITY_PROJECT_ID`/`SANITY_DATASET`
 * (the site's names) are accepted so one `.env` can serve both. With `require: true` a missing
 * project id or dataset throws a {@link StudioEnvError} naming the variables; otherwise the
 * placeholder project is used so that offline commands such as `sanity build` still work.
 */
export function resolveStudioEnv(
  env: EnvSource = processEnv(),
  { require = false }: { require?: boolean } = {},
): StudioEnv {
  const projectId = clean(env['SANITY_STUDIO_PROJECT_ID']) ?? clean(env['SANITY_PROJECT_ID']);
  const dataset = clean(env['SANITY_STUDIO_DATASET']) ?? clean(env['SANITY_DATASET']);
  const apiHost = clean(env['SANITY_STUDIO_API_HOST']);

  const missing: string[] = [];
  if (projectId === undefined) missing.push('SANITY_STUDIO_PROJECT_ID');
  if (dataset === undefined) missing.push('SANITY_STUDIO_DATASET');
  if (require && missing.length > 0) {
    throw new StudioEnvError(
      missing,
      `Missing ${missing.join(' and ')}. Set ${missing.length > 1 ? 'them' : 'it'} in .env or the shell ` +
        '(SANITY_PROJECT_ID / SANITY_DATASET are accepted too); see .env.example.',
    );
  }
  if (projectId !== undefined && !PROJECT_ID_PATTERN.test(projectId)) {
    throw new StudioEnvError(
      ['SANITY_STUDIO_PROJECT_ID'],
      `SANITY_STUDIO_PROJECT_ID "${projectId}" is not a Sanity project id (lowercase letters, digits and dashes).`,
    );
  }
  if (dataset !== undefined && !DATASET_PATTERN.test(dataset)) {
    throw new StudioEnvError(
      ['SANITY_STUDIO_DATASET'],
      `SANITY_STUDIO_DATASET "${dataset}" is not a valid dataset name (lowercase letters, digits, "_" and "-", at most 64).`,
    );
  }
  if (apiHost !== undefined && !/^https?:\/\/[^\s/]+/.test(apiHost)) {
    throw new StudioEnvError(
      ['SANITY_STUDIO_API_HOST'],
      `SANITY_STUDIO_API_HOST "${apiHost}" must be an http(s) origin such as https://localhost:4443.`,
    );
  }
  return {
    projectId: projectId ?? PLACEHOLDER_PROJECT_ID,
    dataset: dataset ?? DEFAULT_DATASET,
    apiHost,
    configured: projectId !== undefined && dataset !== undefined,
  };
}

/**
 * CLI commands that never talk to a Sanity project, so they may run with the placeholder. Every
 * other command (dev, deploy, dataset import, documents, …) requires a configured project.
 */
export const OFFLINE_COMMANDS: ReadonlySet<string> = new Set([
  'build',
  'schema',
  'typegen',
  'help',
  'version',
  'manifest',
]);

/** The `sanity` sub-command in an argv, e.g. "dev" for `sanity dev --port 3333`, if any. */
export function sanityCommandFromArgv(argv: readonly string[]): string | undefined {
  const binIndex = argv.findIndex((arg) => /(^|[\\/])sanity(\.js|\.mjs)?$/.test(arg));
  if (binIndex === -1) return undefined;
  return argv.slice(binIndex + 1).find((arg) => !arg.startsWith('-'));
}
