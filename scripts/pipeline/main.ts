/**
 * `pnpm pipeline`: the publish service. Configuration comes from the environment (see README);
 * SIGHUP asks for a full rebuild, SIGTERM/SIGINT stop it with pending work kept on disk.
 */
import { loadConfig } from './config.ts';
import { ConfigError } from './errors.ts';
import { startService } from './service.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`pipeline: configuration error: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const service = await startService(config);
  const fullOnStart = process.argv.includes('--full');
  if (fullOnStart) await service.requestFullRebuild('manual');
  process.on('SIGHUP', () => {
    service.logger.info('SIGHUP: full rebuild requested');
    service
      .requestFullRebuild('manual')
      .catch((error: unknown) => service.logger.error({ err: error }, 'could not queue a rebuild'));
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    service.logger.info({ signal }, 'stopping; pending work stays queued on disk');
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        service.logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('pipeline: failed to start', error);
  process.exit(1);
});
