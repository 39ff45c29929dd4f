// What every bench script does around its work: on Ctrl-C or kill, and at the end, stop every server it started
// (servers.mjs keeps them in `children`) and then its own clusters and folders, once.
import { children, stopChild } from './servers.mjs';

/**
 * Installs the signal handlers and returns the cleanup to await at the end (also on failure): the servers first, then
 * `stopOwn` (the clusters, which delete their folders, and any folder of the script's own). `label` names the script
 * in the message on a signal.
 */
export function cleanupOnExit(label, stopOwn) {
  let cleaning = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await Promise.all([...children].map((child) => stopChild(child)));
      await stopOwn();
    })());
  const onSignal = (signal) => {
    process.stderr.write(`\n${label}: ${signal}, cleaning up …\n`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return async () => {
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}
