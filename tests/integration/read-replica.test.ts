import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startApp, type RunningApp } from '../../api/src/app';
import { fixedClock } from '../../api/src/clock';
import { appLoginUrl } from '../../api/src/db/app-login';
import { Database } from '../../api/src/db/database';
import { migrateUp } from '../../api/src/db/migrate';
import { initCluster, PostgresServer } from '../../api/src/db/postgres-server';
import { createStandby, type Standby } from '../../api/src/db/standby';
import { createLogger } from '../../api/src/shared/logger';
import { arrangementCreateInput, insertConvenantInForce } from '../support/factories';
import { createFixture, EMAILS, PASSWORD as USER_PASSWORD, type FixtureUser } from '../support/fixture';
import { freePort } from '../support/processes';
import { testConfig, TODAY } from '../support/test-app';

/**
 * Two API processes on a primary with a hot standby (READ_DATABASE_URL): queries are served by the standby, a user's
 * own write is seen at once on either process (its WAL position travels in the Regiekamer-Lsn header), and a standby
 * that stops costs the reads at most a few seconds on the primary.
 */
jest.setTimeout(300_000);

const SUPERUSER_PASSWORD = 'replica-test-superuser';
const APP_PASSWORD = 'replica-test-application-role-password';
const LSN = 'regiekamer-lsn';

let root: string;
let primary: PostgresServer;
let standby: Standby;
let owner: Database;
let municipalityId: number;
/** What was started, stopped in reverse order (also when the start failed half way). */
const cleanups: (() => Promise<unknown>)[] = [];
const apps: RunningApp[] = [];

async function sql<T extends object>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

interface Answer<T> {
  status: number;
  lsn: string | null;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function gql<T>(
  app: RunningApp,
  query: string,
  options: { token?: string; lsn?: string | null; variables?: Record<string, unknown> } = {},
): Promise<Answer<T>> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.lsn ? { [LSN]: options.lsn } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await res.json()) as Omit<Answer<T>, 'status' | 'lsn'>;
  return { status: res.status, lsn: res.headers.get(LSN), ...body };
}

const tokens = new Map<FixtureUser, string>();
async function login(user: FixtureUser): Promise<string> {
  const known = tokens.get(user);
  if (known) return known;
  const res = await gql<{ login: { token: string } }>(apps[0]!, `mutation ($input: LoginInput!) { login(input: $input) { token } }`, {
    variables: { input: { email: EMAILS[user], password: USER_PASSWORD } },
  });
  const token = res.data!.login.token;
  tokens.set(user, token);
  return token;
}

async function replicaOf(app: RunningApp): Promise<{ state: string; lagSeconds: number | null }> {
  const res = await fetch(`${app.url}/readyz`);
  const body = (await res.json()) as { replica: { state: string; lagSeconds: number | null } };
  expect(res.status).toBe(200);
  return body.replica;
}

