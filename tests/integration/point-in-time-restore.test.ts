import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Child, freePort, morningAwayFromNow } from '../support/processes';

/**
 * Continuous archiving and point-in-time recovery as operators run them: the API (`npm start`) with BACKUP_TARGET
 * archives its embedded server's WAL, `npm run db:basebackup` adds a base backup, rows are written, the time noted,
 * more rows written and a destructive mistake made; `npm run db:restore -- --from TARGET --to TIME` brings a new data
 * folder to the noted moment, and the API started on it finds exactly the first writes. A damaged archive and a wrong
 * key are refused with messages that say so.
 */
jest.setTimeout(600_000);

const dist = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src');
const main = path.join(dist, 'main.js');
const cli = path.join(dist, 'cli', 'backup.js');
const migrate = path.join(dist, 'cli', 'migrate.js');
const KEY = 'point-in-time-test-key-of-forty-characters';

let root: string;
const running: Child[] = [];

function run(script: string, args: string[], env: Record<string, string>): Child {
  if (!existsSync(script)) throw new Error(`${script} is missing: build the api first (npm test does)`);
  const child = Child.start(process.execPath, [script, ...args], { LOG_LEVEL: 'info', DEMO_MODE: 'false', ...env });
  running.push(child);
  return child;
}

async function finished(child: Child): Promise<{ code: number | null; output: string }> {
  const code = await child.exited;
  return { code, output: child.output.join('\n') };
}

