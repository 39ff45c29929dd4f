import { startApp } from '../../api/src/app';
import { APP_ROLE } from '../../api/src/db/database';
import { runAccessLogUpkeep } from '../../api/src/db/access-log-partitions';
import { silentLogger } from '../../api/src/shared/logger';
import { appRoleClient, asAppRole } from '../support/app-role';
import { insertArrangement } from '../support/factories';
import { EMAILS, PASSWORD } from '../support/fixture';
import { startTestApp, type TestApp, testConfig } from '../support/test-app';
import { createTestDatabase } from '../support/test-db';

/**
 * Defence in depth: what an injected statement could do as the application role, under a provider representative's
 * settings, before and after. Each attack of the outside test is run as raw SQL over the API's own kind of login.
 */
let t: TestApp;
let rep: { role: string; municipalityId: number; providerId: number; userId: number };
let other: { municipalityId: number; providerId: number; userId: number };

describe('an injected statement as the application role: roles, audit log and users', () => {
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
    const { municipalityId, providers, users } = t.fixture;
    rep = { role: 'PROVIDER_REP', municipalityId, providerId: providers.care, userId: users.repCare };
    // Client keys of every provider in the audit log (the trigger writes each insert), and another municipality.
    for (const providerId of [providers.care, providers.welfare, providers.volunteer]) {
      await insertArrangement(t.db, { municipalityId, providerId });
    }
    const [m] = await t.db.query<{ id: number }>(`INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ('GM9003', 'Elders', 1000) RETURNING id`);
    const [p] = await t.db.query<{ id: number }>(
      `INSERT INTO provider (municipality_id, name, kind, kvk_number) VALUES ($1, 'Elders Zorg', 'CARE', '30000001') RETURNING id`,
      [m!.id],
    );
    const [u] = await t.db.query<{ id: number }>(
      `INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash)
       SELECT $1, 'regisseur@elders.example', 'Elders', 'REGISSEUR', NULL, password_hash FROM app_user WHERE id = $2 RETURNING id`,
      [m!.id, users.regisseur],
    );
    other = { municipalityId: m!.id, providerId: p!.id, userId: u!.id };
    await insertArrangement(t.db, { municipalityId: other.municipalityId, providerId: other.providerId });
    // A representative's reads (NEN 7513) and an idempotent create by the regisseur's colleague.
    const repApi = await t.as('repCare');
    await repApi(`{ arrangements(first: 5) { edges { node { id } } } }`);
  });

  it('the API holds no superuser session: it logs in as the application role, which cannot SET ROLE to the owner', async () => {
    const [row] = await t.app.db.query<{ sessionUser: string; currentUser: string; superuser: boolean }>(
      `SELECT session_user AS "sessionUser", current_user AS "currentUser", (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AS superuser`,
    );
    expect(row).toEqual({ sessionUser: APP_ROLE, currentUser: APP_ROLE, superuser: false });
    await expect(t.app.db.query(`SET ROLE postgres`)).rejects.toThrow(/permission denied to set role/);
    await expect(t.app.db.query(`RESET ROLE`)).resolves.toEqual([]);
    const [after] = await t.app.db.query<{ currentUser: string }>(`SELECT current_user AS "currentUser"`);
    expect(after!.currentUser).toBe(APP_ROLE);
  });

  it('SET ROLE postgres, ALTER ROLE and CREATE ROLE fail', async () => {
    for (const sql of [`SET ROLE postgres`, `ALTER ROLE ${APP_ROLE} SUPERUSER`, `CREATE ROLE intruder SUPERUSER LOGIN PASSWORD 'x'`, `SET SESSION AUTHORIZATION postgres`]) {
      await expect(asAppRole(t, rep, sql)).rejects.toThrow(/permission denied|must be superuser|insufficient privilege/);
    }
    const [roles] = await t.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM pg_roles WHERE rolname = 'intruder'`);
    expect(roles!.count).toBe(0);
    const [app] = await t.db.query<{ super: boolean }>(`SELECT rolsuper AS super FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
    expect(app!.super).toBe(false);
  });

  it("cannot read other providers' client keys from audit_log, nor another municipality's", async () => {
    const keys = await t.db.query<{ key: string }>(`SELECT after->>'client_key' AS key FROM audit_log WHERE table_name = 'arrangement'`);
    expect(keys.length).toBe(4);
    expect(await asAppRole(t, rep, `SELECT after->>'client_key' AS key FROM audit_log WHERE table_name = 'arrangement'`)).toEqual([]);
    expect(await asAppRole(t, { ...rep, role: 'ANALYST', providerId: null }, `SELECT * FROM audit_log`)).toEqual([]);
    // The regisseur reads the trail of the own municipality only.
    const regisseur = { role: 'REGISSEUR', municipalityId: t.fixture.municipalityId };
    const seen = await asAppRole<{ municipalityId: string }>(t, regisseur, `SELECT DISTINCT municipality_id AS "municipalityId" FROM audit_log`);
    expect(seen.map((r) => Number(r.municipalityId))).toEqual([t.fixture.municipalityId]);
  });

  it('cannot make itself ADMIN in app_user, add a user, or read password hashes', async () => {
    const before = await t.db.query(`SELECT id, role, password_hash, token_version FROM app_user ORDER BY id`);
    await expect(asAppRole(t, rep, `UPDATE app_user SET role = 'ADMIN' WHERE id = ${rep.userId}`)).rejects.toThrow(/permission denied/);
    await expect(
      asAppRole(t, rep, `INSERT INTO app_user (municipality_id, email, name, role, password_hash) VALUES (${rep.municipalityId}, 'x@x', 'X', 'ADMIN', 'x')`),
    ).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, rep, `DELETE FROM app_user`)).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, rep, `SELECT password_hash FROM app_user`)).rejects.toThrow(/permission denied/);
    // A password can be set only through the mutation's function, for oneself, right after proving the current one.
    await expect(asAppRole(t, rep, `SELECT app_password_set(1, '$argon2id$v=19$m=65536,t=3,p=4$abc$def')`)).rejects.toThrow(
      /password change not allowed/,
    );
    expect(await t.db.query(`SELECT id, role, password_hash, token_version FROM app_user ORDER BY id`)).toEqual(before);
  });
});

