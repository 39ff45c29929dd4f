import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { migrations } from '../../../migrations';
import { migrateUp } from './migrate';
import { declaredTables } from '../modules';
import { first } from '../shared/loader-utils';

/**
 * Logical backups: every table's rows in COPY format, gzipped, with a manifest; the schema is recreated by the migrations.
 * Why not pg_dump: the embedded PostgreSQL ships no pg_dump, and the Debian one (15) refuses to dump a newer server.
 * With a server of your own, its pg_dump works as well.
 */
export const BACKUP_FORMAT = 'regiekamer-backup/1';

/** Every table the modules declare, in foreign-key order (the module list's), so that a restore can load them one after another. */
export function backupTables(): string[] {
  return declaredTables().map((t) => t.table);
}

export interface Manifest {
  format: string;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
}

export async function backupDatabase(url: string, dir: string): Promise<Manifest> {
  await mkdir(dir, { recursive: true });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for all tables, so that the backup is consistent while the API keeps writing.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const applied = await client.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY id');
    const tables: Manifest['tables'] = [];
    for (const table of backupTables()) {
      // A query, not the table: COPY cannot read a partitioned table (access_log) by name.
      const stream = client.query(copyTo(`COPY (SELECT * FROM public.${table}) TO STDOUT`));
      await pipeline(stream, createGzip(), createWriteStream(path.join(dir, `${table}.copy.gz`)));
      tables.push({ name: table, rows: stream.rowCount });
    }
    await client.query('COMMIT');
    const manifest: Manifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations: applied.rows.map((r) => r.name), tables };
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    return manifest;
  } finally {
    await client.end();
  }
}

export class RestoreError extends Error {}

/** Restores into an empty database: migrates it to the backup's schema, loads every table and checks the row counts. */
export async function restoreDatabase(url: string, dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== BACKUP_FORMAT) throw new RestoreError(`not a backup of this kind: ${manifest.format}`);
  const known = migrations.map((M) => new M().name ?? M.name);
  if (JSON.stringify(known) !== JSON.stringify(manifest.migrations)) {
    throw new RestoreError('the backup was made with another set of migrations than this version of the application has');
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = 'municipality'`);
    if (existing.rowCount !== 0) {
      const rows = await client.query('SELECT 1 FROM municipality LIMIT 1');
      if (rows.rowCount !== 0) throw new RestoreError('the target database is not empty; restore into an empty database');
    }
    await migrateUp(url);
    await client.query('BEGIN');
    // Rows are restored as they were: no audit rows for the restore itself, no append-only guards on the load.
    const tables = backupTables();
    for (const table of tables) await client.query(`ALTER TABLE public.${table} DISABLE TRIGGER USER`);
    for (const { name } of manifest.tables) {
      if (!tables.includes(name)) throw new RestoreError(`unknown table in backup: ${name}`);
      const stream = client.query(copyFrom(`COPY public.${name} FROM STDIN`));
      await pipeline(createReadStream(path.join(dir, `${name}.copy.gz`)), createGunzip(), stream);
    }
    for (const table of tables) await client.query(`ALTER TABLE public.${table} ENABLE TRIGGER USER`);
    for (const { name, rows } of manifest.tables) {
      const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${name}`);
      const { n } = first(counted.rows, `the row count of ${name}`);
      if (Number(n) !== rows) throw new RestoreError(`${name}: expected ${rows} rows, found ${n}`);
      const sequence = await client.query<{ seq: string | null }>(
        `SELECT pg_get_serial_sequence('public.' || table_name, 'id') AS seq FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id'`,
        [name],
      );
      const seq = sequence.rows[0]?.seq;
      if (seq) await client.query(`SELECT setval($1, COALESCE((SELECT max(id) FROM public.${name}), 0) + 1, false)`, [seq]);
    }
    // Statistics are not in a backup: until autovacuum reaches the restored tables, the planner would plan them
    // without any, the extended ones on provider and municipality included. Inside the transaction (ANALYZE counts its
    // own rows), so that a failure here leaves the database empty and the restore can be run again.
    await client.query('ANALYZE');
    await client.query('COMMIT');
    return manifest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
