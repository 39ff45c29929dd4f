import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { directorySink, takeBaseBackup } from './base-backup';
import { ownDataDir, PostgresServer, postgresBinaries, runBinary, sleep } from './postgres-server';

/**
 * A hot standby of a running primary, made with nothing but PostgreSQL's own pieces: a physical replication slot, a
 * base backup through the low-level backup API, `standby.signal` and `primary_conninfo`, then streaming replication.
 */

export interface CreateStandbyOptions {
  /** The primary as a superuser (any database); the standby streams as this user, with this password. */
  primaryUrl: string;
  /** The primary's data folder (the base backup copies it; this process must be able to read it). */
  primaryDataDir: string;
  /** Where the standby's data goes: missing or empty. */
  standbyDataDir: string;
  port: number;
  /** The physical replication slot that keeps the WAL the standby still needs; made when missing. */
  slotName?: string;
  /** The standby's name on the primary: what `synchronous_standby_names` lists to wait for it. */
  applicationName?: string;
  /** More `-c` settings of the standby's server. */
  settings?: Record<string, string>;
  timeoutMs?: number;
}

export interface Standby {
  readonly server: PostgresServer;
  readonly slotName: string;
  readonly applicationName: string;
  /** The superuser's URL of a database on the standby. */
  url(database?: string): string;
  /** Waits until the standby is in recovery and streams from the primary. */
  waitStreaming(timeoutMs?: number): Promise<void>;
}

export const DEFAULT_SLOT = 'regiekamer_standby';

export async function createStandby(options: CreateStandbyOptions): Promise<Standby> {
  const slotName = options.slotName ?? DEFAULT_SLOT;
  const applicationName = options.applicationName ?? slotName;
  const timeoutMs = options.timeoutMs ?? 60000;
  const primary = new URL(options.primaryUrl);
  const password = decodeURIComponent(primary.password);
  const user = decodeURIComponent(primary.username) || 'postgres';

  await preparePrimary(options.primaryUrl, user, slotName);
  await takeBaseBackup({
    url: options.primaryUrl,
    dataDir: options.primaryDataDir,
    label: `standby ${slotName}`,
    waitForArchive: false,
    sink: directorySink(options.standbyDataDir),
  });

  await writeFile(path.join(options.standbyDataDir, 'standby.signal'), '');
  await appendFile(
    path.join(options.standbyDataDir, 'postgresql.auto.conf'),
    standbySettings({ host: primary.hostname, port: primary.port || '5432', user, password, applicationName, slotName }),
  );
  await ownDataDir(options.standbyDataDir);

  const server = new PostgresServer({ dataDir: options.standbyDataDir, port: options.port, password, settings: options.settings });
  await server.start(timeoutMs);
  const standby: Standby = {
    server,
    slotName,
    applicationName,
    url: (database) => server.url(database),
    waitStreaming: (ms = timeoutMs) => waitStreaming(server.url(), ms),
  };
  try {
    await standby.waitStreaming();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return standby;
}

/**
 * What a primary needs to feed a standby: WAL for replicas (the default), WAL senders (both need a restart, so they are
 * checked, not set), the slot, and a pg_hba line that lets the user connect for replication from the loopback.
 */
async function preparePrimary(primaryUrl: string, user: string, slotName: string): Promise<void> {
  const client = new Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    const settings = await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('wal_level', 'max_wal_senders', 'hba_file')`,
    );
    const setting = (name: string): string => settings.rows.find((r) => r.name === name)?.setting ?? '';
    if (setting('wal_level') === 'minimal') throw new Error('The primary runs with wal_level=minimal; a standby needs replica (restart it with wal_level=replica).');
    if (Number(setting('max_wal_senders')) < 1) throw new Error('The primary runs with max_wal_senders=0; a standby needs at least 1 (restart it with more).');
    await client.query(
      `SELECT pg_create_physical_replication_slot($1, true)
        WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`,
      [slotName],
    );
    const hbaFile = setting('hba_file');
    const hba = await readFile(hbaFile, 'utf8');
    if (!hbaAllowsReplication(hba, user)) {
      await appendFile(hbaFile, `\n# streaming replication to a standby on this machine\nhost replication ${quoteHba(user)} 127.0.0.1/32 scram-sha-256\n`);
      await client.query('SELECT pg_reload_conf()');
    }
  } finally {
    await client.end();
  }
}

