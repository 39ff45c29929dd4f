import { startCluster, seed, fixtures } from './cluster.mjs';
import { startOurs, startPeer, children } from './servers.mjs';
import { writeFileSync } from 'node:fs';
const c = await startCluster();
process.on('SIGTERM', async () => { for (const ch of children) ch.kill('SIGTERM'); await c.stop(); process.exit(0); });
console.log('cluster', c.url);
await seed(c.url, 1);
const f = await fixtures(c.url);
console.log(f);
const ours = await startOurs({ databaseUrl: c.url, poolSize: 10, dataDir: '/tmp/benchdev' });
const peer = await startPeer({ databaseUrl: c.url, poolSize: 10, municipalityId: f.municipalityId });
writeFileSync(
  '/tmp/benchdev/env.json',
  JSON.stringify({
    url: c.url,
    maintenanceUrl: c.maintenanceUrl,
    f,
    ours: { url: ours.url, headers: ours.headers, pid: ours.pid },
    peer: { url: peer.url, pid: peer.pid },
  }),
);
console.log('ready');
process.on('SIGTERM', async () => {
  await ours.stop();
  await peer.stop();
  await c.stop();
  process.exit(0);
});
setInterval(() => {}, 1e6);
