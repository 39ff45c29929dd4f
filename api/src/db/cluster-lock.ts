import { execFile } from 'node:child_process';
import { readFile, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../shared/logger';
import { StartupError } from '../start-failure';

/**
 * The embedded PostgreSQL runs as a child of the API. When the API is killed (kill -9, OOM killer, power button of a
 * container) its PostgreSQL keeps running on the data folder, and a new start failed on its lock file. Before starting,
 * the cluster of DATA_DIR is looked up by its postmaster.pid: one left behind by a dead API is shut down cleanly (fast
 * shutdown: open transactions roll back, everything committed stays) and started again by this process; one whose API
 * still runs is left alone and the start refused.
 */

/** The first lines of postmaster.pid: PID, data folder, start time, port. */
export interface PostmasterLock {
  pid: number;
  dataDir: string;
  port: number | null;
}

export function parsePostmasterPid(text: string): PostmasterLock | null {
  const [pid, dataDir, , port] = text.split('\n');
  const n = Number(pid);
  if (!Number.isSafeInteger(n) || n <= 0) return null;
  const p = Number(port);
  return { pid: n, dataDir: dataDir ?? '', port: Number.isInteger(p) && p > 0 ? p : null };
}

interface ProcessInfo {
  command: string;
  parent: number;
  zombie: boolean;
}

/** Field 2 (command, in parentheses, may contain spaces), 3 (state) and 4 (parent) of /proc/<pid>/stat. */
export function parseProcStat(text: string): ProcessInfo | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const [state, parent] = text.slice(close + 2).split(' ');
  const ppid = Number(parent);
  if (!state || !Number.isInteger(ppid)) return null;
  return { command: text.slice(open + 1, close), parent: ppid, zombie: state === 'Z' || state === 'X' };
}

/** Null when the process does not exist; `undefined` fields when this system cannot tell (no /proc, no ps). */
async function inspect(pid: number): Promise<ProcessInfo | null | undefined> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return null;
    // EPERM: it exists, under another user.
  }
  try {
    return parseProcStat(await readFile(`/proc/${pid}/stat`, 'utf8')) ?? undefined;
  } catch {
    // No /proc (macOS): ask ps.
  }
  try {
    const { stdout } = await promisify(execFile)('ps', ['-o', 'ppid=,stat=,comm=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(\S+)\s+(.+?)\s*$/.exec(stdout);
    // The groups are never empty when the line matches; the checks only tell TypeScript.
    if (!match?.[2] || !match[3]) return null;
    return { parent: Number(match[1]), zombie: match[2].startsWith('Z'), command: path.basename(match[3]) };
  } catch {
    return undefined;
  }
}

/**
 * Whether the postgres process `pid` serves `clusterDir`: the postmaster works in its data folder (its cwd), and was
 * started with `-D <folder>`. Null when this system cannot tell.
 */
async function servesCluster(pid: number, clusterDir: string): Promise<boolean | null> {
  const wanted = await realpath(clusterDir).catch(() => clusterDir);
  const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => null);
  if (cwd !== null) return cwd === wanted || cwd === clusterDir;
  const args = await readFile(`/proc/${pid}/cmdline`, 'utf8')
    .then((t) => t.split('\0').join(' '))
    .catch(() =>
      promisify(execFile)('ps', ['-o', 'command=', '-p', String(pid)]).then(
        (r) => r.stdout,
        () => null,
      ),
    );
  if (args === null) return null;
  return args.includes(` ${clusterDir}`) || args.includes(` ${wanted}`);
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const info = await inspect(pid);
    if (info === null || info?.zombie) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
    if ((error as NodeJS.ErrnoException).code === 'EPERM') {
      throw new StartupError(
        `A PostgreSQL (PID ${pid}) of another user runs on this DATA_DIR, and this user may not stop it.`,
        `Stop it as its user (pg_ctl stop -D <DATA_DIR>/pg), or start Regiekamer as that user.`,
      );
    }
    throw error;
  }
}

/** The file in which the API that started the cluster notes its PID: its cluster is a child of that process. */
export const ownerFile = (clusterDir: string): string => path.join(path.dirname(clusterDir), 'embedded-postgres.owner');

/**
 * Makes the cluster folder free to start: stops a cluster left running by an API that is gone, removes a lock file whose
 * PID now belongs to another program, and refuses when the API that owns the running cluster is still alive.
 * Afterwards notes this process as the owner.
 */
