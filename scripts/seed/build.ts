/**
 * Regenerates the bundled seed dataset (`site/content/`) from the content modules.
 * Usage: `pnpm --filter @smp/scripts run seed:build [outDir]` (default: site/content).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from './dataset.ts';

const defaultOut = fileURLToPath(new URL('../../site/content/', import.meta.url));
const outDir = resolve(process.argv[2] ?? defaultOut);

try {
  const { documents, images } = await writeDataset(outDir);
  const bytes = images.reduce((n, i) => n + i.bytes.length, 0);
  console.log(
    `Wrote ${documents.length} documents and ${images.length} images (${Math.round(bytes / 1024)} kB) to ${outDir}`,
  );
} catch (error) {
  console.error(`seed:build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