/** Whether pg_hba.conf has a `host replication` line for `user` (or all) from 127.0.0.1 before anything rejects it. */
export function hbaAllowsReplication(hba: string, user: string): boolean {
  for (const raw of hba.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [type, database, users, address, method] = line.split(/\s+/);
    if (type !== 'host' && type !== 'hostnossl' && type !== 'hostssl') continue;
    if (database !== 'replication') continue;
    if (users !== 'all' && !(users ?? '').split(',').includes(user)) continue;
    if (address !== '127.0.0.1/32' && address !== 'all' && address !== '0.0.0.0/0') continue;
    return method !== 'reject';
  }
  return false;
}

/** Polls the standby until it is in recovery and its WAL receiver streams. */
export async function waitStreaming(standbyUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'not reached';
  for (;;) {
    const client = new Client({ connectionString: standbyUrl, connectionTimeoutMillis: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const { rows } = await client.query<{ recovery: boolean; status: string | null }>(
        `SELECT pg_is_in_recovery() AS recovery, (SELECT status FROM pg_stat_wal_receiver) AS status`,
      );
      const row = rows[0];
      if (row?.recovery && row.status === 'streaming') return;
      last = row?.recovery ? `in recovery, WAL receiver ${row.status ?? 'not running'}` : 'not in recovery';
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > deadline) throw new Error(`The standby did not stream within ${timeoutMs} ms (${last}).`);
    await sleep(200);
  }
}

/**
 * Promotes a standby to a primary and waits until it accepts writes: through SQL (`pg_promote()`) given its URL as a
 * superuser, or with `pg_ctl promote` given its data folder on this machine.
 */
export async function promoteStandby(target: { url: string } | { dataDir: string }, timeoutSeconds = 60): Promise<void> {
  if ('dataDir' in target) {
    await runBinary(postgresBinaries().pgCtl, ['promote', '-D', target.dataDir, '-w', '-t', String(timeoutSeconds)]);
    return;
  }
  const client = new Client({ connectionString: target.url });
  await client.connect();
  try {
    const recovery = await client.query<{ recovery: boolean }>('SELECT pg_is_in_recovery() AS recovery');
    if (!recovery.rows[0]?.recovery) throw new Error('This server is not a standby (not in recovery): nothing to promote.');
    const promoted = await client.query<{ promoted: boolean }>('SELECT pg_promote(true, $1) AS promoted', [timeoutSeconds]);
    if (!promoted.rows[0]?.promoted) throw new Error(`The standby was not promoted within ${timeoutSeconds} s.`);
  } finally {
    await client.end();
  }
}

/**
 * The lines a standby's postgresql.auto.conf gets: where it streams from, as whom, through which slot. Settings the
 * primary had by ALTER SYSTEM came along in the copy; a standby promoted later must not wait for a synchronous standby
 * of its own, so that list is emptied.
 */
export function standbySettings(p: { host: string; port: string; user: string; password: string; applicationName: string; slotName: string }): string {
  const conninfo = [`host=${p.host}`, `port=${p.port}`, `user=${p.user}`, `password=${p.password}`, `application_name=${p.applicationName}`]
    .map(quoteConninfo)
    .join(' ');
  return `\n# hot standby of ${p.host}:${p.port}\nprimary_conninfo = ${quoteSetting(conninfo)}\nprimary_slot_name = ${quoteSetting(p.slotName)}\nsynchronous_standby_names = ''\n`;
}

/** A value of primary_conninfo in single quotes when it holds a space, a quote or a backslash (libpq's rules). */
function quoteConninfo(pair: string): string {
  const at = pair.indexOf('=');
  const value = pair.slice(at + 1);
  if (value !== '' && !/[\s'\\]/.test(value)) return pair;
  return `${pair.slice(0, at)}='${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A string setting of postgresql.conf: single quotes, a quote doubled. */
function quoteSetting(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function quoteHba(user: string): string {
  return /^[A-Za-z0-9_]+$/.test(user) ? user : `"${user.replace(/"/g, '""')}"`;
}
