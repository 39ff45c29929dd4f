import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { directorySink, takeBaseBackup } from '../../api/src/db/base-backup';
import { Child, freePort } from '../support/processes';

/**
 * A base backup taken while rows are being written, with the WAL written meanwhile fetched beside it (as
 * pg_basebackup -X fetch does), starts as a consistent cluster holding every row committed before the backup ended.
 */
jest.setTimeout(180_000);

const PASSWORD = 'backup-pw';
let root: string;
const children: Child[] = [];

async function startCluster(dir: string): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = Child.start(process.execPath, [path.join(__dirname, '../support/cluster-process.mjs'), dir, String(port), PASSWORD], {});
  children.push(child);
  await child.waitFor(/^started$/, 90_000);
  return { child, url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres` };
}

async function query<T extends object>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'regiekamer-basebackup-'));
  // As root, the server runs as the postgres user, which must reach the folders.
  await chmod(root, 0o755);
});

afterAll(async () => {
  for (const child of children) {
    child.send('exit');
    const timer = setTimeout(() => child.proc.kill('SIGKILL'), 15_000);
    await child.exited;
    clearTimeout(timer);
  }
  await rm(root, { recursive: true, force: true });
});

it('copies a running cluster into one that recovers to every row committed before the backup ended', async () => {
  const primaryDir = path.join(root, 'primary');
  const { url } = await startCluster(primaryDir);
  await query(url, 'CREATE TABLE written (id int PRIMARY KEY, payload text NOT NULL)');
  await query(url, `INSERT INTO written SELECT g, repeat('x', 200) FROM generate_series(1, 5000) g`);

  // Writes go on during the copy: one committed row after another.
  const writer = new Client({ connectionString: url });
  await writer.connect();
  let next = 5001;
  const state = { writing: true };
  const committed: number[] = [];
  const writes = (async () => {
    while (state.writing) {
      await writer.query('INSERT INTO written VALUES ($1, $2)', [next, 'during']);
      committed.push(next);
      next += 1;
    }
  })();
  const copyDir = path.join(root, 'copy');
  const result = await takeBaseBackup({ url, dataDir: primaryDir, label: 'test', waitForArchive: false, sink: directorySink(copyDir) });
  const committedBeforeStop = committed.length;
  state.writing = false;
  await writes;
  await writer.end();

  expect(result.files).toBeGreaterThan(100);
  expect(result.bytes).toBeGreaterThan(1_000_000);
  expect(result.stopLsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
  const label = readFileSync(path.join(copyDir, 'backup_label'), 'utf8');
  expect(label).toContain(`START WAL LOCATION: ${result.startLsn}`);
  expect(label).toContain('LABEL: test');
  // What describes the running server stays behind; the WAL folder is there, empty but for its status folder.
  expect(existsSync(path.join(copyDir, 'postmaster.pid'))).toBe(false);
  expect(readdirSync(path.join(copyDir, 'pg_wal')).filter((f) => /^[0-9A-F]{24}$/.test(f))).toEqual([]);
  expect(existsSync(path.join(copyDir, 'pg_wal', 'archive_status'))).toBe(true);

  // The WAL from the backup's start on, fetched from the primary after pg_backup_stop (no checkpoint has removed it yet).
  for (const segment of readdirSync(path.join(primaryDir, 'pg_wal')).filter((f) => /^[0-9A-F]{24}$/.test(f))) {
    copyFileSync(path.join(primaryDir, 'pg_wal', segment), path.join(copyDir, 'pg_wal', segment));
  }
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', copyDir]);

  const copy = await startCluster(copyDir);
  const [count] = await query<{ before: string; total: string }>(copy.url, 'SELECT count(*) FILTER (WHERE id <= 5000) AS before, count(*) AS total FROM written');
  expect(Number(count?.before)).toBe(5000);
  expect(Number(count?.total)).toBeGreaterThanOrEqual(5000 + committedBeforeStop);
  // Every row committed before the backup ended is there, with no gap.
  const [range] = await query<{ max: number }>(copy.url, 'SELECT max(id) AS max FROM written');
  expect(range?.max).toBeGreaterThanOrEqual(5000 + committedBeforeStop);
  expect(Number(count?.total)).toBe(range?.max);
});
