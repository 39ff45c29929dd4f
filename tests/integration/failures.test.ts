import { existsSync } from 'node:fs';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { Database } from '../../api/src/db/database';
import { migrateUp } from '../../api/src/db/migrate';
import { createLogger } from '../../api/src/shared/logger';
import { createFixture, EMAILS, PASSWORD } from '../support/fixture';
import { insertConvenantInForce } from '../support/factories';
import { Child, freePort } from '../support/processes';
import { createTestDatabase, testAppDatabaseUrl, type TestDatabase } from '../support/test-db';
import { errorCodes, gid, startTestApp, type GraphQLResponse, type TestApp, testConfig } from '../support/test-app';
import { arrangementCreateInput } from '../support/factories';

const UPDATE = `mutation ($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) {
  arrangementUpdate(id: $id, version: $version, input: $input) { arrangement { version } userErrors { code } } }`;
const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code } } }`;
const REPORT = `mutation ($id: ID!, $input: ArrangementReportInput!, $key: String) {
  arrangementReportAdd(arrangementId: $id, input: $input, idempotencyKey: $key) { report { id } arrangement { realisedCostCents } userErrors { code } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { token } }`;
const arrangementInput = arrangementCreateInput('K-FAULT');

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

describe('1. fifty parallel updates of one version', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('exactly one succeeds, the rest get STALE_VERSION, and one audit row is written', async () => {
    const rep = await t.as('repCare');
    const created = await rep<{ arrangementCreate: { arrangement: { id: string } } }>(CREATE, { input: arrangementInput });
    const id = created.data!.arrangementCreate.arrangement.id;
    const auditBefore = await t.count('audit_log');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        rep<{ arrangementUpdate: { arrangement: { version: number } | null; userErrors: { code: string }[] } }>(UPDATE, {
          id,
          version: 1,
          input: { hoursPerWeek: 1 + i / 10 },
        }),
      ),
    );
    expect(answers.every((a) => errorCodes(a).length === 0)).toBe(true);
    const winners = answers.filter((a) => a.data!.arrangementUpdate.arrangement !== null);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a.data!.arrangementUpdate.userErrors[0]?.code === 'STALE_VERSION')).toHaveLength(49);
    const [row] = await t.db.query<{ version: number }>(`SELECT version FROM arrangement`);
    expect(row!.version).toBe(2);
    expect(await t.count('audit_log')).toBe(auditBefore + 1);
  });
});

describe('2. the server is killed in the middle of a multi-row write', () => {
  const main = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'main.js');
  let database: TestDatabase;
  let db: Database;
  let child: Child | null = null;
  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build the api first (npm test does)`);
    database = await createTestDatabase();
    db = Database.connect(database.url, { poolSize: 2 });
    const fixture = await createFixture(db);
    await insertConvenantInForce(db, fixture.municipalityId, Object.values(fixture.providers));
  });
  afterAll(async () => {
    child?.proc.kill('SIGKILL');
    await db.end();
    await database.drop();
  });

  async function startServer(env: Record<string, string>): Promise<{ child: Child; url: string }> {
    const port = await freePort();
    const c = Child.start(process.execPath, [main], {
      DATABASE_URL: database.url,
      APP_DATABASE_URL: testAppDatabaseUrl(database.url),
      PORT: String(port),
      JWT_SECRET: 'failure-test-secret-that-is-long-enough-to-sign',
      LOG_LEVEL: 'info',
      ...env,
    });
    await c.waitFor(/regiekamer started/);
    return { child: c, url: `http://127.0.0.1:${port}` };
  }

  it('leaves no partial write, and the retry with its idempotency key is applied once', async () => {
    const first = await startServer({ FAULT_POINTS: 'arrangementReportAdd:afterReportInsert' });
    child = first.child;
    const token = (await post<{ login: { token: string } }>(first.url, LOGIN, { input: { email: EMAILS.repCare, password: PASSWORD } })).data!.login
      .token;
    const created = await post<{ arrangementCreate: { arrangement: { id: string } } }>(first.url, CREATE, { input: arrangementInput }, token);
    const id = created.data!.arrangementCreate.arrangement.id;
    const report = { periodStart: '2026-02-01', periodEnd: '2026-02-28', hoursDelivered: 10, costCents: 2500 };

    const pending = post(first.url, REPORT, { id, input: report, key: 'kill-1' }, token).catch((error: unknown) => error);
    await first.child.waitFor(/FAULT_POINT_REACHED arrangementReportAdd:afterReportInsert/);
    first.child.proc.kill('SIGKILL');
    await first.child.exited;
    // The client never got an answer (the error comes from fetch's own realm, so it is matched by message).
    expect(await pending).toMatchObject({ message: expect.stringMatching(/fetch failed|terminated|socket/i) });

    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql))[0]!.n);
    expect(await count(`SELECT count(*) AS n FROM arrangement_report`)).toBe(0);
    expect(await count(`SELECT realised_cost_cents AS n FROM arrangement`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM idempotency_key`)).toBe(0);

    const second = await startServer({});
    child = second.child;
    const retry = await post<{ arrangementReportAdd: { arrangement: { realisedCostCents: number } } }>(
      second.url,
      REPORT,
      { id, input: report, key: 'kill-1' },
      token,
    );
    expect(errorCodes(retry)).toEqual([]);
    expect(retry.data!.arrangementReportAdd.arrangement.realisedCostCents).toBe(2500);
    const again = await post(second.url, REPORT, { id, input: report, key: 'kill-1' }, token);
    expect(again.data).toEqual(retry.data);
    expect(await count(`SELECT count(*) AS n FROM arrangement_report`)).toBe(1);
    expect(await count(`SELECT realised_cost_cents AS n FROM arrangement`)).toBe(2500);
    expect(await second.child.stoppedBySigterm()).toEqual({ code: 0, output: '' });
    child = null;
  });
});

describe('3. PostgreSQL stops while requests run', () => {
  let cluster: Child;
  let dir: string;
  let app: RunningApp;
  let url: string;
  let token: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-fault-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    cluster = Child.start(
      process.execPath,
      [path.join(__dirname, '..', 'support', 'cluster-process.mjs'), path.join(dir, 'pg'), String(port), 'fault-pw'],
      {},
    );
    await cluster.waitFor(/^started$/, 60000);
    const admin = new Client({ connectionString: `postgres://postgres:fault-pw@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE regiekamer');
    await admin.end();
    url = `postgres://postgres:fault-pw@127.0.0.1:${port}/regiekamer`;
    await migrateUp(url);
    const seed = Database.connect(url, { poolSize: 1 });
    const fixture = await createFixture(seed);
    await insertConvenantInForce(seed, fixture.municipalityId, Object.values(fixture.providers));
    await seed.end();
    app = await startApp({
      config: testConfig(),
      databaseUrl: url,
      appPassword: 'failure-test-app-password',
      jwtSecret: 'failure-test-secret-that-is-long-enough-to-sign',
      pseudonymSecret: 'failure-test-pseudonym-secret-long-enough',
      clock: fixedClock('2026-06-15'),
      logger: createLogger('error', (line) => process.stderr.write(line + '\n')),
    });
    token = (await post<{ login: { token: string } }>(app.url, LOGIN, { input: { email: EMAILS.repCare, password: PASSWORD } })).data!.login.token;
  }, 120000);
  afterAll(async () => {
    /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed before assigning them */
    await app?.close();
    cluster?.send('exit');
    await cluster?.exited;
    /* eslint-enable @typescript-eslint/no-unnecessary-condition */
    await rm(dir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE and /readyz 503 while it is down, recovers within 30 s, and loses nothing', async () => {
    const created = await post<{ arrangementCreate: { arrangement: { id: string } } }>(app.url, CREATE, { input: arrangementInput }, token);
    expect(errorCodes(created)).toEqual([]);
    const arrangements = async () => post<{ arrangements: { totalCount: number } }>(app.url, `{ arrangements { totalCount } }`, {}, token);
    expect((await arrangements()).data!.arrangements.totalCount).toBe(1);

    const mark = cluster.output.length;
    cluster.send('stop');
    await cluster.waitFor(/^stopped$/, 30000, mark);
    const down = await arrangements();
    expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.status).toBe(503);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);

    const restarted = cluster.output.length;
    cluster.send('start');
    await cluster.waitFor(/^started$/, 30000, restarted);
    const deadline = Date.now() + 30000;
    let ready = 0;
    while (Date.now() < deadline && ready !== 200) {
      ready = (await fetch(`${app.url}/readyz`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready).toBe(200);
    const after = await arrangements();
    expect(errorCodes(after)).toEqual([]);
    expect(after.data!.arrangements.totalCount).toBe(1);
    expect(gid('Arrangement', 1)).toEqual(expect.any(String));
  });
});
