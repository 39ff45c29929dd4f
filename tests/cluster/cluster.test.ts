import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { setSynchronousStandby, startCluster, withClient, type Cluster } from '../../api/src/cluster/cluster';
import { systemBinary } from '../../api/src/cluster/processes';
import { waitStreaming } from '../../api/src/db/standby';
import { morningAwayFromNow } from '../support/processes';
import { countBy, gql, load, percentile, sleep, summary, type Outcome } from './support/load';

/**
 * The cluster of issue #23 on one machine (a primary, a hot standby, PgBouncer in transaction mode, three API
 * processes, nginx) and the six things it must survive, in order on one cluster: the last one kills the primary.
 * Needs Debian's pgbouncer and nginx; with CI=true a missing one fails the suite, elsewhere it is skipped with a note.
 */

const missing = ['pgbouncer', 'nginx'].filter((name) => {
  try {
    systemBinary(name);
    return false;
  } catch {
    return true;
  }
});
const skip = missing.length > 0 && process.env.CI !== 'true';
if (skip) process.stderr.write(`cluster tests skipped: ${missing.join(' and ')} not installed (apt-get install ${missing.join(' ')})\n`);
const suite = skip ? describe.skip : describe;

const DEMO_PASSWORD = 'cluster-demo-password';
const figures: string[] = [];
const report = (line: string): void => {
  figures.push(line);
  process.stdout.write(`[cluster] ${line}\n`);
};

const CREATE = `mutation ($input: ArrangementInput!, $key: String) {
  arrangementCreate(input: $input, idempotencyKey: $key) { arrangement { id clientKey } userErrors { code field } } }`;
const ME = `{ me { email role } }`;
const OVERVIEW = `{ overview(period: { from: "2025-01-01", to: "2026-12-31" }) {
  arrangements { active new ended suppressed } costCents budgetCents averageWaitingDays
  byProvider { provider { name } arrangements { active } costCents } } }`;

const today = new Date().toISOString().slice(0, 10);
const createInput = (clientKey: string): Record<string, unknown> => ({
  clientKey,
  productCategory: 'BEGELEIDING',
  form: 'INDIVIDUAL',
  requestedOn: today,
  startsOn: today,
  hoursPerWeek: 2,
  plannedCostCents: 5000,
});

/** The overview's statements read report_summary; nothing the representatives do in these tests does at top level. */
const ANALYST_STATEMENTS = `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements
  WHERE query ILIKE '%report_summary%' AND query NOT ILIKE '%insert%' AND query NOT ILIKE '%update%' AND query NOT ILIKE '%pg_stat_statements%'`;

