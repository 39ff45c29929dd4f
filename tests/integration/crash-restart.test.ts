import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { OwnedCluster } from '../support/owned-cluster';
import { Child, freePort } from '../support/processes';
import { createTestDatabase, testAppDatabaseUrl, type TestDatabase } from '../support/test-db';
import { arrangementCreateInput } from '../support/factories';

/**
 * The API as operators run it (`npm start`: node api/dist/.../main.js), killed with kill -9 and started again on the
 * same data folder, and started wrongly in the ways a start can fail.
 */
const main = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'main.js');
const DEMO_PASSWORD = 'crash-test-demo-password';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token } }`;
const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code } } }`;

function start(env: Record<string, string>): Child {
  if (!existsSync(main)) throw new Error(`${main} is missing: build the api first (npm test does)`);
  return Child.start(process.execPath, [main], { LOG_LEVEL: 'info', DEMO_PASSWORD, ...env });
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the answer's shape
async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

async function login(url: string, email: string): Promise<string> {
  const res = await gql<{ login: { token: string | null } }>(url, LOGIN, { input: { email, password: DEMO_PASSWORD } });
  if (!res.data?.login.token) throw new Error(`login as ${email} failed: ${JSON.stringify(res)}`);
  return res.data.login.token;
}

async function readyWithin(url: string, ms: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not ready within ${ms} ms`);
}

const postmasterPid = (dataDir: string): number | null => {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};

/** Running: it exists and is not a zombie (a process whose parent died is reaped by init, or lingers where nothing reaps). */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
};

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = start(env);
  const code = await child.exited;
  return { code, output: child.output.join('\n') };
}

let dataDir: string;
let env: Record<string, string>;
let url: string;
const children: Child[] = [];

describe('kill -9 of the API that runs the embedded PostgreSQL: restart', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'regiekamer-crash-'));
    await chmod(dataDir, 0o755);
    const port = await freePort();
    env = { DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()) };
    url = `http://127.0.0.1:${port}`;
  });

  it('starts again within 30 s with every acknowledged write, after stopping the PostgreSQL the killed process left running', async () => {
    const first = start(env);
    children.push(first);
    await first.waitFor(/Regiekamer is running at/, 120000);
    const regisseur = await login(url, 'regisseur@gemeente.example');
    const providers = await gql<{ providers: { edges: { node: { representatives: { email: string }[] } }[] } }>(
      url,
      `{ providers(first: 1) { edges { node { representatives { email } } } } }`,
      {},
      regisseur,
    );
    const repEmail = providers.data!.providers.edges[0]!.node.representatives[0]!.email;
    const rep = await login(url, repEmail);
    const input = (i: number) => arrangementCreateInput(`K-CRASH-${i}`);
    const acknowledged: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(url, CREATE, { input: input(i) }, rep);
      expect(res.errors).toBeUndefined();
      acknowledged.push(res.data!.arrangementCreate.arrangement.id);
    }
    // Writes in flight when the process dies: never acknowledged, so they may or may not be there.
    const inFlight = Array.from({ length: 3 }, (_, i) => gql(url, CREATE, { input: input(100 + i) }, rep).catch(() => null));
    first.proc.kill('SIGKILL');
    await first.exited;
    await Promise.all(inFlight);
    const leftBehind = postmasterPid(dataDir);
    expect(leftBehind).not.toBeNull();
    expect(alive(leftBehind!)).toBe(true);

    const started = performance.now();
    const second = start(env);
    children.push(second);
    await readyWithin(url, 30000);
    const restartMs = performance.now() - started;
    expect(restartMs).toBeLessThan(30000);
    process.stderr.write(`restart after kill -9: ready after ${Math.round(restartMs)} ms\n`);
    expect(second.output.join('\n')).toMatch(/stopping the embedded PostgreSQL left running by an earlier process/);
    expect(alive(leftBehind!)).toBe(false);

    const rep2 = await login(url, repEmail);
    const list = await gql<{ arrangements: { edges: { node: { id: string; clientKey: string } }[] } }>(
      url,
      `{ arrangements(first: 100) { edges { node { id clientKey } } } }`,
      {},
      rep2,
    );
    const ids = list.data!.arrangements.edges.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(acknowledged));
    const crashKeys = list.data!.arrangements.edges.map((e) => e.node.clientKey).filter((k) => k.startsWith('K-CRASH-'));
    expect(crashKeys.length).toBeGreaterThanOrEqual(10);
    expect(crashKeys.length).toBeLessThanOrEqual(13);
    expect(new Set(crashKeys).size).toBe(crashKeys.length);

    // A second process on the same data folder while this one runs is refused, and this one is not disturbed.
    const running = postmasterPid(dataDir);
    const third = await failedStart({ ...env, PORT: String(await freePort()) });
    expect(third.code).toBe(1);
    expect(third.output).toMatch(new RegExp(`Another Regiekamer \\(PID ${second.proc.pid}\\) is running on DATA_DIR`));
    expect(third.output).toMatch(/What to do: Stop that process first/);
    expect(postmasterPid(dataDir)).toBe(running);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    expect(await second.stoppedBySigterm()).toEqual({ code: 0, output: '' });
    expect(postmasterPid(dataDir)).toBeNull();
  }, 180000);
});

