import { Client } from 'pg';
import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { createLogger } from '../../api/src/shared/logger';
import { EMAILS, PASSWORD, type FixtureUser } from '../support/fixture';
import { OwnedCluster } from '../support/owned-cluster';
import { errorCodes, startTestApp, type GraphQLResponse, type TestApp, testConfig } from '../support/test-app';
import { arrangementCreateInput } from '../support/factories';

/**
 * The database stops answering (SIGSTOP) or shuts down fast while requests run: every request gets SERVICE_UNAVAILABLE
 * (HTTP 503) quickly, never a 500 or a long hang, nothing refused is stored, and the API recovers by itself.
 * Each block has a PostgreSQL of its own: freezing the shared one would stall the other test files.
 */

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`;
const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id version } userErrors { code } } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) {
  arrangementUpdate(id: $id, version: $version, input: $input) { arrangement { version hoursPerWeek } userErrors { code } } }`;
const LIST = `{ arrangements(first: 50) { totalCount edges { node { id reports(first: 5) { totalCount } } } } }`;
const ME = `{ me { id role } }`;
const OVERVIEW = `query ($period: PeriodInput!) { overview(period: $period) { arrangements { active new } costCents } }`;
const arrangementInput = (n: number) => arrangementCreateInput(`K-DB-FAULT-${n}`);
/** An export whose streaming the server broke off (see Api.timed). */
const CUT_OFF = 'CUT_OFF';

interface Answer {
  kind: string;
  status: number;
  codes: string[];
  ms: number;
}

class Api {
  readonly tokens = new Map<FixtureUser, string>();
  constructor(readonly url: string) {}

  async gql<T>(query: string, variables: Record<string, unknown>, user?: FixtureUser): Promise<GraphQLResponse<T>> {
    const token = user ? this.tokens.get(user) : undefined;
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  }

  async login(user: FixtureUser): Promise<void> {
    const res = await this.gql<{ login: { token: string | null } }>(LOGIN, { input: { email: EMAILS[user], password: PASSWORD } });
    const token = res.data?.login.token;
    if (!token) throw new Error(`login as ${user} failed: ${JSON.stringify(res)}`);
    this.tokens.set(user, token);
  }

  /** One request of a kind, timed, reduced to its status and error codes. */
  async timed(kind: string, n = 0): Promise<Answer> {
    const started = performance.now();
    const done = (status: number, codes: string[]): Answer => ({ kind, status, codes, ms: performance.now() - started });
    switch (kind) {
      case 'readyz': {
        const res = await fetch(`${this.url}/readyz`);
        await res.text();
        return done(res.status, []);
      }
      case 'export': {
        const res = await fetch(`${this.url}/export/arrangements.csv?from=2026-01-01&to=2026-12-31`, {
          headers: { authorization: `Bearer ${this.tokens.get('regisseur')}` },
        });
        // An export streams: once its first rows have left with 200, a database that goes away can only cut it off,
        // which the client sees as a body that never ends properly (never as a complete file).
        const text = await res.text().catch((error: unknown) => {
          if (res.status === 200 && error instanceof TypeError) return null;
          throw error;
        });
        if (text === null) return done(res.status, [CUT_OFF]);
        const codes = res.headers.get('content-type')?.includes('json')
          ? ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((e) => String(e.extensions?.code))
          : [];
        return done(res.status, codes);
      }
      default: {
        const [query, variables, user] = this.request(kind, n);
        const res = await this.gql(query, variables, user);
        return done(res.status, errorCodes(res));
      }
    }
  }

  private request(kind: string, n: number): [string, Record<string, unknown>, FixtureUser | undefined] {
    switch (kind) {
      case 'list':
        return [LIST, {}, 'repCare'];
      case 'me':
        return [ME, {}, 'analyst'];
      case 'create':
        return [CREATE, { input: arrangementInput(n) }, 'repCare'];
      case 'overview':
        return [OVERVIEW, { period: { from: '2026-01-01', to: '2026-12-31' } }, 'regisseur'];
      case 'login':
        return [LOGIN, { input: { email: EMAILS.admin, password: PASSWORD } }, undefined];
      default:
        throw new Error(`unknown kind ${kind}`);
    }
  }
}

async function startOn(cluster: OwnedCluster): Promise<RunningApp> {
  return startApp({
    config: testConfig(),
    databaseUrl: cluster.url,
    // This file's own PostgreSQL: its application role may have a password of its own.
    appPassword: 'database-fault-test-app-password',
    jwtSecret: 'database-fault-test-secret-long-enough-to-sign',
    pseudonymSecret: 'database-fault-test-pseudonym-secret-long-enough',
    clock: fixedClock('2026-06-15'),
    // Unexpected errors are logged, so a failing test shows their cause.
    logger: createLogger('error', (line) => process.stderr.write(line + '\n')),
  });
}

