import { describe, expect, it } from 'vitest';
import { EnvError, readSiteEnv } from '../../site/src/lib/env.ts';
import { REPO_ROOT } from '../helpers/dataset-file.ts';

describe('site environment', () => {
  it('defaults to the embedded bundled dataset and site/dist', () => {
    const env = readSiteEnv({});
    expect(env.source).toEqual({
      kind: 'embedded',
      datasetFile: `${REPO_ROOT}/site/content/data.ndjson`,
    });
    expect(env.outDir).toBe(`${REPO_ROOT}/site/dist`);
    expect(env.siteUrl).toBeUndefined();
    expect(env.incrementalBuild).toBe(false);
  });

  it('switches to the hosted source when project and dataset are set', () => {
    const env = readSiteEnv({
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'production',
      SANITY_API_READ_TOKEN: 'tok',
      SANITY_API_HOST: 'http://127.0.0.1:9999/',
    });
    expect(env.source).toEqual({
      kind: 'hosted',
      projectId: 'abc123',
      dataset: 'production',
      token: 'tok',
      apiHost: 'http://127.0.0.1:9999',
    });
  });

  it.each([
    [{ SANITY_PROJECT_ID: 'abc123' }, 'SANITY_DATASET'],
    [{ SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID'],
    [{ SANITY_PROJECT_ID: 'ABC 123', SANITY_DATASET: 'production' }, 'SANITY_PROJECT_ID'],
    [{ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'Prod!' }, 'SANITY_DATASET'],
    [
      { SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'p', SANITY_API_HOST: 'ftp://x' },
      'SANITY_API_HOST',
    ],
    [{ SITE_URL: 'not a url' }, 'SITE_URL'],
    [{ SITE_URL: 'javascript:alert(1)' }, 'SITE_URL'],
    [{ SMP_DATASET: 'nowhere/data.ndjson' }, 'SMP_DATASET'],
    [{ SITE_INCREMENTAL_BUILD: 'yes' }, 'SITE_INCREMENTAL_BUILD'],
  ])('rejects %o naming %s', (vars, name) => {
    let error: unknown;
    try {
      readSiteEnv(vars);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).variable).toBe(name);
    expect((error as EnvError).message).toMatch(new RegExp(`^${name}: `));
  });

  it('resolves relative paths from the repository root', () => {
    const env = readSiteEnv({
      SITE_OUT_DIR: 'out/x',
      SMP_DATASET: 'tests/fixtures/site/data.ndjson',
    });
    expect(env.outDir).toBe(`${REPO_ROOT}/out/x`);
    expect(env.source).toMatchObject({
      datasetFile: `${REPO_ROOT}/tests/fixtures/site/data.ndjson`,
    });
  });
});