describe('kill -9 of the API that runs the embedded PostgreSQL: what else holds the data directory or port', () => {
  it('removes a stale postmaster.pid whose PID now belongs to another PostgreSQL, and leaves that one alone', async () => {
    // As a crash of the whole machine leaves it: after the reboot the PID is another program's, here a PostgreSQL's.
    const other = await OwnedCluster.start();
    try {
      const otherPid = other.pids()[0]!;
      const lock = `${otherPid}\n${path.join(dataDir, 'pg')}\n1795884078\n${env.EMBEDDED_PG_PORT}\n/tmp\n127.0.0.1\n  0  0\nready   \n`;
      await writeFile(path.join(dataDir, 'pg', 'postmaster.pid'), lock);
      const child = start(env);
      children.push(child);
      await readyWithin(url, 30000);
      expect(child.output.join('\n')).toMatch(/removing a stale postmaster.pid: its PID now belongs to another program/);
      expect(alive(otherPid)).toBe(true);
      const client = new Client({ connectionString: other.url });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      expect(await child.stoppedBySigterm()).toEqual({ code: 0, output: '' });
      expect(postmasterPid(dataDir)).toBeNull();
    } finally {
      await other.close();
    }
  }, 120000);

  it('refuses to start when EMBEDDED_PG_PORT is taken, saying which setting to change, and starts nothing', async () => {
    const port = Number(env.EMBEDDED_PG_PORT);
    const holder = await occupy(port);
    try {
      const run = await failedStart(env);
      expect(run.code).toBe(1);
      expect(run.output).toMatch(`Regiekamer could not start: EMBEDDED_PG_PORT ${port} is in use by another program.`);
      expect(run.output).toMatch(/What to do: Stop that program, or set EMBEDDED_PG_PORT to a free port/);
      expect(postmasterPid(dataDir)).toBeNull();
    } finally {
      holder.close();
    }
  });
  afterAll(async () => {
    for (const child of children) child.proc.kill('SIGKILL');
    // A PostgreSQL that a failed run left behind is stopped here, not left to the machine.
    const pid = postmasterPid(dataDir);
    if (pid !== null && alive(pid)) {
      process.kill(pid, 'SIGQUIT');
      for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    }
    await rm(dataDir, { recursive: true, force: true });
  });
});

let database: TestDatabase;
let scratch: string;
const jwt = { JWT_SECRET: 'start-failure-test-secret-long-enough-to-sign', PSEUDONYM_SECRET: 'start-failure-test-pseudonym-secret-long-enough' };

const withPassword = (url: string, password: string): string => {
  const u = new URL(url);
  u.password = password;
  return u.toString();
};
const withDatabase = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function expectFailure(env: Record<string, string>, what: RegExp, todo: RegExp): Promise<string> {
  const run = await failedStart({ PORT: String(await freePort()), ...env });
  expect(run.code).toBe(1);
  expect(run.output).toMatch(what);
  expect(run.output).toMatch(todo);
  // Two lines for the operator: no stack trace, no bare "undefined", no password.
  expect(run.output).not.toMatch(/^\s+at /m);
  expect(run.output).not.toMatch(/^undefined$/m);
  expect(run.output).not.toMatch(/wrong-secret|s3cret/);
  return run.output;
}