async function count(url: string, sql: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function waitUntilReady(url: string, withinMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if ((await fetch(`${url}/readyz`)).status === 200) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready within ${withinMs} ms`);
}

const KINDS = ['list', 'me', 'create', 'overview', 'login', 'export'] as const;

let cluster: OwnedCluster;
let app: RunningApp;
let api: Api;
let frozen: number[] = [];

describe('the database stops answering (SIGSTOP of every PostgreSQL process): a slow statement', () => {
  beforeAll(async () => {
    cluster = await OwnedCluster.start();
    app = await startOn(cluster);
    api = new Api(app.url);
    for (const user of ['repCare', 'analyst', 'regisseur'] as const) await api.login(user);
  }, 120000);

  it('a statement that is slow on a healthy database is not given up', async () => {
    const created = await api.gql<{ arrangementCreate: { arrangement: { id: string; version: number } } }>(
      CREATE,
      { input: arrangementInput(0) },
      'repCare',
    );
    expect(errorCodes(created)).toEqual([]);
    const { id, version } = created.data!.arrangementCreate.arrangement;
    // Another session holds the row for 3 s: the update waits for it, well past the moment the hang watch asks the database.
    const holder = new Client({ connectionString: cluster.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM arrangement FOR UPDATE`);
    let committed: Promise<unknown> = Promise.resolve();
    const release = setTimeout(() => {
      committed = holder.query('COMMIT');
    }, 3000);
    const started = performance.now();
    const updated = await api.gql<{ arrangementUpdate: { arrangement: { version: number; hoursPerWeek: number } } }>(
      UPDATE,
      { id, version, input: { hoursPerWeek: 3 } },
      'repCare',
    );
    const ms = performance.now() - started;
    clearTimeout(release);
    // The update can finish before the holder has read its COMMIT's answer: ending the holder then would cut it off.
    await committed;
    await holder.end();
    expect(ms).toBeGreaterThan(2900);
    expect(errorCodes(updated)).toEqual([]);
    expect(updated.status).toBe(200);
    expect(updated.data!.arrangementUpdate.arrangement).toEqual({ version: version + 1, hoursPerWeek: 3 });
  });
});

describe('the database stops answering (SIGSTOP of every PostgreSQL process): no answer', () => {
  it('answers SERVICE_UNAVAILABLE (503) within 5 s and /readyz 503 within 1 s, stores nothing, and recovers by itself', async () => {
    // Connections in the pool, so that both a held connection and a new one meet the frozen server.
    const warm = await Promise.all(KINDS.map((kind, i) => api.timed(kind, 100 + i)));
    expect(warm.filter((a) => a.status !== 200 || a.codes.length > 0)).toEqual([]);
    const arrangementsBefore = await count(cluster.url, 'SELECT count(*) AS n FROM arrangement');
    const auditBefore = await count(cluster.url, 'SELECT count(*) AS n FROM audit_log');
    const SUCCEEDED = `SELECT count(*) AS n FROM login_attempt WHERE outcome = 'SUCCEEDED'`;
    const succeededBefore = await count(cluster.url, SUCCEEDED);

    frozen = cluster.freeze();
    // The first wave meets a database not yet known to be down: its requests wait until the hang watch asks it.
    const firstWave = Promise.all([...KINDS, ...KINDS].map((kind, i) => api.timed(kind, 200 + i)));
    await new Promise((r) => setTimeout(r, 500));
    const readyFirst = await api.timed('readyz');
    await new Promise((r) => setTimeout(r, 1500));
    const readyDuring = await api.timed('readyz');
    // A second wave while the first still waits or was just given up: the database is known to be down by now.
    const secondWave = Promise.all(KINDS.map((kind, i) => api.timed(kind, 300 + i)));
    const answers = [...(await firstWave), ...(await secondWave)];
    const healthz = await fetch(`${app.url}/healthz`);

    for (const ready of [readyFirst, readyDuring]) {
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(1000);
    }
    expect(healthz.status).toBe(200);
    const wrong = answers.filter((a) => a.status !== 503 || !a.codes.includes('SERVICE_UNAVAILABLE') || a.ms >= 5000);
    expect(wrong).toEqual([]);
    process.stderr.write(
      `hung database: slowest 503 after ${Math.round(Math.max(...answers.map((a) => a.ms)))} ms, /readyz ${Math.round(readyFirst.ms)} and ${Math.round(readyDuring.ms)} ms\n`,
    );

    cluster.thaw(frozen);
    frozen = [];
    await waitUntilReady(app.url, 10000);
    const after = await Promise.all(KINDS.map((kind, i) => api.timed(kind, 400 + i)));
    expect(after.filter((a) => a.status !== 200 || a.codes.length > 0)).toEqual([]);
    // The refused writes left nothing behind; only the creation and the login just made are new.
    expect(await count(cluster.url, 'SELECT count(*) AS n FROM arrangement')).toBe(arrangementsBefore + 1);
    expect(
      await count(cluster.url, `SELECT count(*) AS n FROM arrangement WHERE client_key LIKE 'K-DB-FAULT-2%' OR client_key LIKE 'K-DB-FAULT-3%'`),
    ).toBe(0);
    // No login given up on went through; only the one just made succeeded. (A login's attempt is recorded in its first
    // statement, before the password is checked: one that reached the frozen server stays recorded as an attempt, and
    // counts toward the lock, as every attempt does.)
    expect(await count(cluster.url, SUCCEEDED)).toBe(succeededBefore + 1);
    expect(await count(cluster.url, 'SELECT count(*) AS n FROM audit_log')).toBeGreaterThan(auditBefore);
  });
  afterAll(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning them */
    cluster?.thaw(frozen);
    await app?.close();
    await cluster?.close();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  });
});

