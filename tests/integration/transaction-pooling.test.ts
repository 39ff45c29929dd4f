import { Client } from 'pg';
import { fromGlobalId } from '../../api/src/shared/graphql/global-id';
import { startPgBouncer, type PgBouncer } from '../support/pgbouncer';
import { arrangementCreateInput } from '../support/factories';
import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import { testAppPassword } from '../support/test-db';
import { PublicDb } from '../../api/src/public-site/public-db';

/**
 * The API behind PgBouncer in transaction mode with one server connection: every request of every user runs on that
 * same connection, one transaction after another. Settings left on it by one user's request would show that user's
 * rows to the next (row security reads them), or write the audit trail in their name.
 */
const CREATE = `mutation ($input: ArrangementInput!) { arrangementCreate(input: $input) { arrangement { id clientKey } userErrors { code } } }`;
const LIST = `query { me { email } arrangements(first: 100) { totalCount edges { node { id clientKey } } } }`;

interface ListAnswer {
  me: { email: string } | null;
  arrangements: { totalCount: number; edges: { node: { id: string; clientKey: string | null } }[] };
}

describe('transaction pooling through PgBouncer (one server connection)', () => {
  let t: TestApp;
  /** Set while the app starts (it needs the pooler's address first). */
  const pooler: { current: PgBouncer | null } = { current: null };

  beforeAll(async () => {
    t = await startTestApp({
      convenantInForce: true,
      env: { DB_PREPARED_STATEMENTS: 'off', DB_POOL_SIZE: '8' },
      appDatabaseUrl: async (database) => {
        const server = new URL(database.url);
        const bouncer = await startPgBouncer({
          host: server.hostname,
          port: Number(server.port),
          databases: [database.name],
          users: { regiekamer_app: testAppPassword() },
          poolMode: 'transaction',
          defaultPoolSize: 1,
        });
        pooler.current = bouncer;
        return bouncer.url(database.name, 'regiekamer_app');
      },
    });
  }, 120000);

  afterAll(async () => {
    await t.close();
    await pooler.current?.stop();
  });

  it('never shows one user the rows of another, and audits every write as its author, over many interleaved rounds', async () => {
    const repX = await t.as('repCare');
    const repY = await t.as('repWelfare');
    const regisseur = await t.as('regisseur');
    const created = new Map<string, number>();
    const rounds = 12;
    for (let round = 0; round < rounds; round++) {
      // Writes and reads of the three users at once, interleaved on the one server connection.
      const answers = await Promise.all([
        repX<{ arrangementCreate: { arrangement: { id: string; clientKey: string } | null } }>(CREATE, { input: arrangementCreateInput(`X-${round}`) }),
        repY<{ arrangementCreate: { arrangement: { id: string; clientKey: string } | null } }>(CREATE, { input: arrangementCreateInput(`Y-${round}`) }),
        repX<ListAnswer>(LIST),
        repY<ListAnswer>(LIST),
        regisseur<ListAnswer>(LIST),
        repY<ListAnswer>(LIST),
        repX<ListAnswer>(LIST),
      ]);
      const [cx, cy, ...lists] = answers;
      expect(errorCodes(cx)).toEqual([]);
      expect(errorCodes(cy)).toEqual([]);
      created.set(cx.data!.arrangementCreate.arrangement!.id, t.fixture.users.repCare);
      created.set(cy.data!.arrangementCreate.arrangement!.id, t.fixture.users.repWelfare);
      const [lx1, ly1, lr, ly2, lx2] = lists;
      for (const answer of [lx1, lx2]) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.me!.email).toBe('rep@zorg.example');
        expect(answer.data!.arrangements.edges.every((e) => e.node.clientKey?.startsWith('X-'))).toBe(true);
      }
      for (const answer of [ly1, ly2]) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.me!.email).toBe('rep@welzijn.example');
        expect(answer.data!.arrangements.edges.every((e) => e.node.clientKey?.startsWith('Y-'))).toBe(true);
      }
      expect(lr.data!.me!.email).toBe('regisseur@test.example');
    }
    // The regisseur sees both providers' arrangements; each representative exactly their own.
    const all = await regisseur<ListAnswer>(LIST);
    expect(all.data!.arrangements.totalCount).toBe(2 * rounds);
    expect((await repX<ListAnswer>(LIST)).data!.arrangements.totalCount).toBe(rounds);
    expect((await repY<ListAnswer>(LIST)).data!.arrangements.totalCount).toBe(rounds);

    // Every insert is audited as the representative who made it, with that provider.
    const audited = await t.db.query<{ entityId: number; userId: number | null; role: string; providerId: number | null }>(
      `SELECT entity_id AS "entityId", user_id AS "userId", role, provider_id AS "providerId" FROM audit_log
        WHERE table_name = 'arrangement' AND operation = 'INSERT'`,
    );
    expect(audited).toHaveLength(2 * rounds);
    for (const row of audited) {
      const entry = [...created.entries()].find(([gid]) => fromGlobalId(gid)?.id === row.entityId);
      expect(entry).toBeDefined();
      expect(row.userId).toBe(entry![1]);
      expect(row.role).toBe('PROVIDER_REP');
      expect(row.providerId).toBe(entry![1] === t.fixture.users.repCare ? t.fixture.providers.care : t.fixture.providers.welfare);
    }
  }, 120000);

  it('served all of it on the one server connection the pooler has (the API pool holds eight)', async () => {
    const [row] = await t.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND usename = 'regiekamer_app' AND application_name <> 'regiekamer public pages'`,
    );
    expect(row!.count).toBeLessThanOrEqual(1);
  });

  it('leaves no setting of a request on the server connection after it', async () => {
    const repX = await t.as('repCare');
    await repX<ListAnswer>(LIST);
    // The next transaction on the one server connection, with no settings of its own, sees none of the last request's.
    const client = new Client({ connectionString: pooler.current!.url(t.database.name, 'regiekamer_app') });
    await client.connect();
    try {
      const { rows } = await client.query<{ user: string | null; role: string | null; count: number }>(
        `SELECT current_setting('app.user_id', true) AS user, current_setting('app.role', true) AS role,
                (SELECT count(*)::int FROM arrangement) AS count`,
      );
      expect(rows[0]!.user ?? '').toBe('');
      expect(rows[0]!.role ?? '').toBe('');
      expect(rows[0]!.count).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('serves the public pages as their own role with their settings, which the pooler would drop from a connection start', async () => {
    expect((await fetch(`${t.app.url}/opgaven`)).status).toBe(200);
    const publicDb = new PublicDb(pooler.current!.url(t.database.name, 'regiekamer_app'), { poolSize: 1, statementTimeoutMs: 5000, actAs: true });
    try {
      const [row] = await publicDb.query<{ role: string; path: string; timeout: string }>(
        `SELECT current_user AS role, current_setting('search_path') AS path, current_setting('statement_timeout') AS timeout`,
      );
      expect(row).toEqual({ role: 'regiekamer_public', path: 'published', timeout: '5s' });
    } finally {
      await publicDb.end();
    }
    // The next transaction on the one server connection is the application's login again, with the default path.
    const client = new Client({ connectionString: pooler.current!.url(t.database.name, 'regiekamer_app') });
    await client.connect();
    try {
      const { rows } = await client.query<{ role: string; path: string }>(`SELECT current_user AS role, current_setting('search_path') AS path`);
      expect(rows[0]!.role).toBe('regiekamer_app');
      expect(rows[0]!.path).not.toBe('published');
    } finally {
      await client.end();
    }
  });
});