async function waitForReplica(app: RunningApp, state: string, withinMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    if ((await replicaOf(app)).state === state) return performance.now() - started;
    if (performance.now() - started > withinMs) throw new Error(`the standby did not become ${state} within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How often the request's token check ran on a server since its statistics were reset: where the request was served. */
async function authenticationsOn(url: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    url,
    `SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements WHERE query LIKE '%app_authenticate(%'`,
  );
  return row!.n;
}

/** How often statements whose text contains `fragment` ran on a server since its statistics were reset. */
async function callsOn(url: string, fragment: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements WHERE strpos(query, $1) > 0 AND query NOT LIKE '%pg_stat_statements%'`,
      [fragment],
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** An export as the web client asks for it (with the user's last write position, when it has one). */
function exportOf(app: RunningApp, path: string, token: string, lsn: string | null = null): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}`, ...(lsn ? { [LSN]: lsn } : {}) } });
}

/** The first key of the heavy-operation slots' advisory locks (request-db.ts), the user id the second. */
const HEAVY_LOCK_SPACE = 0x524b0000;

const OVERVIEW_CSV = '/export/overview.csv?from=2026-01-01&to=2026-06-30';
const ARRANGEMENTS_CSV = '/export/arrangements.csv?from=2000-01-01&to=2030-12-31';

async function resetStatistics(): Promise<void> {
  await sql(primary.url('regiekamer'), 'SELECT pg_stat_statements_reset()');
  await sql(standby.url('regiekamer'), 'SELECT pg_stat_statements_reset()');
}

const ME = `{ me { email } }`;
const OVERVIEW = `{ overview(period: { from: "2026-01-01", to: "2026-06-30" }) { costCents arrangements { active } } }`;
const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id } userErrors { code } } }`;
const LIST = `{ arrangements(first: 100) { edges { node { id clientKey } } } }`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'regiekamer-replica-'));
  // As root, the servers run as the postgres user, which must reach the folders.
  await chmod(root, 0o755);
  const primaryDir = path.join(root, 'primary');
  await initCluster(primaryDir, SUPERUSER_PASSWORD);
  primary = new PostgresServer({
    dataDir: primaryDir,
    port: await freePort(),
    password: SUPERUSER_PASSWORD,
    settings: { wal_level: 'replica', max_wal_senders: '4' },
  });
  await primary.start();
  const started = primary;
  cleanups.push(() => started.stop());
  await sql(primary.url(), 'CREATE DATABASE regiekamer');
  const ownerUrl = primary.url('regiekamer');
  await migrateUp(ownerUrl);
  await sql(ownerUrl, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  owner = Database.connect(ownerUrl, { poolSize: 2 });
  cleanups.push(() => owner.end());
  const fixture = await createFixture(owner);
  municipalityId = fixture.municipalityId;
  await insertConvenantInForce(owner, fixture.municipalityId, Object.values(fixture.providers));
  standby = await createStandby({
    primaryUrl: primary.url(),
    primaryDataDir: primaryDir,
    standbyDataDir: path.join(root, 'standby'),
    port: await freePort(),
  });
  cleanups.push(() => standby.server.stop());
  for (let i = 0; i < 2; i++) {
    apps.push(
      await startApp({
        config: testConfig({ READ_DATABASE_URL: appLoginUrl(standby.url('regiekamer'), APP_PASSWORD) }),
        databaseUrl: ownerUrl,
        appPassword: APP_PASSWORD,
        jwtSecret: 'replica-test-secret-that-is-long-enough-to-sign',
        pseudonymSecret: 'replica-test-pseudonym-secret-long-enough',
        clock: fixedClock(TODAY),
        logger: createLogger('error', (line) => process.stderr.write(line + '\n')),
      }),
    );
  }
  // The application role's password reaches the standby with the WAL: its probe answers once it has.
  for (const app of apps) await waitForReplica(app, 'up', 20000);
});