describe('an injected statement as the application role: its own municipality', () => {
  it('sees users and the municipality of its own municipality only', async () => {
    const users = await asAppRole<{ municipalityId: string }>(t, rep, `SELECT municipality_id AS "municipalityId" FROM app_user`);
    expect(users.length).toBe(8);
    expect(new Set(users.map((u) => Number(u.municipalityId)))).toEqual(new Set([rep.municipalityId]));
    const municipalities = await asAppRole<{ id: string }>(t, rep, `SELECT id FROM municipality`);
    expect(municipalities.map((m) => Number(m.id))).toEqual([rep.municipalityId]);
    await expect(asAppRole(t, rep, `UPDATE municipality SET name = 'X'`)).rejects.toThrow(/permission denied/);
  });
});

describe('an injected statement as the application role: logs, audit tables and the API', () => {
  it("cannot read or erase login attempts, nor read the access log or other users' idempotency keys", async () => {
    const attempts = await t.count('login_attempt');
    await expect(asAppRole(t, rep, `SELECT * FROM login_attempt`)).rejects.toThrow(/permission denied/);
    await expect(asAppRole(t, rep, `DELETE FROM login_attempt`)).rejects.toThrow(/permission denied/);
    expect(await t.count('login_attempt')).toBe(attempts);

    expect(await t.count('access_log')).toBeGreaterThan(0);
    expect(await asAppRole(t, rep, `SELECT * FROM access_log`)).toEqual([]);
    const logged = await t.count('access_log');
    await expect(
      asAppRole(
        t,
        rep,
        `INSERT INTO access_log (municipality_id, user_id, role, provider_id, request_id, arrangement_id)
         VALUES (${rep.municipalityId}, ${t.fixture.users.regisseur}, 'REGISSEUR', NULL, 'forged', 1)`,
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await t.count('access_log')).toBe(logged);

    await t.db.query(
      `INSERT INTO idempotency_key (user_id, key, operation, request_hash, response) VALUES ($1, 'k-1', 'arrangementCreate', repeat('0', 64), '{}')`,
      [t.fixture.users.regisseur],
    );
    expect(await asAppRole(t, rep, `SELECT * FROM idempotency_key`)).toEqual([]);
    expect(await asAppRole(t, { role: 'REGISSEUR', municipalityId: rep.municipalityId, userId: t.fixture.users.regisseur }, `SELECT key FROM idempotency_key`)).toEqual([
      { key: 'k-1' },
    ]);
  });

  it('TRUNCATE of the audit tables is refused, to the application role and to the owner', async () => {
    const audit = await t.count('audit_log');
    const access = await t.count('access_log');
    for (const table of ['audit_log', 'access_log']) {
      await expect(asAppRole(t, rep, `TRUNCATE ${table}`)).rejects.toThrow(/permission denied/);
      await expect(t.db.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
    }
    const [partition] = await t.db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'access_log'::regclass
        AND c.relname <> 'access_log_default' ORDER BY c.relname DESC LIMIT 1`,
    );
    await expect(t.db.query(`TRUNCATE ${partition!.name}`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE access_log_default`)).rejects.toThrow(/append-only/);
    expect(await t.count('audit_log')).toBe(audit);
    expect(await t.count('access_log')).toBe(access);
  });

  it('the application role cannot reach a partition of the access log directly', async () => {
    const client = appRoleClient(t);
    await client.connect();
    try {
      await expect(client.query(`SELECT * FROM access_log_default`)).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });

  it('logs in and works as before through the API (control)', async () => {
    const res = await t.gql<{ login: { token: string | null } }>(`mutation { login(input: { email: "${EMAILS.regisseur}", password: "${PASSWORD}" }) { token } }`);
    expect(res.data!.login.token).toEqual(expect.any(String));
  });
  afterAll(async () => {
    await t.close();
  });
});

describe('the API refuses a login that row security does not hold', () => {
  it('does not start on the superuser or owner URL given as APP_DATABASE_URL', async () => {
    const database = await createTestDatabase();
    try {
      await expect(
        startApp({
          config: testConfig({ APP_DATABASE_URL: database.url }),
          databaseUrl: database.url,
          jwtSecret: 'defence-test-secret-that-is-long-enough-to-sign',
          pseudonymSecret: 'defence-test-pseudonym-secret-long-enough',
          logger: silentLogger,
        }),
      ).rejects.toThrow(/Refusing to start: the API would log in as the superuser/);
    } finally {
      await database.drop();
    }
  });
});

describe('access_log partitions by month', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ convenantInForce: true });
  });
  afterAll(async () => {
    await t.close();
  });

  const partitions = async (): Promise<string[]> =>
    (
      await t.db.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'access_log'::regclass ORDER BY 1`,
      )
    ).map((r) => r.name);

  it('is partitioned, with this month and the next two ready, and drops only months past the retention', async () => {
    const [kind] = await t.db.query<{ kind: string }>(`SELECT relkind::text AS kind FROM pg_class WHERE relname = 'access_log'`);
    expect(kind!.kind).toBe('p');
    const [now] = await t.db.query<{ month: string; old: string; kept: string }>(
      `SELECT to_char(now() AT TIME ZONE 'UTC', '"access_log_y"YYYY"m"MM') AS month,
              to_char(now() AT TIME ZONE 'UTC' - interval '61 months', 'YYYY-MM-01') AS old,
              to_char(now() AT TIME ZONE 'UTC' - interval '60 months', 'YYYY-MM-01') AS kept`,
    );
    expect(await partitions()).toContain(now!.month);
    expect(await partitions()).toContain('access_log_default');
    const { municipalityId, users } = t.fixture;
    // Rows of 61 and 60 months ago, as the owner could have kept them from before.
    for (const month of [now!.old, now!.kept]) {
      await t.db.query(`SELECT access_log_partition_create($1::date)`, [month]);
      await t.db.query(
        `INSERT INTO access_log (at, municipality_id, user_id, role, provider_id, request_id, arrangement_id)
         VALUES ($1::date + interval '10 days', $2, $3, 'PROVIDER_REP', NULL, 'old-request', 1)`,
        [month, municipalityId, users.repCare],
      );
    }
    await t.db.query(
      `INSERT INTO access_log (municipality_id, user_id, role, provider_id, request_id, arrangement_id) VALUES ($1, $2, 'PROVIDER_REP', NULL, 'now', 1)`,
      [municipalityId, users.repCare],
    );
    const before = await partitions();
    const plan = await runAccessLogUpkeep(t.database.url, 60, silentLogger);
    const oldName = `access_log_y${now!.old.slice(0, 4)}m${now!.old.slice(5, 7)}`;
    expect(plan).toEqual({ create: [], drop: [oldName] });
    expect(await partitions()).toEqual(before.filter((p) => p !== oldName));
    const left = await t.db.query<{ requestId: string }>(`SELECT request_id AS "requestId" FROM access_log ORDER BY at`);
    expect(left.map((r) => r.requestId)).toEqual(['old-request', 'now']);
  });
});
