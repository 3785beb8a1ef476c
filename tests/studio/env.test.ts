/**
 * The Studio's configuration edge: the env module, and the CLI commands that must refuse to run
 * without a project while `sanity build` runs with none.
 */
import { describe, expect, it } from 'vitest';
import {
  EXIT_CONFIG,
  PLACEHOLDER_PROJECT_ID,
  resolveStudioEnv,
  sanityCommandFromArgv,
  StudioEnvError,
} from '../../studio/env.ts';
import { planSeed, SEED_FILE } from '../../studio/scripts/seed.ts';
import { cleanEnv, runCommand, SANITY_BIN, STUDIO_DIR, TSX_BIN } from './cli.ts';

function thrown(action: () => unknown): StudioEnvError {
  try {
    action();
  } catch (error) {
    if (error instanceof StudioEnvError) return error;
    throw error;
  }
  throw new Error('expected a StudioEnvError');
}

describe('resolveStudioEnv', () => {
  it('falls back to the clearly named placeholder project when nothing is set', () => {
    expect(resolveStudioEnv({})).toEqual({
      projectId: PLACEHOLDER_PROJECT_ID,
      dataset: 'production',
      apiHost: undefined,
      configured: false,
    });
  });

  it('names both missing variables when a project is required', () => {
    const error = thrown(() => resolveStudioEnv({}, { require: true }));
    expect(error.variables).toEqual(['SANITY_STUDIO_PROJECT_ID', 'SANITY_STUDIO_DATASET']);
    expect(error.message).toContain('SANITY_STUDIO_PROJECT_ID');
    expect(error.message).toContain('SANITY_STUDIO_DATASET');
    expect(error.exitCode).toBe(EXIT_CONFIG);
  });

  it('names only the missing dataset when the project id is set', () => {
    const error = thrown(() =>
      resolveStudioEnv({ SANITY_STUDIO_PROJECT_ID: 'abc123' }, { require: true }),
    );
    expect(error.variables).toEqual(['SANITY_STUDIO_DATASET']);
  });

  it('treats an empty variable as missing', () => {
    const error = thrown(() =>
      resolveStudioEnv(
        { SANITY_STUDIO_PROJECT_ID: '  ', SANITY_STUDIO_DATASET: 'production' },
        { require: true },
      ),
    );
    expect(error.variables).toEqual(['SANITY_STUDIO_PROJECT_ID']);
  });

  it("accepts the site's SANITY_PROJECT_ID / SANITY_DATASET names", () => {
    expect(resolveStudioEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'staging' })).toEqual(
      expect.objectContaining({ projectId: 'abc123', dataset: 'staging', configured: true }),
    );
  });

  it('prefers SANITY_STUDIO_* over the aliases', () => {
    const env = resolveStudioEnv({
      SANITY_STUDIO_PROJECT_ID: 'studio1',
      SANITY_PROJECT_ID: 'site1',
      SANITY_STUDIO_DATASET: 'production',
    });
    expect(env.projectId).toBe('studio1');
  });

  it('passes the API host through for the local Content Lake', () => {
    expect(resolveStudioEnv({ SANITY_STUDIO_API_HOST: 'https://localhost:4443' }).apiHost).toBe(
      'https://localhost:4443',
    );
  });

  it('rejects a malformed project id, naming the variable', () => {
    const error = thrown(() => resolveStudioEnv({ SANITY_STUDIO_PROJECT_ID: 'My Project!' }));
    expect(error.variables).toEqual(['SANITY_STUDIO_PROJECT_ID']);
  });

  it('rejects an API host that is not an http(s) origin', () => {
    const error = thrown(() => resolveStudioEnv({ SANITY_STUDIO_API_HOST: 'javascript:alert(1)' }));
    expect(error.variables).toEqual(['SANITY_STUDIO_API_HOST']);
  });
});

describe('sanityCommandFromArgv', () => {
  it('finds the sub-command after the sanity binary, skipping flags', () => {
    expect(
      sanityCommandFromArgv([
        '/usr/bin/node',
        '/x/node_modules/sanity/bin/sanity',
        '--debug',
        'dev',
      ]),
    ).toBe('dev');
  });

  it('returns undefined when the config is loaded by something other than the CLI', () => {
    expect(sanityCommandFromArgv(['/usr/bin/node', '/x/vitest.mjs', 'run'])).toBeUndefined();
  });
});

describe('seed', () => {
  it('names every missing variable at once', () => {
    const error = thrown(() => planSeed({}));
    expect(error.variables).toEqual([
      'SANITY_STUDIO_PROJECT_ID',
      'SANITY_STUDIO_DATASET',
      'SANITY_AUTH_TOKEN',
    ]);
  });

  it('names the token alone when the project is configured', () => {
    const error = thrown(() =>
      planSeed({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'staging' }),
    );
    expect(error.variables).toEqual(['SANITY_AUTH_TOKEN']);
  });

  it('imports the bundled dataset into the configured project, token kept off the command line', () => {
    const plan = planSeed({
      SANITY_STUDIO_PROJECT_ID: 'abc123',
      SANITY_STUDIO_DATASET: 'staging',
      SANITY_AUTH_TOKEN: 'sk-secret-token',
    });
    expect(plan.args).toEqual([
      'dataset',
      'import',
      SEED_FILE,
      '--dataset',
      'staging',
      '--project-id',
      'abc123',
      '--replace',
    ]);
    expect(plan.args.join(' ')).not.toContain('sk-secret-token');
    expect(plan.env['SANITY_IMPORT_TOKEN']).toBe('sk-secret-token');
  });

  it('exits 78 from the command line, naming what is missing', async () => {
    const result = await runCommand(TSX_BIN, ['scripts/seed.ts'], {
      cwd: STUDIO_DIR,
      env: cleanEnv(),
    });
    expect(result.code).toBe(EXIT_CONFIG);
    expect(result.stderr).toContain(
      'SANITY_STUDIO_PROJECT_ID, SANITY_STUDIO_DATASET, SANITY_AUTH_TOKEN',
    );
  });
});

describe('sanity CLI commands that need a project', () => {
  it('`sanity dataset import` without a project exits 78 naming the variable', async () => {
    const result = await runCommand(
      SANITY_BIN,
      ['dataset', 'import', SEED_FILE, '--dataset', 'x'],
      {
        cwd: STUDIO_DIR,
        env: cleanEnv(),
      },
    );
    expect(result.code).toBe(EXIT_CONFIG);
    expect(result.stderr).toContain('SANITY_STUDIO_PROJECT_ID');
  });
});
