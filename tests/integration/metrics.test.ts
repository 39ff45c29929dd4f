import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { silentLogger } from '../../api/src/shared/logger';
import { EMAILS } from '../support/fixture';
import { parseExposition, scrape, valueOf, type Exposition } from '../support/prometheus';
import { startTestApp, testConfig, TODAY, type TestApp } from '../support/test-app';
import { testAppPassword } from '../support/test-db';

/**
 * GET /metrics: only with METRICS_TOKEN (404 without the setting, 401 with a wrong token, nothing leaks), and its
 * counters move for what really happened: a failed login and a lock, a user error, a rate-limit refusal, a statement
 * timeout, errors by code, operations by (capped) name with their latency, the pool and the job queue.
 */
const TOKEN = 'metrics-test-token-0123456789';
const OVERVIEW = `overview(period: { from: "2017-01-01", to: "2026-06-30" }) { costCents arrangements { active } series(interval: MONTH) { costCents } }`;
const TWELVE_OVERVIEWS = `{ ${Array.from({ length: 12 }, (_, i) => `o${i}: ${OVERVIEW}`).join(' ')} }`;

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    env: {
      METRICS_TOKEN: TOKEN,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      HEAVY_CONCURRENCY_PER_USER: '1',
      HEAVY_QUEUE_MS: '0',
      ANALYST_STATEMENT_TIMEOUT_MS: '1',
    },
  });
}, 120_000);
afterAll(async () => {
  await t.close();
});

const metrics = (): Promise<Exposition> => scrape(t.app.url, TOKEN);
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`;

describe('GET /metrics: who may read it', () => {
  it.each<[string, Record<string, string>]>([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer metrics-test-token-0123456780' }],
    ['a prefix of the token', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['the token under another scheme', { authorization: `Basic ${TOKEN}` }],
    ["a user's session token", { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' }],
  ])('refuses %s with 401 and shows no metric', async (_name, headers) => {
    const res = await fetch(`${t.app.url}/metrics`, { headers });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = await res.text();
    expect(body).not.toMatch(/regiekamer_|process_|nodejs_|# HELP/);
    expect(JSON.parse(body)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('answers the Prometheus text format with the token, and nothing that names a user', async () => {
    await t.login('regisseur');
    const res = await fetch(`${t.app.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const exposition = parseExposition(text);
    expect(exposition.types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(exposition.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    expect(text).not.toContain(EMAILS.regisseur);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });

  it('does not exist without METRICS_TOKEN: 404, not the web client', async () => {
    const other: RunningApp = await startApp({
      config: testConfig({}),
      databaseUrl: t.database.url,
      appPassword: testAppPassword(),
      jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
      pseudonymSecret: 'test-pseudonym-secret-that-is-long-enough',
      clock: fixedClock(TODAY),
      logger: silentLogger,
    });
    try {
      for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }]) {
        const res = await fetch(`${other.url}/metrics`, { headers });
        expect(res.status).toBe(404);
        const body = await res.text();
        expect(body).not.toMatch(/regiekamer_|<html/i);
      }
    } finally {
      await other.close();
    }
  });
});

