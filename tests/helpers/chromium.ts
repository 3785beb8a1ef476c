import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS } from '../../scripts/bench/browser.ts';

/** Chromium for browser tests: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): string | undefined {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
}

/** Why browser tests are skipped, or undefined when they can run; throws under CI. */
export function browserSkipReason(): string | undefined {
  if (findChromium()) return undefined;
  const how =
    'No Chromium found at CHROME_PATH or /usr/bin/chromium. Install one with ' +
    '`apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary.';
  if (process.env['CI']) throw new Error(`${how} (CI is set, so a missing browser fails the run)`);
  return how;
}

/**
 * The launch flags that work on these machines (see FIELD-NOTES), shared with the benchmark's
 * Lighthouse runs. playwright-core adds its own headless flag and fresh profile.
 */
export function chromiumArgs(): string[] {
  return CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless'));
}
