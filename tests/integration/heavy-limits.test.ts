import { existsSync } from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { Database } from '../../api/src/db/database';
import { SYSTEM_ACTOR } from '../../api/src/db/request-db';
import { hashPassword } from '../../api/src/shared/auth/passwords';
import { silentLogger } from '../../api/src/shared/logger';
import { seedDemo } from '../../seeds/demo';
import { Child, freePort } from '../support/processes';
import { testConfig } from '../support/test-app';
import { createTestDatabase, testAppDatabaseUrl, testAppPassword, type TestDatabase } from '../support/test-db';

/**
 * Expensive operations: the cost limit counts page sizes given as variables; one user's expensive operations are
 * limited per user across API processes (queue briefly, then 429 with Retry-After); analysts' heavy statements run
 * under their role's statement timeout, and the connection gets its own timeout back.
 */
const PASSWORD = 'heavy-limits-password';
const JWT_SECRET = 'heavy-limits-secret-that-is-long-enough-to-sign';
const ANALYST = 'analist@gemeente.example';
const REGISSEUR = 'regisseur@gemeente.example';
const OVERVIEW = `{ overview(period: { from: "2017-01-01", to: "2026-06-30" }) { costCents arrangements { active } series(interval: MONTH) { costCents } } }`;
const TREE = `query ($p: Int, $a: Int, $r: Int) { providers(first: $p) { edges { node { id arrangements(first: $a) {
  edges { node { id reports(first: $r) { totalCount edges { node { costCents } } } } } } } } } }`;
const main = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'main.js');

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

let database: TestDatabase;
let app: RunningApp;
let other: Child | null = null;

const post = async (url: string, query: string, token?: string, variables?: Record<string, unknown>): Promise<Answer> => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    // The current GraphQL-over-HTTP media type, under which a refused request is a 400 (with application/json it is a 200).
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
};
const login = async (email: string): Promise<string> =>
  (
    (await post(app.url, `mutation { login(input: { email: "${email}", password: "${PASSWORD}" }) { token } }`)).body.data as {
      login: { token: string };
    }
  ).login.token;
const codes = (a: Answer): string[] => (a.body.errors ?? []).map((e) => String(e.extensions?.code));

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`${main} is missing: build the api first (npm test does)`);
  database = await createTestDatabase();
  const owner = Database.connect(database.url, { poolSize: 1 });
  await owner.transaction(SYSTEM_ACTOR, (tx) => seedDemo(tx, { scale: 1, demoPassword: PASSWORD, today: '2026-06-15', hashPassword }));
  await owner.end();
  app = await startApp({
    config: testConfig({ HEAVY_CONCURRENCY_PER_USER: '1', HEAVY_QUEUE_MS: '300' }),
    databaseUrl: database.url,
    appPassword: testAppPassword(),
    jwtSecret: JWT_SECRET,
    pseudonymSecret: 'heavy-limits-pseudonym-secret-long-enough',
    clock: fixedClock('2026-06-15'),
    logger: silentLogger,
  });
}, 120_000);
afterAll(async () => {
  if (other) {
    other.proc.kill('SIGKILL');
    await other.exited;
  }
  await app.close();
  await database.drop();
});