describe('GET /metrics: what it counts', () => {
  it('counts failed logins, and the attempts refused while the account is locked', async () => {
    const before = await metrics();
    // The limit is 3 failures: the fourth and fifth attempts find the account locked.
    for (let i = 0; i < 5; i++) {
      const res = await t.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(LOGIN, {
        input: { email: EMAILS.repVolunteer, password: 'not-the-password' },
      });
      expect(res.data?.login.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    }
    const after = await metrics();
    const delta = (name: string, labels: Record<string, string>): number => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(delta('regiekamer_login_failures_total', { factor: 'password' })).toBe(5);
    expect(delta('regiekamer_login_locked_total', { factor: 'password' })).toBe(2);
    // A refused login is the caller's error, counted under its (known) operation name.
    expect(delta('regiekamer_graphql_operation_duration_seconds_count', { operation: 'Login', type: 'mutation', outcome: 'user_error' })).toBe(5);
  });

  it('counts operations by name (the web client\'s; any other is "other") and outcome, with a latency histogram', async () => {
    const token = await t.login('regisseur');
    const before = await metrics();
    for (let i = 0; i < 3; i++) expect((await t.gql(`query Me { me { id } }`, {}, token)).errors).toBeUndefined();
    expect((await t.gql(`query MadeUpByAClient${Date.now()} { me { id } }`, {}, token)).errors).toBeUndefined();
    const after = await metrics();
    const ok = { operation: 'Me', type: 'query', outcome: 'ok' };
    const delta = (name: string, labels: Record<string, string>): number => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(delta('regiekamer_graphql_operation_duration_seconds_count', ok)).toBe(3);
    expect(delta('regiekamer_graphql_operation_duration_seconds_bucket', { ...ok, le: '+Inf' })).toBe(3);
    expect(delta('regiekamer_graphql_operation_duration_seconds_sum', ok)).toBeGreaterThan(0);
    expect(delta('regiekamer_graphql_operation_duration_seconds_count', { operation: 'other', type: 'query', outcome: 'ok' })).toBe(1);
    // The client's made-up name is nowhere.
    expect(after.samples.some((s) => s.labels.operation?.startsWith('MadeUpByAClient'))).toBe(false);
    expect(delta('regiekamer_http_request_duration_seconds_count', { route: '/graphql', method: 'POST', status: '200' })).toBe(4);
  });

  it('counts GraphQL errors by code: no token, a bad token', async () => {
    const before = await metrics();
    const providers = `query Providers { providers(first: 1) { edges { node { id } } } }`;
    expect((await t.gql(providers)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(providers, {}, 'not-a-token')).status).toBe(401);
    const after = await metrics();
    expect(valueOf(after, 'regiekamer_graphql_errors_total', { code: 'UNAUTHENTICATED' }) - valueOf(before, 'regiekamer_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(2);
    expect(
      valueOf(after, 'regiekamer_http_request_duration_seconds_count', { route: '/graphql', status: '401' }) -
        valueOf(before, 'regiekamer_http_request_duration_seconds_count', { route: '/graphql', status: '401' }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("counts a rate-limit refusal (a user's expensive operations at once)", async () => {
    const token = await t.login('regisseur');
    const before = await metrics();
    // One slot per user and no queue: of several at once, all but the running ones are refused.
    const answers = await Promise.all(Array.from({ length: 6 }, () => t.gql(TWELVE_OVERVIEWS, {}, token)));
    const refused = answers.filter((a) => a.status === 429).length;
    expect(refused).toBeGreaterThan(0);
    const after = await metrics();
    expect(valueOf(after, 'regiekamer_rate_limited_total', { limit: 'heavy' }) - valueOf(before, 'regiekamer_rate_limited_total', { limit: 'heavy' })).toBe(refused);
    expect(
      valueOf(after, 'regiekamer_graphql_errors_total', { code: 'TOO_MANY_REQUESTS' }) - valueOf(before, 'regiekamer_graphql_errors_total', { code: 'TOO_MANY_REQUESTS' }),
    ).toBe(refused);
  });

  it("counts a statement stopped by its timeout (the analyst's, set to 1 ms here) as a server error", async () => {
    const token = await t.login('analyst');
    const before = await metrics();
    const res = await t.gql(TWELVE_OVERVIEWS, {}, token);
    expect(res.status).toBe(503);
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const after = await metrics();
    expect(valueOf(after, 'regiekamer_db_statement_timeouts_total') - valueOf(before, 'regiekamer_db_statement_timeouts_total')).toBeGreaterThanOrEqual(1);
    expect(
      valueOf(after, 'regiekamer_graphql_operation_duration_seconds_count', { operation: 'other', type: 'query', outcome: 'error' }) -
        valueOf(before, 'regiekamer_graphql_operation_duration_seconds_count', { operation: 'other', type: 'query', outcome: 'error' }),
    ).toBe(1);
    expect(
      valueOf(after, 'regiekamer_http_request_duration_seconds_count', { route: '/graphql', status: '503' }) -
        valueOf(before, 'regiekamer_http_request_duration_seconds_count', { route: '/graphql', status: '503' }),
    ).toBe(1);
  });

  it('reports the pool, and the job queue as it stands (a job that spent its attempts counts as failed)', async () => {
    const before = await metrics();
    expect(valueOf(before, 'regiekamer_db_pool_connections', { pool: 'app', state: 'max' })).toBe(10);
    expect(valueOf(before, 'regiekamer_db_pool_waiting', { pool: 'app' })).toBe(0);
    expect(valueOf(before, 'regiekamer_jobs_scrape_ok')).toBe(1);
    await t.db.query(`SELECT graphile_worker.add_job('metrics_test', '{}'::json, max_attempts => 1, run_at => now())`);
    expect(valueOf(await metrics(), 'regiekamer_jobs', { state: 'ready' }) - valueOf(before, 'regiekamer_jobs', { state: 'ready' })).toBe(1);
    await t.db.query(`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = 'test' WHERE task_id =
      (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'metrics_test')`);
    const after = await metrics();
    expect(valueOf(after, 'regiekamer_jobs', { state: 'failed' }) - valueOf(before, 'regiekamer_jobs', { state: 'failed' })).toBe(1);
    expect(valueOf(after, 'regiekamer_jobs', { state: 'ready' })).toBe(valueOf(before, 'regiekamer_jobs', { state: 'ready' }));
  });

  it('shows the gauges other parts provide as NaN until they have a source', async () => {
    const exposition = await metrics();
    expect(exposition.types.get('regiekamer_db_replica_lag_seconds')).toBe('gauge');
    expect(exposition.types.get('regiekamer_backup_last_success_age_seconds')).toBe('gauge');
    expect(valueOf(exposition, 'regiekamer_backup_last_success_age_seconds')).toBeNaN();
  });
});