afterAll(async () => {
  for (const app of apps) await app.close().catch(() => undefined);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

it("serves the analyst's queries from the standby, not the primary; a mutation from the primary", async () => {
  const analyst = await login('analyst');
  await resetStatistics();
  const me = await gql<{ me: { email: string } }>(apps[0]!, ME, { token: analyst });
  expect(me.data).toEqual({ me: { email: EMAILS.analyst } });
  const overview = await gql<{ overview: { costCents: number } }>(apps[1]!, OVERVIEW, { token: analyst });
  expect(overview.errors).toBeUndefined();
  expect(typeof overview.data!.overview.costCents).toBe('number');
  expect(await authenticationsOn(standby.url('regiekamer'))).toBe(2);
  expect(await authenticationsOn(primary.url('regiekamer'))).toBe(0);
  expect(overview.lsn).toBeNull();

  const rep = await login('repCare');
  await resetStatistics();
  const created = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(apps[0]!, CREATE, {
    token: rep,
    variables: { input: arrangementCreateInput('K-PRIMARY') },
  });
  expect(created.errors).toBeUndefined();
  expect(created.lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
  expect(await authenticationsOn(primary.url('regiekamer'))).toBe(1);
  expect(await authenticationsOn(standby.url('regiekamer'))).toBe(0);
});

it("serves an analyst's personal access token on the standby, and marks its use on the primary", async () => {
  const analyst = await login('analyst');
  const expiresOn = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
  const made = await gql<{ personalAccessTokenCreate: { token: string; userErrors: unknown[] } }>(
    apps[0]!,
    `mutation ($input: PersonalAccessTokenCreateInput!) { personalAccessTokenCreate(input: $input) { token userErrors { code } } }`,
    { token: analyst, variables: { input: { name: 'scripts on the standby', expiresOn } } },
  );
  expect(made.data!.personalAccessTokenCreate.userErrors).toEqual([]);
  const token = made.data!.personalAccessTokenCreate.token;
  // The write's position reached the standby before the token is used there.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await resetStatistics();
  const overview = await gql<{ overview: { costCents: number } }>(apps[1]!, OVERVIEW, { token });
  expect(overview.status).toBe(200);
  expect(overview.errors).toBeUndefined();
  expect(await authenticationsOn(standby.url('regiekamer'))).toBe(1);
  expect(await authenticationsOn(primary.url('regiekamer'))).toBe(0);
  // The standby cannot write its last use: the primary does, beside the request.
  const deadline = performance.now() + 5000;
  let used: { last_used_at: Date | null }[] = [];
  while (performance.now() < deadline) {
    used = await sql<{ last_used_at: Date | null }>(
      primary.url('regiekamer'),
      `SELECT last_used_at FROM personal_access_token WHERE name = 'scripts on the standby'`,
    );
    if (used[0]?.last_used_at) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(used).toHaveLength(1);
  expect(used[0]!.last_used_at).not.toBeNull();
});

it('shows a user their own write at once on another API process, with the position of the write', async () => {
  const rep = await login('repCare');
  // The standby stops replaying: what is written from now on is not on it until it resumes.
  await sql(standby.url('regiekamer'), 'SELECT pg_wal_replay_pause()');
  try {
    const created = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(apps[0]!, CREATE, {
      token: rep,
      variables: { input: arrangementCreateInput('K-OWN-WRITE') },
    });
    const id = created.data!.arrangementCreate.arrangement.id;
    expect(created.lsn).not.toBeNull();
    // On the other process, with the position: read on the primary, the write is there.
    const mine = await gql<{ arrangements: { edges: { node: { id: string } }[] } }>(apps[1]!, LIST, { token: rep, lsn: created.lsn });
    expect(mine.data!.arrangements.edges.map((e) => e.node.id)).toContain(id);
    // Without it (another client of that user that did not write): the standby, which has not replayed it yet.
    const stale = await gql<{ arrangements: { edges: { node: { id: string } }[] } }>(apps[1]!, LIST, { token: rep });
    expect(stale.data!.arrangements.edges.map((e) => e.node.id)).not.toContain(id);
  } finally {
    await sql(standby.url('regiekamer'), 'SELECT pg_wal_replay_resume()');
  }
});

it("serves exports from the standby, with the access log of a provider's export written on the primary; a user's own write from the primary", async () => {
  const analyst = await login('analyst');
  await resetStatistics();
  const overview = await exportOf(apps[0]!, OVERVIEW_CSV, analyst);
  expect(overview.status).toBe(200);
  expect(await overview.text()).toContain('\n');
  expect(await authenticationsOn(standby.url('regiekamer'))).toBe(1);
  expect(await authenticationsOn(primary.url('regiekamer'))).toBe(0);

  const rep = await login('repCare');
  await resetStatistics();
  const arrangements = await exportOf(apps[1]!, ARRANGEMENTS_CSV, rep);
  expect(arrangements.status).toBe(200);
  const lines = (await arrangements.text()).trim().split('\n');
  expect(lines.length).toBeGreaterThan(1);
  expect(await callsOn(standby.url('regiekamer'), 'FROM arrangement a JOIN provider p')).toBeGreaterThan(0);
  expect(await callsOn(primary.url('regiekamer'), 'FROM arrangement a JOIN provider p')).toBe(0);
  // NEN 7513: what the representative read is logged, on the primary (a standby takes no writes), before the answer ended.
  const requestId = arrangements.headers.get('x-request-id');
  const [logged] = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM access_log WHERE request_id = $1`, [requestId]);
  expect(logged!.n).toBe(lines.length - 1);
  expect(await callsOn(primary.url('regiekamer'), 'INSERT INTO access_log')).toBe(1);

  // Their own write, while the standby does not replay: with its position, the export is read on the primary and has it.
  await sql(standby.url('regiekamer'), 'SELECT pg_wal_replay_pause()');
  try {
    const created = await gql<{ arrangementCreate: { arrangement: { id: string } } }>(apps[0]!, CREATE, {
      token: rep,
      variables: { input: arrangementCreateInput('K-EXPORTED') },
    });
    expect(created.lsn).not.toBeNull();
    const id = created.data!.arrangementCreate.arrangement.id;
    const mine = await exportOf(apps[1]!, ARRANGEMENTS_CSV, rep, created.lsn);
    expect(await mine.text()).toContain(id);
    const stale = await exportOf(apps[1]!, ARRANGEMENTS_CSV, rep);
    expect(await stale.text()).not.toContain(id);
  } finally {
    await sql(standby.url('regiekamer'), 'SELECT pg_wal_replay_resume()');
  }
});

it("serves the public pages from the standby and takes the public form's submission on the primary", async () => {
  // The municipality has something published (its version), and the standby has replayed it.
  await owner.query(`INSERT INTO published_version (municipality_id, version) VALUES ($1, 1) ON CONFLICT DO NOTHING`, [municipalityId]);
  const [{ lsn }] = (await owner.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`)) as [{ lsn: string }];
  for (let i = 0; ; i++) {
    const [row] = await sql<{ done: boolean }>(standby.url('regiekamer'), `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`);
    if (row!.done) break;
    if (i > 100) throw new Error('the standby did not replay the published version');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await resetStatistics();
  for (const page of ['/opgaven', '/podium/2026', '/meedoen']) {
    const res = await fetch(`${apps[0]!.url}${page}`);
    expect([page, res.status]).toEqual([page, 200]);
  }
  expect(await callsOn(standby.url('regiekamer'), 'published_version')).toBeGreaterThan(0);
  expect(await callsOn(standby.url('regiekamer'), 'FROM opgave o WHERE o.municipality_id')).toBeGreaterThan(0);
  expect(await callsOn(primary.url('regiekamer'), 'published_version')).toBe(0);
  expect(await callsOn(primary.url('regiekamer'), 'FROM opgave o WHERE o.municipality_id')).toBe(0);

  const sent = await fetch(`${apps[1]!.url}/meedoen`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      title: 'Bankje bij de bushalte',
      description: 'Er is geen plek om te zitten.',
      area: 'Centrum',
      contact: '',
    }).toString(),
  });
  expect(sent.status).toBe(200);
  expect(await callsOn(primary.url('regiekamer'), 'app_opgave_submit')).toBe(1);
  expect(await callsOn(standby.url('regiekamer'), 'app_opgave_submit')).toBe(0);
});