suite('the cluster', () => {
  let cluster: Cluster;
  /** Set once the cluster has started (a failed start cleans up after itself). */
  let started: Cluster | null = null;
  let tokens: { regisseur: string; analyst: string; reps: string[] };
  const apiPortOf = (upstream: string): string => upstream.split(',').pop()!.trim().split(':').pop() ?? '';

  const login = async (email: string): Promise<string> => {
    const res = await gql(cluster.url, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: DEMO_PASSWORD } });
    const token = (res.data?.login as { token: string | null } | undefined)?.token;
    if (!token) throw new Error(`login of ${email} failed: ${res.error ?? res.status}`);
    return token;
  };
  const analystCalls = (url: string): Promise<number> =>
    withClient(url, async (c) => (await c.query<{ calls: number }>(ANALYST_STATEMENTS)).rows[0]!.calls);
  const resetStatements = async (): Promise<void> => {
    await withClient(cluster.ownerUrl, (c) => c.query('SELECT pg_stat_statements_reset()'));
    await withClient(cluster.standbyUrl, (c) => c.query('SELECT pg_stat_statements_reset()'));
  };
  const createdWith = (prefix: string): Promise<Map<string, number>> =>
    withClient(cluster.ownerUrl, async (c) => {
      const { rows } = await c.query<{ key: string; n: number }>(
        `SELECT client_key AS key, count(*)::int AS n FROM arrangement WHERE client_key LIKE $1 GROUP BY client_key`,
        [`${prefix}%`],
      );
      return new Map(rows.map((r) => [r.key, r.n]));
    });

  beforeAll(async () => {
    const startedAt = Date.now();
    const dir = await mkdtemp(path.join(tmpdir(), 'regiekamer-cluster-test-'));
    cluster = await startCluster({
      dir,
      apis: 3,
      apiEnv: {
        LOG_LEVEL: 'error',
        MORNING_AT: morningAwayFromNow(),
        DEMO_PASSWORD,
        // One analyst floods with several requests at once; the per-user limit of expensive operations would answer 429.
        HEAVY_CONCURRENCY_PER_USER: '8',
        HEAVY_QUEUE_MS: '10000',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
        ...(process.env.GRAPHQL_RUNTIME ? { GRAPHQL_RUNTIME: process.env.GRAPHQL_RUNTIME } : {}),
      },
      demoPassword: DEMO_PASSWORD,
      log: (line) => process.stdout.write(`[cluster] ${line}\n`),
    });
    started = cluster;
    const reps = await withClient(cluster.ownerUrl, async (c) =>
      (await c.query<{ email: string }>(`SELECT email FROM app_user WHERE role = 'PROVIDER_REP' ORDER BY id LIMIT 3`)).rows.map((r) => r.email),
    );
    tokens = {
      regisseur: await login('regisseur@gemeente.example'),
      analyst: await login('analist@gemeente.example'),
      reps: await Promise.all(reps.map(login)),
    };
    report(`cluster started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  }, 300000);

  afterAll(async () => {
    // What the API processes logged (errors only): the cause of a failed request.
    for (const api of started?.apis ?? []) {
      const output = api.output.trim();
      if (output) process.stdout.write(`[cluster] api ${api.index} logged:\n${output.slice(-3000)}\n`);
    }
    await started?.stop();
    process.stdout.write(`\n[cluster] figures:\n${figures.map((f) => `  ${f}`).join('\n')}\n`);
  }, 120000);

  it('(1) a token from one process works on the others; 1,000 mixed requests through nginx reach all three', async () => {
    const [first, ...others] = cluster.apis;
    const token = (
      (await gql(first!.url, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, { input: { email: 'regisseur@gemeente.example', password: DEMO_PASSWORD } }))
        .data?.login as { token: string }
    ).token;
    for (const api of others) {
      const res = await gql(api.url, ME, {}, token);
      expect(res).toMatchObject({ ok: true, data: { me: { email: 'regisseur@gemeente.example', role: 'REGISSEUR' } } });
    }

    const started = performance.now();
    let sent = 0;
    const outcomes = await load(8, () => sent >= 1000, async (n) => {
      sent++;
      switch (n % 4) {
        case 0:
          return gql(cluster.url, ME, {}, tokens.regisseur);
        case 1:
          return gql(cluster.url, `{ arrangements(first: 5) { edges { node { id status } } } }`, {}, tokens.reps[n % tokens.reps.length]);
        case 2:
          return gql(cluster.url, `{ providers { edges { node { name } } } }`, {}, tokens.analyst);
        default:
          return gql(cluster.url, CREATE, { input: createInput(`CL1-${n}`), key: `cl1-${n}` }, tokens.reps[n % tokens.reps.length]);
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const perProcess = countBy(outcomes, (o) => apiPortOf(o.upstream));
    report(`(1) ${summary(outcomes)} in ${seconds.toFixed(1)} s (${(outcomes.length / seconds).toFixed(0)}/s); per process ${JSON.stringify(perProcess)}`);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.error)).toEqual([]);
    for (const api of cluster.apis) expect(perProcess[String(api.port)] ?? 0).toBeGreaterThan(outcomes.length / 6);
  }, 180000);

  it('(2) a rolling restart of the three under reads and idempotent writes fails no request', async () => {
    let done = false;
    const loadDone = load(6, () => done, async (n) =>
      n % 3 === 2
        ? gql(cluster.url, CREATE, { input: createInput(`CL2-${n}`), key: `cl2-${n}` }, tokens.reps[n % tokens.reps.length])
        : gql(cluster.url, n % 3 === 0 ? ME : `{ arrangements(first: 5) { edges { node { id } } } }`, {}, n % 3 === 0 ? tokens.regisseur : tokens.reps[0]),
    );
    const restarts: string[] = [];
    try {
      await sleep(1000);
      for (const api of cluster.apis) {
        const t0 = Date.now();
        const code = await cluster.restartApi(api);
        restarts.push(`api ${api.index}: exit ${String(code)}, back in ${Date.now() - t0} ms`);
        expect(code).toBe(0);
      }
      await sleep(1000);
    } finally {
      done = true;
    }
    const outcomes = await loadDone;
    report(`(2) rolling restart: ${summary(outcomes)}; ${restarts.join('; ')}`);
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.status} from ${o.upstream || 'none'} at ${new Date(o.at).toISOString()}: ${o.error ?? ''}`)).toEqual([]);
    const keys = await createdWith('CL2-');
    expect([...keys.values()].every((n) => n === 1)).toBe(true);
  }, 300000);

  it('(3) kill -9 of one process under load: only requests in flight fail; retries with the same keys store every write once', async () => {
    const concurrency = 6;
    let done = false;
    const acknowledged = new Set<string>();
    const firstTries: Outcome[] = [];
    let retries = 0;
    const victim = cluster.apis[1]!;
    let killedAt = Infinity;
    const loadDone = load(concurrency, () => done, async (n) => {
      const key = `CL3-${n}`;
      const rep = tokens.reps[n % tokens.reps.length];
      let outcome = await gql(cluster.url, CREATE, { input: createInput(key), key }, rep);
      firstTries.push(outcome);
      // The client does not know whether a failed write ran: it sends it again with the same key until it is answered.
      for (let attempt = 0; !outcome.ok && attempt < 10; attempt++) {
        retries++;
        await sleep(200);
        outcome = await gql(cluster.url, CREATE, { input: createInput(key), key }, rep);
      }
      if (outcome.ok) acknowledged.add(key);
      return outcome;
    });
    try {
      await sleep(2000);
      await victim.kill();
      // In flight: sent before the process was gone.
      killedAt = Date.now();
      await sleep(4000);
    } finally {
      done = true;
    }
    const outcomes = await loadDone;
    const failedFirst = firstTries.filter((o) => !o.ok);
    report(
      `(3) kill -9 of api ${victim.index}: ${firstTries.length} writes, ${failedFirst.length} failed at the first try (in flight: at most ${concurrency}), ` +
        `${retries} retries, ${outcomes.filter((o) => !o.ok).length} never acknowledged`,
    );
    expect(failedFirst.length).toBeLessThanOrEqual(concurrency);
    // The failures are those in flight at the kill: sent before it.
    for (const o of failedFirst) expect(o.at).toBeLessThanOrEqual(killedAt);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const stored = await createdWith('CL3-');
    for (const key of acknowledged) expect([key, stored.get(key)]).toEqual([key, 1]);
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    await victim.start();
  }, 180000);

  /** Analysts flood the overview while representatives write; the writes' latency and where the analysts' statements ran. */
  const flood = async (seconds: number): Promise<{ writes: Outcome[]; reads: Outcome[] }> => {
    let done = false;
    const until = (): boolean => done;
    const reads = load(4, until, () => gql(cluster.url, OVERVIEW, {}, tokens.analyst));
    const writes = load(2, until, (n) => {
      const key = `CL4-${Date.now()}-${n}`;
      return gql(cluster.url, CREATE, { input: createInput(key), key }, tokens.reps[n % tokens.reps.length]);
    });
    await sleep(seconds * 1000);
    done = true;
    return { writes: await writes, reads: await reads };
  };
  let writeP99WithReplica = NaN;

  it('(4) during an analyst flood the analysts\u2019 statements run on the standby, not on the primary', async () => {
    // A read right after the analyst's login may go to the primary (read-your-writes): that has passed by now.
    await sleep(1000);
    await resetStatements();
    const { writes, reads } = await flood(12);
    const onPrimary = await analystCalls(cluster.ownerUrl);
    const onStandby = await analystCalls(cluster.standbyUrl);
    writeP99WithReplica = percentile(writes.map((o) => o.ms), 99);
    report(`(4) with the replica: analyst reads ${summary(reads)}; representatives' writes ${summary(writes)}; overview statements on the primary ${onPrimary}, on the standby ${onStandby}`);
    expect(reads.filter((o) => !o.ok).map((o) => o.error)).toEqual([]);
    expect(writes.filter((o) => !o.ok).map((o) => o.error)).toEqual([]);
    expect(onStandby).toBeGreaterThan(0);
    expect(onPrimary).toBe(0);
  }, 120000);

  it('(5) standby killed: reads move to the primary within 5 s and none fails after that; standby back: reads return to it', async () => {
    let done = false;
    const reads = load(3, () => done, () => gql(cluster.url, OVERVIEW, {}, tokens.analyst));
    let movedAfterMs = NaN;
    let killedAt = 0;
    try {
      await sleep(1000);
      await withClient(cluster.ownerUrl, (c) => c.query('SELECT pg_stat_statements_reset()'));
      killedAt = Date.now();
      await cluster.standby.server.kill();
      while (Date.now() - killedAt < 15000) {
        if ((await analystCalls(cluster.ownerUrl)) > 0) {
          movedAfterMs = Date.now() - killedAt;
          break;
        }
        await sleep(100);
      }
      await sleep(6000 - (Date.now() - killedAt));
    } finally {
      done = true;
    }
    const outcomes = await reads;
    const late = outcomes.filter((o) => !o.ok && o.at > killedAt + 5000);
    report(`(5) standby killed: reads on the primary after ${movedAfterMs} ms; ${summary(outcomes)}, ${outcomes.filter((o) => !o.ok).length - late.length} failed in the first 5 s`);
    expect(movedAfterMs).toBeLessThanOrEqual(5000);
    expect(late.map((o) => o.error)).toEqual([]);

    // Without the replica the analysts' flood lands on the primary beside the writes.
    const without = await flood(12);
    const writeP99Without = percentile(without.writes.map((o) => o.ms), 99);
    report(`(4/5) representatives' write p99 under the analyst flood: ${writeP99WithReplica.toFixed(1)} ms with the replica, ${writeP99Without.toFixed(1)} ms without`);
    expect(without.writes.filter((o) => !o.ok).map((o) => o.error)).toEqual([]);

    const restartedAt = Date.now();
    await cluster.standby.server.start();
    await waitStreaming(cluster.standby.url(), 60000);
    await withClient(cluster.standbyUrl, (c) => c.query('SELECT pg_stat_statements_reset()'));
    let back = false;
    let n = 0;
    while (!back && Date.now() - restartedAt < 30000) {
      const res = await gql(cluster.url, OVERVIEW, {}, tokens.analyst);
      expect(res.error).toBeUndefined();
      back = (await analystCalls(cluster.standbyUrl)) > 0;
      n++;
      if (!back) await sleep(200);
    }
    report(`(5) standby back: streaming and serving reads again ${Date.now() - restartedAt} ms after its start (${n} reads)`);
    expect(back).toBe(true);
  }, 180000);

  it('(6) with a synchronous standby, kill -9 of the primary after N acknowledged writes and db:promote: all N are there', async () => {
    await setSynchronousStandby(cluster.primary.url(), cluster.standby.applicationName);
    const N = 200;
    const acknowledged: string[] = [];
    let next = 0;
    const outcomes = await load(4, () => next >= N, async () => {
      const key = `CL6-${next++}`;
      const res = await gql(cluster.url, CREATE, { input: createInput(key), key }, tokens.reps[next % tokens.reps.length]);
      if (res.ok) acknowledged.push(key);
      return res;
    });
    await cluster.primary.kill();
    report(`(6) ${summary(outcomes)} acknowledged with a synchronous standby; primary killed`);
    expect(acknowledged).toHaveLength(N);

    const promoteCli = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'cli', 'promote.js');
    const t0 = Date.now();
    const { stdout } = await promisify(execFile)(process.execPath, [promoteCli, '--url', cluster.standby.url()]);
    report(`(6) db:promote took ${Date.now() - t0} ms: ${stdout.trim()}`);
    const promoted = await withClient(cluster.standbyUrl, async (c) => {
      const recovery = (await c.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')).rows[0]!.r;
      const { rows } = await c.query<{ key: string }>(`SELECT client_key AS key FROM arrangement WHERE client_key LIKE 'CL6-%'`);
      // The promoted server takes writes.
      await c.query('CREATE TABLE promotion_check (id int)');
      return { recovery, keys: rows.map((r) => r.key) };
    });
    expect(promoted.recovery).toBe(false);
    expect(promoted.keys.sort()).toEqual([...acknowledged].sort());
  }, 180000);
});
