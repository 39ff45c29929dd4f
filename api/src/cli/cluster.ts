import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster } from '../cluster/cluster';
import { loadConfig } from '../config';
import { runCommand } from './command';

/**
 * `npm run cluster [-- --synchronous] [-- --apis N]`: a primary, a hot standby, PgBouncer, API processes and nginx on
 * this machine, with the demo data; prints where to go and stops everything (removing its files) on Ctrl-C.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { synchronous: { type: 'boolean' }, apis: { type: 'string' } } });
  const apis = values.apis === undefined ? 3 : Number(values.apis);
  if (!Number.isInteger(apis) || apis < 1 || apis > 16) throw new Error('--apis must be a whole number from 1 to 16');
  const { demoPassword } = loadConfig();
  const dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-cluster-'));
  const say = (line: string): void => void process.stdout.write(`${line}\n`);
  // Ctrl-C while starting stops what has started (startCluster cleans up after a failure); afterwards, everything.
  const state: { stop: (() => Promise<void>) | null; stopping: boolean } = { stop: null, stopping: false };
  const onSignal = (): void => {
    if (state.stopping) return;
    state.stopping = true;
    say('stopping the cluster ...');
    // While starting there is nothing to call yet: the start ends (or fails, cleaning up) and then stops.
    if (state.stop) void state.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const cluster = await startCluster({ dir, apis, synchronousStandby: values.synchronous === true, demoPassword, log: say, apiEnv: { LOG_LEVEL: 'warn' } });
  state.stop = cluster.stop;
  if (state.stopping) {
    await cluster.stop();
    return;
  }
  say(
    `\nRegiekamer cluster running at ${cluster.url}\n` +
      `  primary   ${cluster.ownerUrl}\n` +
      `  standby   ${cluster.standbyUrl}${values.synchronous ? ' (synchronous)' : ''}\n` +
      `  pgbouncer 127.0.0.1:${cluster.pgbouncer.port} (transaction pooling)\n` +
      cluster.apis.map((a) => `  api ${a.index}     ${a.url}`).join('\n') +
      `\nDemo users as with npm start (password "${demoPassword}"). Ctrl-C stops all and removes ${dir}.\n`,
  );
}

runCommand(main);