describe('PostgreSQL shuts down fast (pg_ctl stop -m fast) while requests run', () => {
  let cluster: OwnedCluster;
  let app: RunningApp;
  let api: Api;
  beforeAll(async () => {
    cluster = await OwnedCluster.start();
    app = await startOn(cluster);
    api = new Api(app.url);
    for (const user of ['repCare', 'analyst', 'regisseur'] as const) await api.login(user);
    for (let i = 0; i < 20; i++) await api.gql(CREATE, { input: arrangementInput(1000 + i) }, 'repCare');
  }, 120000);
  afterAll(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning them */
    await app?.close();
    await cluster?.close();
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
  });

  it('answers every request 200 or 503 SERVICE_UNAVAILABLE, never 500, and recovers when PostgreSQL is back', async () => {
    const answers: Answer[] = [];
    let running = true;
    let n = 2000;
    const worker = async (offset: number): Promise<void> => {
      for (let i = offset; running; i++) answers.push(await api.timed(KINDS[i % KINDS.length]!, n++));
    };
    const workers = Array.from({ length: 8 }, (_, i) => worker(i));
    // Counted answers rather than a time, so that a slow machine stops the database as far into the load.
    const until = async (status: number, count: number): Promise<void> => {
      for (const deadline = Date.now() + 20_000; answers.filter((a) => a.status === status).length < count && Date.now() < deadline; ) {
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await until(200, 9);
    await cluster.stop();
    await until(503, 9);
    running = false;
    await Promise.all(workers);

    const wrong = answers.filter(
      (a) =>
        !(a.status === 200 && a.codes.length === 0) &&
        !(a.status === 503 && a.codes.includes('SERVICE_UNAVAILABLE')) &&
        !(a.kind === 'export' && a.status === 200 && a.codes.join() === CUT_OFF),
    );
    expect(wrong).toEqual([]);
    expect(answers.filter((a) => a.status === 200 && a.codes.length === 0).length).toBeGreaterThan(8);
    expect(answers.filter((a) => a.status === 503).length).toBeGreaterThan(8);

    await cluster.restart();
    await waitUntilReady(app.url, 30000);
    const after = await Promise.all(KINDS.map((kind, i) => api.timed(kind, 9000 + i)));
    expect(after.filter((a) => a.status !== 200 || a.codes.length > 0)).toEqual([]);
  });
});

describe('the connection is lost at a given step of a request', () => {
  let t: TestApp;
  let arrangementId: string;
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
    const rep = await t.as('repCare');
    const created = await rep<{ arrangementCreate: { arrangement: { id: string } } }>(CREATE, { input: arrangementInput(1) });
    arrangementId = created.data!.arrangementCreate.arrangement.id;
    // The backend that writes to the table ends itself there, as a fast shutdown would end it (57P01).
    await t.db.query(`CREATE FUNCTION test_lose_connection() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
      BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); RETURN NEW; END $$`);
  });
  afterAll(async () => {
    await t.close();
  });

  async function losingConnectionOn(table: string, work: () => Promise<GraphQLResponse<unknown>>): Promise<GraphQLResponse<unknown>> {
    await t.db.query(`CREATE TRIGGER test_lose_connection BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION test_lose_connection()`);
    try {
      return await work();
    } finally {
      await t.db.query(`DROP TRIGGER test_lose_connection ON ${table}`);
    }
  }

  it('while a representative’s read writes its access log on finishing: 503 without the data, nothing logged', async () => {
    const rep = await t.as('repCare');
    const before = await t.count('access_log');
    const res = await losingConnectionOn('access_log', () =>
      rep(`query ($id: ID!) { node(id: $id) { ... on Arrangement { id hoursPerWeek } } }`, { id: arrangementId }),
    );
    expect(res.status).toBe(503);
    expect(errorCodes(res)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(res.data ?? null).toBeNull();
    expect(await t.count('access_log')).toBe(before);
    // The next request gets a sound connection.
    const again = await rep(`query ($id: ID!) { node(id: $id) { ... on Arrangement { id } } }`, { id: arrangementId });
    expect(errorCodes(again)).toEqual([]);
    expect(await t.count('access_log')).toBe(before + 1);
  });

  it('inside a write’s transaction: 503, nothing stored', async () => {
    const rep = await t.as('repCare');
    const before = { arrangements: await t.count('arrangement'), audit: await t.count('audit_log') };
    const res = await losingConnectionOn('arrangement', () => rep(CREATE, { input: arrangementInput(2) }));
    expect(res.status).toBe(503);
    expect(errorCodes(res)).toEqual(['SERVICE_UNAVAILABLE']);
    expect({ arrangements: await t.count('arrangement'), audit: await t.count('audit_log') }).toEqual(before);
  });
});