async function readyz(url: string, ms = 180_000): Promise<{ status: string; backup: { lastGoodAt: string | null; ageSeconds: number | null } | null }> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const res = await fetch(`${url}/readyz`).catch(() => null);
    if (res?.status === 200) return (await res.json()) as Awaited<ReturnType<typeof readyz>>;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready within ${ms} ms`);
}

async function sql<T extends object>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const superuserUrl = (dataDir: string, port: number): string => {
  const { postgresPassword } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
  return `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${port}/regiekamer`;
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'regiekamer-pitr-'));
  // As root, the server runs as the postgres user, which must reach the folders.
  await chmod(root, 0o755);
});

afterAll(async () => {
  for (const child of running) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null) continue;
    child.proc.kill('SIGTERM');
    const timer = setTimeout(() => child.proc.kill('SIGKILL'), 30_000);
    await child.exited;
    clearTimeout(timer);
  }
  await rm(root, { recursive: true, force: true });
});

it('restores a new data folder to a noted moment: exactly the writes before it, not the mistake after it', async () => {
  const dataDir = path.join(root, 'data');
  const archive = path.join(root, 'archive');
  const [pgPort, apiPort] = [await freePort(), await freePort()];
  const env = {
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    PORT: String(apiPort),
    BACKUP_TARGET: archive,
    BACKUP_ENCRYPTION_KEY: KEY,
    BASE_BACKUP_AT: morningAwayFromNow(),
  };
  run(main, [], env);
  const url = `http://127.0.0.1:${apiPort}`;
  expect((await readyz(url)).backup).toEqual({ lastGoodAt: null, ageSeconds: null });
  const db = superuserUrl(dataDir, pgPort);
  await sql(db, 'CREATE SCHEMA probe; CREATE TABLE probe.written (id int PRIMARY KEY, phase text NOT NULL)');

  const basebackup = await finished(run(cli, ['basebackup'], env));
  expect(basebackup.code === 0 ? 0 : basebackup.output).toBe(0);
  expect(basebackup.output).toContain('base backup written');
  const [backupName] = readdirSync(path.join(archive, 'base')).filter((f) => /^\d{4}-/.test(f));
  const manifest = JSON.parse(await readFile(path.join(archive, 'base', backupName!, 'manifest.json'), 'utf8')) as { checkedAt: string | null; files: unknown[] };
  expect(manifest.checkedAt).not.toBeNull();
  expect(manifest.files.length).toBeGreaterThan(100);
  const afterBackup = await readyz(url);
  expect(afterBackup.backup?.ageSeconds).toBeLessThan(600);

  // The first writes, in several transactions; then the moment to return to.
  for (let batch = 0; batch < 5; batch++) {
    await sql(db, `INSERT INTO probe.written SELECT g, 'before' FROM generate_series($1::int, $1::int + 9) g`, [batch * 10 + 1]);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const noted = new Date();
  await new Promise((r) => setTimeout(r, 1000));
  await sql(db, `INSERT INTO probe.written SELECT g, 'after' FROM generate_series(51, 100) g`);
  await sql(db, 'DELETE FROM probe.written WHERE id <= 10');
  // The segment holding the mistake goes to the archive now, not at archive_timeout.
  const [switched] = await sql<{ name: string }>(db, 'SELECT pg_walfile_name(pg_switch_wal()) AS name');
  for (let i = 0; ; i++) {
    const [archived] = await sql<{ last: string | null; failed: string | null }>(db, 'SELECT last_archived_wal AS last, last_failed_wal AS failed FROM pg_stat_archiver');
    if ((archived?.last ?? '') >= switched!.name) break;
    if (i > 120) throw new Error(`WAL not archived: ${JSON.stringify(archived)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  // Every archived file has its checksum beside it, in sha256sum's format.
  const walFiles = readdirSync(path.join(archive, 'wal')).filter((f) => f.endsWith('.enc'));
  expect(walFiles).toContain(`${switched!.name}.enc`);
  for (const f of walFiles) expect(readFileSync(path.join(archive, 'wal', `${f}.sha256`), 'utf8')).toMatch(new RegExp(`^[0-9a-f]{64}  ${f.replace('.', '\\.')}\\n$`));

  // A wrong key is refused before anything is written.
  const wrongKeyDir = path.join(root, 'wrong-key');
  const wrongKey = await finished(run(cli, ['restore', '--from', archive, '--to', noted.toISOString(), '--data-dir', wrongKeyDir], { ...env, BACKUP_ENCRYPTION_KEY: 'x'.repeat(40) }));
  expect(wrongKey.code).toBe(1);
  expect(wrongKey.output).toMatch(/another BACKUP_ENCRYPTION_KEY/);
  expect(existsSync(path.join(wrongKeyDir, 'pg'))).toBe(false);

  // A damaged WAL file, and a damaged file of the base backup, are refused by their checksums.
  const damaged = path.join(root, 'damaged-archive');
  await cp(archive, damaged, { recursive: true });
  const flip = async (file: string): Promise<void> => {
    const bytes = await readFile(file);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x01;
    await writeFile(file, bytes);
  };
  await flip(path.join(damaged, 'wal', `${switched!.name}.enc`));
  const badWal = await finished(run(cli, ['restore', '--from', damaged, '--to', noted.toISOString(), '--data-dir', path.join(root, 'bad-wal')], env));
  expect(badWal.code).toBe(1);
  expect(badWal.output).toMatch(new RegExp(`wal/${switched!.name}\\.enc: checksum mismatch`));
  await cp(path.join(archive, 'wal'), path.join(damaged, 'wal'), { recursive: true });
  await flip(path.join(damaged, 'base', backupName!, 'data', 'PG_VERSION.enc'));
  const badBase = await finished(run(cli, ['restore', '--from', damaged, '--to', noted.toISOString(), '--data-dir', path.join(root, 'bad-base')], env));
  expect(badBase.code).toBe(1);
  expect(badBase.output).toMatch(/PG_VERSION\.enc: checksum mismatch/);

  // The restore, into a new folder, while the API goes on running on its own.
  const restoredDir = path.join(root, 'restored');
  const restore = await finished(run(cli, ['restore', '--from', archive, '--to', noted.toISOString(), '--data-dir', restoredDir], env));
  // The output says why, should it fail.
  expect(restore.code === 0 ? 'restored' : restore.output).toBe('restored');
  expect(restore.output).toContain('restored to a point in time');

  // The runbook's upgrade and roll back on the restored installation: the latest migration undone and applied again.
  const [pgPort2, apiPort2] = [await freePort(), await freePort()];
  const restoredEnv = { DATA_DIR: restoredDir, EMBEDDED_PG_PORT: String(pgPort2), PORT: String(apiPort2) };
  const revert = await finished(run(migrate, ['down'], restoredEnv));
  expect(revert.code === 0 ? 0 : revert.output).toBe(0);
  const reapply = await finished(run(migrate, ['up'], restoredEnv));
  expect(reapply.code === 0 ? 0 : reapply.output).toBe(0);
  expect(reapply.output).toContain('migrations applied');

  // Started as operators would: DATA_DIR=<restored> npm start (its secrets came with the backup).
  run(main, [], restoredEnv);
  await readyz(`http://127.0.0.1:${apiPort2}`);
  const rows = await sql<{ id: number; phase: string }>(superuserUrl(restoredDir, pgPort2), 'SELECT id, phase FROM probe.written ORDER BY id');
  expect(rows).toEqual(Array.from({ length: 50 }, (_, i) => ({ id: i + 1, phase: 'before' })));
  // The running installation still has its mistake: the restore wrote nothing there.
  const [live] = await sql<{ n: string }>(db, 'SELECT count(*) AS n FROM probe.written');
  expect(Number(live?.n)).toBe(90);
});
