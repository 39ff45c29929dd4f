import type { Logger } from './logger';

/**
 * On SIGINT or SIGTERM (once): `stop` what runs, then `release` what it ran on, then exit 0. Errors while stopping are
 * logged, not thrown: the process exits either way. `stopping` tells a start still under way that a failure is the
 * shutdown's doing.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<unknown>, release: () => Promise<void>): { stopping: () => boolean } {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    void stop()
      .catch((error: unknown) => logger.error('error while closing', { error: String(error) }))
      .then(release)
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return { stopping: () => stopping };
}