it("counts a user's heavy-operation slots once across the primary and the standby", async () => {
  const analyst = await login('analyst');
  const [{ id }] = (await owner.query<{ id: number }>(`SELECT id::int FROM app_user WHERE email = $1`, [EMAILS.analyst])) as [{ id: number }];
  // The analyst's one slot (HEAVY_CONCURRENCY_PER_USER=1) taken on the primary, as by a heavy request served there.
  const holder = new Client({ connectionString: primary.url('regiekamer') });
  await holder.connect();
  try {
    await holder.query(`SELECT pg_advisory_lock($1, $2)`, [HEAVY_LOCK_SPACE, id]);
    await resetStatistics();
    const refused = await exportOf(apps[0]!, OVERVIEW_CSV, analyst);
    expect(refused.status).toBe(429);
    await refused.arrayBuffer();
    // Read on the standby all the same: only the slot is asked of the primary.
    expect(await authenticationsOn(standby.url('regiekamer'))).toBe(1);
    expect(await authenticationsOn(primary.url('regiekamer'))).toBe(0);
    await holder.query(`SELECT pg_advisory_unlock($1, $2)`, [HEAVY_LOCK_SPACE, id]);
    const served = await exportOf(apps[0]!, OVERVIEW_CSV, analyst);
    expect(served.status).toBe(200);
    await served.arrayBuffer();
    // Given back before the answer left: the next one gets it at once.
    const again = await exportOf(apps[1]!, OVERVIEW_CSV, analyst);
    expect(again.status).toBe(200);
    await again.arrayBuffer();
  } finally {
    await holder.end();
  }
});

it('moves the reads to the primary within 5 s of the standby stopping, with no failure after, and back once it is up again', async () => {
  const analyst = await login('analyst');
  const app = apps[0]!;
  await standby.server.stop();
  const stoppedAt = performance.now();
  const failures: number[] = [];
  let served = 0;
  // Steady reads while the probe notices; /readyz says so meanwhile (still 200: the primary serves).
  let down: number | null = null;
  while (performance.now() - stoppedAt < 8000) {
    const answer = await gql<{ me: { email: string } }>(app, ME, { token: analyst });
    if (answer.status !== 200 || answer.errors) failures.push(performance.now() - stoppedAt);
    else served++;
    // Exports and the public pages move with the queries.
    const exported = await exportOf(app, OVERVIEW_CSV, analyst);
    await exported.arrayBuffer();
    if (exported.status !== 200) failures.push(performance.now() - stoppedAt);
    else served++;
    const page = await fetch(`${app.url}/podium/2026`);
    await page.arrayBuffer();
    if (page.status !== 200) failures.push(performance.now() - stoppedAt);
    else served++;
    if (down === null && (await replicaOf(app)).state === 'down') down = performance.now() - stoppedAt;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(down).not.toBeNull();
  expect(down!).toBeLessThan(5000);
  expect(failures.filter((at) => at > 5000)).toEqual([]);
  expect(served).toBeGreaterThan(20);
  expect((await replicaOf(app)).lagSeconds).toBeNull();

  await standby.server.start();
  await waitForReplica(app, 'up', 30000);
  await resetStatistics();
  const back = await gql<{ me: { email: string } }>(app, ME, { token: analyst });
  expect(back.data).toEqual({ me: { email: EMAILS.analyst } });
  expect((await exportOf(app, OVERVIEW_CSV, analyst)).status).toBe(200);
  expect(await authenticationsOn(standby.url('regiekamer'))).toBe(2);
  expect(await authenticationsOn(primary.url('regiekamer'))).toBe(0);
  // The pages read the published version again after VERSION_TTL_MS: on the standby.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect((await fetch(`${app.url}/podium/2026`)).status).toBe(200);
  expect(await callsOn(standby.url('regiekamer'), 'published_version')).toBeGreaterThan(0);
  expect(await callsOn(primary.url('regiekamer'), 'published_version')).toBe(0);
});
