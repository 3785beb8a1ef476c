import { readConfig } from './config.ts';
import { ConfigError } from './errors.ts';
import { startContentLake } from './server.ts';

/** `pnpm content-lake`: runs the local Content Lake until interrupted. */
async function main(): Promise<void> {
  const config = readConfig();
  const lake = await startContentLake(config);
  const lines = [
    `Local Content Lake  ${lake.url}  (project "${config.projectId}", dataset "${config.dataset}")`,
    `  data:   ${lake.store.dir}`,
    `  token:  ${lake.token}`,
  ];
  if (lake.tls) {
    lines.push(`  CA:     ${lake.tls.caFile}  (trust it once: see scripts/content-lake/README.md)`);
    lines.push(`  SPKI:   ${lake.tls.spkiHash}`);
  }
  console.log(lines.join('\n'));
  // A machine-readable line for the dev command and tests that spawn the server.
  console.log(
    `CONTENT_LAKE_READY ${JSON.stringify({ url: lake.url, token: lake.token, caFile: lake.tls?.caFile ?? null, spkiHash: lake.tls?.spkiHash ?? null })}`,
  );
  const stop = (): void => {
    void lake.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`content-lake: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error(error);
  process.exit(1);
});
