import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { buildReport } from './src/integrations/build-report.ts';
import { shortHash } from './src/lib/dataset.ts';
import { DEFAULT_SITE_URL, siteEnv } from './src/lib/env.ts';

const env = siteEnv();

// Astro writes its intermediate server bundle to `<cwd>/.astro/` whenever outDir lies outside the
// working directory, so two builds into different release dirs would overwrite each other's
// bundle. Each output directory gets its own working directory instead, kept under the site's
// node_modules because the bundle resolves its dependencies from where it is written.
const siteRoot = fileURLToPath(new URL('.', import.meta.url));
if (!env.outDir.startsWith(siteRoot)) {
  const workDir = join(
    siteRoot,
    'node_modules',
    '.cache',
    'smp-site',
    'builds',
    shortHash([env.outDir]),
  );
  mkdirSync(workDir, { recursive: true });
  process.chdir(workDir);
}

export default defineConfig({
  root: siteRoot,
  // Canonical URLs are computed by the content layer (SITE_URL, then site settings); this is
  // Astro's own fallback for anything it derives itself.
  site: env.siteUrl ?? DEFAULT_SITE_URL,
  outDir: env.outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [buildReport()],
  // The pipeline decides whether to turn on incremental builds; every page already returns a
  // cacheKey from getStaticPaths so flipping the flag needs no page changes.
  experimental: {
    incrementalBuild: env.incrementalBuild,
  },
  devToolbar: { enabled: false },
});