export async function reclaimCluster(clusterDir: string, logger: Logger): Promise<void> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  const lock = await readFile(lockFile, 'utf8').then(parsePostmasterPid, () => null);
  if (lock) {
    const info = await inspect(lock.pid);
    // PostgreSQL removes a lock file whose PID is gone by itself; without /proc or ps, its own message is explained.
    if (info !== null && info !== undefined && !info.zombie) {
      const ours = info.command.includes('postgres') ? await servesCluster(lock.pid, clusterDir) : false;
      if (ours === false) {
        // After a reboot or in a new container the PID may belong to anything, another PostgreSQL included.
        logger.warn('removing a stale postmaster.pid: its PID now belongs to another program', { pid: lock.pid, command: info.command });
        await rm(lockFile, { force: true });
      } else if (ours === null) {
        throw new StartupError(
          `A PostgreSQL (PID ${lock.pid}) may still be running on ${clusterDir}, and this system cannot tell whether it serves this data folder.`,
          `Stop it (pg_ctl stop -D ${clusterDir}) if it does, or remove ${lockFile} if it does not; then start again.`,
        );
      } else {
        const owner = Number(await readFile(ownerFile(clusterDir), 'utf8').catch(() => ''));
        if (Number.isSafeInteger(owner) && owner > 0 && owner === info.parent && owner !== process.pid) {
          throw new StartupError(
            `Another Regiekamer (PID ${owner}) is running on DATA_DIR ${path.dirname(clusterDir)}, with its PostgreSQL (PID ${lock.pid}).`,
            `Stop that process first (Ctrl-C or kill ${owner}), or give this one its own DATA_DIR and EMBEDDED_PG_PORT.`,
          );
        }
        await stopLeftBehind(lock.pid, logger);
      }
    }
  }
  await writeFile(ownerFile(clusterDir), `${process.pid}\n`);
}

async function stopLeftBehind(pid: number, logger: Logger): Promise<void> {
  const started = Date.now();
  logger.warn('stopping the embedded PostgreSQL left running by an earlier process (fast shutdown)', { pid });
  // SIGINT: fast shutdown. Sessions end, open transactions roll back, a checkpoint is written.
  signal(pid, 'SIGINT');
  if (!(await gone(pid, 20000))) {
    // SIGQUIT: immediate shutdown. The next start replays the write-ahead log: committed data is still kept.
    logger.warn('the left-behind PostgreSQL did not stop within 20 s; stopping it immediately', { pid });
    signal(pid, 'SIGQUIT');
    if (!(await gone(pid, 5000))) {
      throw new StartupError(
        `The PostgreSQL left running on this DATA_DIR (PID ${pid}) does not stop.`,
        `Stop it by hand (kill -QUIT ${pid}, or kill -9 ${pid} as a last resort; the next start recovers from its log), then start again.`,
      );
    }
  }
  logger.info('left-behind PostgreSQL stopped', { pid, ms: Date.now() - started });
}

/** Refuses early and clearly when another program holds the port the embedded PostgreSQL is to listen on. */
export function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(
          new StartupError(
            `EMBEDDED_PG_PORT ${port} is in use by another program.`,
            'Stop that program, or set EMBEDDED_PG_PORT to a free port (every data folder needs its own).',
          ),
        );
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** The embedded PostgreSQL exited while starting: what its last log lines say, as a message with a remedy. */
export function explainPostgresExit(log: string, options: { port: number; clusterDir: string }): StartupError {
  const { port, clusterDir } = options;
  const dataDir = path.dirname(clusterDir);
  const last = log
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(-6)
    .join(' | ');
  if (/could not bind|could not create any TCP\/IP sockets|Address already in use/i.test(log)) {
    return new StartupError(`EMBEDDED_PG_PORT ${port} is in use by another program.`, 'Stop that program, or set EMBEDDED_PG_PORT to a free port.');
  }
  if (/could not create lock file ".*\.s\.PGSQL\.\d+\.lock"|\.s\.PGSQL\.\d+\.lock/i.test(log)) {
    return new StartupError(
      `Another PostgreSQL uses port ${port} (its socket lock file exists).`,
      'Stop that PostgreSQL, or set EMBEDDED_PG_PORT to a free port.',
    );
  }
  const other = /lock file "postmaster\.pid" already exists[\s\S]*?PID (\d+)/i.exec(log);
  if (other || /lock file "postmaster\.pid" already exists/i.test(log)) {
    return new StartupError(
      `Another PostgreSQL${other ? ` (PID ${other[1]})` : ''} holds the data folder ${clusterDir}.`,
      `Stop it (pg_ctl stop -D ${clusterDir}), or use another DATA_DIR.`,
    );
  }
  if (/database files are incompatible with server/i.test(log)) {
    return new StartupError(
      `DATA_DIR ${dataDir} holds a cluster of another PostgreSQL version: ${last}.`,
      'Back it up with the Regiekamer version that made it (npm run db:backup), then restore into a new DATA_DIR; or start with the matching version.',
    );
  }
  if (/No space left on device/i.test(log)) {
    return new StartupError(`The disk of DATA_DIR ${dataDir} is full.`, 'Free disk space, then start again.');
  }
  if (/Permission denied|has invalid permissions|wrong ownership/i.test(log)) {
    return new StartupError(
      `The embedded PostgreSQL may not use ${clusterDir}: ${last}.`,
      'Give its folder back to the user PostgreSQL runs as (the postgres user when started as root), or use a new DATA_DIR.',
    );
  }
  return new StartupError(
    `The embedded PostgreSQL stopped while starting${last ? `: ${last}` : ''}.`,
    `See its log lines above (LOG_LEVEL=debug shows all of them); the cluster is in ${clusterDir}.`,
  );
}
