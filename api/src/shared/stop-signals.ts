import type { Logger } from './logger';

export interface StopSignals {
  /** Something now running, stopped on a signal (all together). */
  onStop(stop: () => Promise<unknown>): void;
  /** What the running things run on (the embedded database), released once they have stopped. */
  onRelease(release: () => Promise<void>): void;
  /** A start still under way takes a failure from here on as the shutdown's doing. */
  stopping(): boolean;
}

/** The signals stopOnSignals handles. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let installed = false;

/** Whether this process stops on its signals through stopOnSignals (the API and the worker do; the CLIs do not). */
export const stopsOnSignals = (): boolean => installed;

/**
 * On SIGINT or SIGTERM (once): stop what runs, then release what it ran on, then exit 0. Errors while stopping are
 * logged, not thrown: the process exits either way. Installed before anything starts, so a signal that comes while
 * the process starts (its server may already answer) still stops it cleanly.
 */
export function stopOnSignals(logger: Logger): StopSignals {
  let stopping = false;
  const stops: (() => Promise<unknown>)[] = [];
  const releases: (() => Promise<void>)[] = [];
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    void Promise.all(stops.map((stop) => stop()))
      .catch((error: unknown) => logger.error('error while closing', { error: String(error) }))
      .then(() => Promise.all(releases.map((release) => release())))
      .catch((error: unknown) => logger.error('error while releasing', { error: String(error) }))
      .then(() => process.exit(0));
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => shutdown(signal));
  installed = true;
  return {
    onStop: (stop) => stops.push(stop),
    onRelease: (release) => releases.push(release),
    stopping: () => stopping,
  };
}