describe('expensive operations: cost and concurrency limits', () => {
  it('counts page sizes given as variables in the cost limit: 100 x 100 x 100 is refused, 10 x 20 x 12 runs', async () => {
    const token = await login(REGISSEUR);
    const big = await post(app.url, TREE, token, { p: 100, a: 100, r: 100 });
    expect(big.status).toBe(400);
    expect(codes(big)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(big.body.errors![0]!.message).toMatch(/Query Cost limit of 500000 exceeded/);
    expect(big.body.data).toBeUndefined();
    const written = await post(app.url, TREE.replace('$p', '100').replace('$a', '100').replace('$r', '100'), token);
    expect(written.status).toBe(400);
    // Left out, a page size is the default page of 20: 20 x 20 x 20 reports is over the limit too.
    const unpaged = await post(app.url, TREE, token, {});
    expect(unpaged.status).toBe(400);
    expect(unpaged.body.errors![0]!.message).toMatch(/Query Cost limit of 500000 exceeded/);
    const dashboard = await post(app.url, TREE, token, { p: 10, a: 20, r: 12 });
    expect(dashboard.status).toBe(200);
    expect(codes(dashboard)).toEqual([]);
  });

  it("limits one user's expensive operations across API processes: 429 with Retry-After, others unaffected, free again when the holder dies", async () => {
    const analyst = await login(ANALYST);
    const regisseur = await login(REGISSEUR);
    // A second API process on the same database, one slot per user, that stops (holding its slot) once it has one.
    const port = await freePort();
    other = Child.start(process.execPath, [main], {
      DATABASE_URL: database.url,
      APP_DATABASE_URL: testAppDatabaseUrl(database.url),
      PORT: String(port),
      JWT_SECRET,
      PSEUDONYM_SECRET: 'heavy-limits-pseudonym-secret-long-enough',
      LOG_LEVEL: 'info',
      HEAVY_CONCURRENCY_PER_USER: '1',
      FAULT_POINTS: 'heavyOperation:afterSlot',
    });
    await other.waitFor(/regiekamer started/);
    const held = post(`http://127.0.0.1:${port}`, OVERVIEW, analyst).catch((error: unknown) => error);
    await other.waitFor(/FAULT_POINT_REACHED heavyOperation:afterSlot/);

    // This process: the analyst's overview waits its 300 ms and is refused; an export too.
    const started = performance.now();
    const refused = await post(app.url, OVERVIEW, analyst);
    const waited = performance.now() - started;
    expect(refused.status).toBe(429);
    expect(codes(refused)).toEqual(['TOO_MANY_REQUESTS']);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.data ?? null).toBeNull();
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(5000);
    const exported = await fetch(`${app.url}/export/overview.csv?from=2026-01-01&to=2026-03-31`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(exported.status).toBe(429);
    expect(Number(exported.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await exported.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('TOO_MANY_REQUESTS');
    // The analyst's cheap queries and another user's overview are not limited.
    const me = await post(app.url, '{ me { email } }', analyst);
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual({ me: { email: ANALYST } });
    const theirs = await post(app.url, OVERVIEW, regisseur);
    expect(theirs.status).toBe(200);
    expect(codes(theirs)).toEqual([]);

    // The holder dies: PostgreSQL ends its session and with it the slot.
    other.proc.kill('SIGKILL');
    await other.exited;
    other = null;
    expect(await held).toMatchObject({ message: expect.stringMatching(/fetch failed|terminated|socket/i) });
    let again: Answer | null = null;
    for (let i = 0; i < 50 && again?.status !== 200; i++) {
      again = await post(app.url, OVERVIEW, analyst);
      if (again.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(again!.status).toBe(200);
    expect(codes(again!)).toEqual([]);
  }, 60_000);
});

describe("expensive operations: the analyst's statement timeout", () => {
  it("runs an analyst's heavy statements under the analyst's statement timeout, and gives the connection its own back", async () => {
    const slow = await startApp({
      config: testConfig({ ANALYST_STATEMENT_TIMEOUT_MS: '1', DB_POOL_SIZE: '1' }),
      databaseUrl: database.url,
      appPassword: testAppPassword(),
      jwtSecret: JWT_SECRET,
      pseudonymSecret: 'heavy-limits-pseudonym-secret-long-enough',
      clock: fixedClock('2026-06-15'),
      logger: silentLogger,
    });
    try {
      const analyst = await login(ANALYST);
      const regisseur = await login(REGISSEUR);
      const twelve = `{ ${Array.from({ length: 12 }, (_, i) => `o${i}: ${OVERVIEW.slice(2, -2)}`).join(' ')} }`;
      const stopped = await post(slow.url, twelve, analyst);
      expect(stopped.status).toBe(503);
      expect(codes(stopped)).toContain('SERVICE_UNAVAILABLE');
      expect(stopped.body.errors![0]!.message).toMatch(/took too long/);
      // One connection in the pool: the regisseur's requests that follow run under the default timeout.
      for (let i = 0; i < 3; i++) {
        const theirs = await post(slow.url, twelve, regisseur);
        expect(theirs.status).toBe(200);
        expect(codes(theirs)).toEqual([]);
      }
    } finally {
      await slow.close();
    }
    // A heavy operation that finishes in time gives the connection its own statement timeout back.
    const one = await startApp({
      config: testConfig({ ANALYST_STATEMENT_TIMEOUT_MS: '4321', DB_POOL_SIZE: '1' }),
      databaseUrl: database.url,
      appPassword: testAppPassword(),
      jwtSecret: JWT_SECRET,
      pseudonymSecret: 'heavy-limits-pseudonym-secret-long-enough',
      clock: fixedClock('2026-06-15'),
      logger: silentLogger,
    });
    try {
      const analyst = await login(ANALYST);
      const res = await post(one.url, OVERVIEW, analyst);
      expect(res.status).toBe(200);
      expect(codes(res)).toEqual([]);
      // The pool's only connection, once the request has given it back (after the unlock).
      for (let i = 0; i < 50 && one.db.pool.idleCount < 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const [row] = await one.db.query<{ statement_timeout: string }>('SHOW statement_timeout');
      expect(row!.statement_timeout).toBe('15s');
      expect(one.db.pool.totalCount).toBe(1);
    } finally {
      await one.close();
    }
  }, 60_000);
});