describe('every start failure says what went wrong and what to do: settings of the server', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    scratch = await mkdtemp(path.join(tmpdir(), 'regiekamer-start-'));
  });

  it('PORT in use', async () => {
    const port = await freePort();
    const holder = await occupy(port);
    try {
      await expectFailure(
        { ...jwt, DATABASE_URL: database.url, APP_DATABASE_URL: testAppDatabaseUrl(database.url), PORT: String(port) },
        new RegExp(`PORT ${port} on 127.0.0.1 is in use by another program`),
        /What to do: Stop that program, or set PORT to a free port/,
      );
    } finally {
      holder.close();
    }
  });

  it('HOST that is not an address of this machine', async () => {
    await expectFailure(
      { ...jwt, DATABASE_URL: database.url, APP_DATABASE_URL: testAppDatabaseUrl(database.url), HOST: '192.0.2.1' },
      /HOST 192\.0\.2\.1 is not an address of this machine/,
      /What to do: Set HOST to 127\.0\.0\.1/,
    );
  });

  it('DATA_DIR that cannot be created (a file is in its path)', async () => {
    const file = path.join(scratch, 'a-file');
    await writeFile(file, 'not a folder');
    await expectFailure(
      { DATA_DIR: path.join(file, 'data'), EMBEDDED_PG_PORT: String(await freePort()) },
      /DATA_DIR .*a-file\/data cannot be used: part of its path is a file, not a folder/,
      /What to do: Set DATA_DIR to a folder this user may create and write/,
    );
  });

  it('DATABASE_URL where nothing listens', async () => {
    const port = await freePort();
    await expectFailure(
      { ...jwt, DATABASE_URL: `postgres://regiekamer:s3cret@127.0.0.1:${port}/regiekamer` },
      new RegExp(
        `Nothing answers at 127\\.0\\.0\\.1:${port}, the server of DATABASE_URL \\(postgres://regiekamer:\\*\\*\\*@127\\.0\\.0\\.1:${port}/regiekamer\\)`,
      ),
      /What to do: Start PostgreSQL there, or correct the host and port in DATABASE_URL/,
    );
  });

  it('DATABASE_URL with a wrong password', async () => {
    await expectFailure(
      { ...jwt, DATABASE_URL: withPassword(database.url, 'wrong-secret') },
      /PostgreSQL refused user postgres of DATABASE_URL/,
      /What to do: Correct the user and password in DATABASE_URL/,
    );
  });

  it('DATABASE_URL naming a database that does not exist', async () => {
    await expectFailure(
      { ...jwt, DATABASE_URL: withDatabase(database.url, 'rk_no_such_database') },
      /Database rk_no_such_database does not exist on 127\.0\.0\.1:\d+/,
      /What to do: Create it \(createdb rk_no_such_database\) or correct the database name in DATABASE_URL/,
    );
  });

  it('DATABASE_URL that is not a URL', async () => {
    await expectFailure(
      { ...jwt, DATABASE_URL: 'host=localhost password=s3cret' },
      /configuration error: DATABASE_URL must be a URL such as postgres:\/\/user:password@host:5432\/database/,
      /What to do: correct that environment variable/,
    );
  });
});

describe('every start failure says what went wrong and what to do: the application role', () => {
  it('APP_DATABASE_URL with a wrong password: refused at start, not at the first request', async () => {
    await expectFailure(
      { ...jwt, DATABASE_URL: database.url, APP_DATABASE_URL: withPassword(database.url, 'wrong-secret') },
      /PostgreSQL refused user postgres of APP_DATABASE_URL/,
      /What to do: Correct the user and password in APP_DATABASE_URL/,
    );
  });
  afterAll(async () => {
    await database.drop();
    await rm(scratch, { recursive: true, force: true });
  });
});
