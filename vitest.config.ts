import { defineConfig } from 'vitest/config';

/**
 * One Vitest run covers every area; each area's tests live in `tests/<area>/`.
 * Timeouts are generous because some tests build the real site or Studio on a 2-core machine;
 * performance is measured by `pnpm bench`, never asserted here.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Real builds and browsers compete for two cores: keep parallelism modest.
    maxWorkers: 2,
    // Hands out a per-run scratch dir; the site is built lazily there, once, by the first test
    // file that needs it (tests/helpers/site-build.ts).
    globalSetup: ['tests/helpers/global-setup.ts'],
  },
});
