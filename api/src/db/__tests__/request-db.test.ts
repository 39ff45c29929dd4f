import { APP_ROLE, Database } from '../database';
import { DEFERRED_COMMIT_MS } from '../deferred-commit';
import { onlyReads, plannedPerCall, RequestEndedError, type Actor } from '../request-db';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-db';

let database: TestDatabase;
let owner: Database;
let app: Database;
const actor: Actor = { userId: null, role: 'ANONYMOUS', providerId: null, municipalityId: null, requestId: 'request-db-test' };

beforeAll(async () => {
  database = await createTestDatabase();
  owner = Database.connect(database.url, { poolSize: 1 });
  app = Database.connect(database.url, { poolSize: 1, actAs: APP_ROLE });
  // What the tests of finish hooks write.
  await owner.query(`CREATE TABLE finish_probe (n int NOT NULL); GRANT INSERT ON finish_probe TO ${APP_ROLE}`);
});
afterAll(async () => {
  await app.end();
  await owner.end();
  await database.drop();
});

/** A regisseur of a municipality of their own, as a token names them. */
async function regisseurOfNewMunicipality(cbsCode: string, email: string): Promise<{ userId: number; version: number }> {
  const [m] = await owner.query<{ id: number }>(`INSERT INTO municipality (cbs_code, name, inhabitants) VALUES ($1, $1, 1000) RETURNING id`, [cbsCode]);
  const [u] = await owner.query<{ userId: number; version: number }>(
    `INSERT INTO app_user (municipality_id, email, name, role, password_hash) VALUES ($1, $2, 'Regisseur', 'REGISSEUR', 'x')
     RETURNING id::int AS "userId", token_version AS version`,
    [m!.id, email],
  );
  return u!;
}

/** A request's connection: given back however the request ends, and a dropped connection never crashes the process. */
describe('request connections', () => {
  it('gives back a connection that arrives after its request ended while queueing for it', async () => {
    const first = app.forRequest(actor);
    await first.query('SELECT 1');
    // The pool's only connection is taken: the second request queues, and its client goes away.
    const second = app.forRequest(actor);
    const queued = second.query('SELECT 1');
    second.abort();
    await first.finish();
    await expect(queued).rejects.toBeInstanceOf(RequestEndedError);

    // Without the hand-back the pool would stay empty and this would fail after the connection timeout.
    const third = app.forRequest(actor);
    await expect(third.query<{ n: number }>('SELECT 2 AS n')).resolves.toEqual([{ n: 2 }]);
    await third.finish();
    expect({ total: app.pool.totalCount, idle: app.pool.idleCount, waiting: app.pool.waitingCount }).toEqual({ total: 1, idle: 1, waiting: 0 });
  });

  it('survives the server dropping a held connection between statements, and does not reuse it', async () => {
    const request = app.forRequest(actor);
    const pid = (await request.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]!.pid;
    await owner.query('SELECT pg_terminate_backend($1)', [pid]);
    // The error arrives while no statement runs; an unhandled 'error' event would end this test process here.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(request.query('SELECT 1')).rejects.toThrow();
    await request.finish().catch(() => undefined);

    const next = app.forRequest(actor);
    const other = (await next.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]!.pid;
    expect(other).not.toBe(pid);
    await next.finish();
  });

  it('plans with random reads priced for memory and SSD, on the application role and the owner alike', async () => {
    // With the default (4) the per-provider pages walked the primary key instead of (provider_id, id).
    const request = app.forRequest(actor);
    const setting = await request.query('SHOW random_page_cost').finally(() => request.finish());
    expect(setting).toEqual([{ random_page_cost: '1.1' }]);
    expect(await owner.query('SHOW random_page_cost')).toEqual([{ random_page_cost: '1.1' }]);
  });

  it('prepares statements once per connection, except those marked to be planned for their values on every call', async () => {
    const reused = 'SELECT $1::int + 1 AS n';
    const perCall = plannedPerCall('SELECT $1::int + 2 AS n');
    const request = app.forRequest(actor);
    expect(await request.query<{ n: number }>(reused, [1])).toEqual([{ n: 2 }]);
    expect(await request.query<{ n: number }>(perCall, [1])).toEqual([{ n: 3 }]);
    const prepared = await request.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
    expect(prepared.map((p) => p.statement)).toContain(reused);
    expect(prepared.map((p) => p.statement)).not.toContain(perCall);
    await request.finish();
  });

  it('writes what its finish hooks ask when it finishes, and asks nothing when it is aborted', async () => {
    const finished = app.forRequest(actor);
    finished.onFinish(() => ({ text: 'INSERT INTO finish_probe VALUES ($1)', params: [1] }));
    finished.onFinish(() => null);
    await finished.query('SELECT 1');
    await finished.finish();
    expect(await owner.query('SELECT n FROM finish_probe WHERE n = 1')).toEqual([{ n: 1 }]);

    const aborted = app.forRequest(actor);
    aborted.onFinish(() => {
      throw new Error('must not be asked');
    });
    await aborted.query('SELECT 1');
    aborted.abort();
    expect(await owner.query('SELECT count(*)::int AS n FROM finish_probe')).toEqual([{ n: 1 }]);
  });

  it("writes a read-only request's finish statements in a transaction of their own, with its BEGIN and COMMIT, in one round trip", async () => {
    const reader = app.forRequest({ ...actor, userId: 7, role: 'PROVIDER_REP', requestId: 'finish-read-only' }, true);
    reader.onFinish(() => ({ text: 'INSERT INTO finish_probe VALUES ($1)', params: [2] }));
    expect(await reader.query<{ readOnly: string }>(`SELECT current_setting('transaction_read_only') AS "readOnly"`)).toEqual([{ readOnly: 'on' }]);
    const before = { statements: app.statements, roundTrips: app.roundTrips };
    await reader.finish();
    // The read-only transaction's COMMIT with the new BEGIN and its settings, the write, its COMMIT.
    expect({ statements: app.statements - before.statements, roundTrips: app.roundTrips - before.roundTrips }).toEqual({ statements: 3, roundTrips: 1 });
    expect(await owner.query('SELECT n FROM finish_probe WHERE n = 2')).toEqual([{ n: 2 }]);
    const [open] = await app.query<{ open: number }>(`SELECT count(*)::int AS open FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND datname = current_database()`);
    expect(open!.open).toBe(0);
  });

  it('fails to finish when a finish statement fails, and keeps nothing of it', async () => {
    const request = app.forRequest(actor);
    request.onFinish(() => ({ text: 'INSERT INTO finish_probe VALUES ($1), ($2)', params: [3, null] }));
    await request.query('SELECT 1');
    const before = await owner.query('SELECT n FROM finish_probe ORDER BY n');
    await expect(request.finish()).rejects.toMatchObject({ code: '23502' });
    expect(await owner.query('SELECT n FROM finish_probe ORDER BY n')).toEqual(before);
    // The pool's one connection still serves.
    const next = app.forRequest(actor);
    expect(await next.query<{ n: number }>('SELECT 4 AS n')).toEqual([{ n: 4 }]);
    await next.finish();
  });
});

/** Behind a pooler in transaction mode a server connection passes to another client between transactions. */
describe('nothing of a request stays on its connection', () => {
  const regisseur: Actor = { userId: 7, role: 'REGISSEUR', providerId: null, municipalityId: 3, requestId: 'local-settings-test' };
  const settingsSql = `SELECT current_setting('app.user_id', true) AS "userId", current_setting('app.role', true) AS role,
    current_setting('app.request_id', true) AS "requestId", current_setting('statement_timeout') AS timeout`;

  it('sets the actor local to the request transaction, gone once the request is over', async () => {
    const request = app.forRequest(regisseur);
    expect(await request.query(settingsSql)).toEqual([{ userId: '7', role: 'REGISSEUR', requestId: 'local-settings-test', timeout: '15s' }]);
    await request.finish();
    // The pool has one connection: this statement runs on the one the request had, outside any request.
    const [after] = await app.query<{ userId: string | null; role: string | null; requestId: string | null }>(settingsSql);
    expect([after!.userId ?? '', after!.role ?? '', after!.requestId ?? '']).toEqual(['', '', '']);
    const [open] = await app.query<{ open: number }>(`SELECT count(*)::int AS open FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND datname = current_database()`);
    expect(open!.open).toBe(0);
  });

  it('goes on after a failed statement, in a new transaction with the same settings', async () => {
    const request = app.forRequest(regisseur);
    await expect(request.query('SELECT 1 / 0')).rejects.toThrow(/division by zero/);
    expect(await request.query<{ role: string }>(`SELECT current_setting('app.role') AS role`)).toEqual([{ role: 'REGISSEUR' }]);
    await request.finish();
  });

  it('sends reads asked together (the loaders of one level) in one round trip, each with the settings', async () => {
    const request = app.forRequest(regisseur);
    await request.query('SELECT 1');
    const before = { statements: app.statements, roundTrips: app.roundTrips };
    const answers = await Promise.all([
      request.query<{ role: string }>(`SELECT current_setting('app.role') AS role`),
      request.query<{ n: number }>('SELECT $1::int AS n', [2]),
      request.query<{ userId: string }>(`SELECT current_setting('app.user_id') AS "userId"`),
    ]);
    expect(answers).toEqual([[{ role: 'REGISSEUR' }], [{ n: 2 }], [{ userId: '7' }]]);
    expect({ statements: app.statements - before.statements, roundTrips: app.roundTrips - before.roundTrips }).toEqual({ statements: 3, roundTrips: 1 });
    await request.finish();
  });

  it('sends the reads of heavy work one at a time, so that other requests are served between them', async () => {
    const request = app.forRequest(regisseur);
    expect(await request.tryHeavySlot(1, null)).toBe(true);
    const before = { statements: app.statements, roundTrips: app.roundTrips };
    const answers = await Promise.all([1, 2, 3].map((n) => request.query<{ n: number }>('SELECT $1::int AS n', [n])));
    expect(answers).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }]]);
    expect({ statements: app.statements - before.statements, roundTrips: app.roundTrips - before.roundTrips }).toEqual({ statements: 3, roundTrips: 3 });
    await request.finish();
  });

  it('runs the reads sent behind a failed one again, after the rollback, in a new transaction with the settings', async () => {
    const request = app.forRequest(regisseur);
    await request.query('SELECT 1');
    const [first, failed, second, third] = await Promise.allSettled([
      request.query<{ n: number }>('SELECT 1 AS n'),
      request.query('SELECT 1 / 0'),
      request.query<{ role: string }>(`SELECT current_setting('app.role') AS role`),
      request.query<{ userId: string }>(`SELECT current_setting('app.user_id') AS "userId"`),
    ]);
    expect(first).toEqual({ status: 'fulfilled', value: [{ n: 1 }] });
    expect(failed.status === 'rejected' && String(failed.reason)).toMatch(/division by zero/);
    expect(second).toEqual({ status: 'fulfilled', value: [{ role: 'REGISSEUR' }] });
    expect(third).toEqual({ status: 'fulfilled', value: [{ userId: '7' }] });
    // The request goes on, and leaves no transaction open behind it.
    expect(await request.query<{ n: number }>('SELECT 3 AS n')).toEqual([{ n: 3 }]);
    await request.finish();
    const [open] = await owner.query<{ open: number }>(
      `SELECT count(*)::int AS open FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND datname = current_database()`,
    );
    expect(open!.open).toBe(0);
  });

  it('holds a heavy slot as a transaction lock, free for the next request once the request is over', async () => {
    const first = app.forRequest(regisseur);
    let released = false;
    expect(await first.tryHeavySlot(1, 1234, () => (released = true))).toBe(true);
    expect(await first.query(`SELECT current_setting('statement_timeout') AS timeout`)).toEqual([{ timeout: '1234ms' }]);
    const [held] = await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`);
    expect(held!.n).toBe(1);
    await first.finish();
    const second = app.forRequest(regisseur);
    expect(await second.tryHeavySlot(1, null)).toBe(true);
    expect(released).toBe(true);
    await second.finish();
  });

  it('sends statements unnamed when prepared statements are off', async () => {
    const unprepared = Database.connect(database.url, { poolSize: 1, actAs: APP_ROLE, preparedStatements: false });
    try {
      const request = unprepared.forRequest(actor);
      expect(await request.query<{ n: number }>('SELECT $1::int + 5 AS n', [1])).toEqual([{ n: 6 }]);
      expect(await request.query('SELECT statement FROM pg_prepared_statements')).toEqual([]);
      await request.finish();
    } finally {
      await unprepared.end();
    }
  });
});

/** A GraphQL query: once its user is known its transaction is read-only, and a transaction that wrote nothing commits after the answer. */
describe('a request that only reads', () => {
  let subject: { userId: number; version: number };
  const idleInTransaction = async (): Promise<number> => {
    const [open] = await owner.query<{ open: number }>(`SELECT count(*)::int AS open FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND datname = current_database()`);
    return open!.open;
  };
  const untilIdle = async (): Promise<void> => {
    for (let i = 0; app.pool.idleCount === 0; i++) {
      if (i > 200) throw new Error('the connection did not come back');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  beforeAll(async () => {
    subject = await regisseurOfNewMunicipality('GM9101', 'lezer@test.example');
  });

  it('turns read-only with its user, refuses a write, and leaves its COMMIT to the next message on its connection', async () => {
    const request = app.forRequest(actor, true);
    expect((await request.authenticate(subject))?.id).toBe(subject.userId);
    expect(await request.query(`SELECT current_setting('transaction_read_only') AS ro`)).toEqual([{ ro: 'on' }]);
    await expect(request.query('CREATE TEMP TABLE written (n int)')).rejects.toMatchObject({ code: '25006' });
    // The failed statement ended that transaction; the next one is read-only from its BEGIN.
    expect(await request.query(`SELECT current_setting('transaction_read_only') AS ro`)).toEqual([{ ro: 'on' }]);
    const before = app.statements;
    await request.finish();
    // The COMMIT is counted as the request's; it has not been sent: the connection goes back with its transaction open.
    expect(app.statements - before).toBe(1);
    await untilIdle();
    expect(await idleInTransaction()).toBe(1);
    // Nobody takes the connection: its COMMIT goes on its own, soon.
    await new Promise((resolve) => setTimeout(resolve, DEFERRED_COMMIT_MS + 100));
    expect(await idleInTransaction()).toBe(0);
  });

  it("sends the owed COMMIT at the front of the next request's first message: that one runs with its own settings", async () => {
    const first = app.forRequest(actor, true);
    await first.authenticate(subject);
    // now() is the start of the current transaction.
    const [before] = await first.query<{ pid: number; started: Date }>('SELECT pg_backend_pid() AS pid, now() AS started');
    await first.finish();
    await untilIdle();

    const second = app.forRequest({ ...actor, requestId: 'second-request' });
    const [seen] = await second
      .query<{ pid: number; started: Date; requestId: string; user: string | null }>(
        `SELECT pg_backend_pid() AS pid, now() AS started, current_setting('app.request_id') AS "requestId",
                nullif(current_setting('app.user_id', true), '') AS user`,
      )
      .finally(() => second.finish());
    // The same connection, a new transaction, the second request's settings and none of the first's user.
    expect(seen!.pid).toBe(before!.pid);
    expect(seen!.started.getTime()).toBeGreaterThan(before!.started.getTime());
    expect({ requestId: seen!.requestId, user: seen!.user }).toEqual({ requestId: 'second-request', user: null });
    await new Promise((resolve) => setTimeout(resolve, DEFERRED_COMMIT_MS + 100));
    expect(await idleInTransaction()).toBe(0);
  });

  it('commits at once when the request is aborted: a statement may still be settling (a heavy slot just taken)', async () => {
    const request = app.forRequest(actor, true);
    await request.authenticate(subject);
    await request.query('SELECT 1');
    request.abort();
    await untilIdle();
    expect(await idleInTransaction()).toBe(0);
  });

  it("never runs a statement outside a request inside a request's transaction left open", async () => {
    const request = app.forRequest(actor, true);
    await request.authenticate(subject);
    await request.query('SELECT 1');
    await request.finish();
    await untilIdle();
    expect(await idleInTransaction()).toBe(1);
    // Database.query takes the same (only) connection: the COMMIT goes first, so this runs in no transaction of the request.
    const [outside] = await app.query<{ user: string | null; ro: string }>(
      `SELECT nullif(current_setting('app.user_id', true), '') AS user, current_setting('transaction_read_only') AS ro`,
    );
    expect(outside).toEqual({ user: null, ro: 'off' });
    expect(await idleInTransaction()).toBe(0);
    // And a transaction outside a request is not read-only.
    expect(await app.transaction(actor, (tx) => tx.query(`SELECT current_setting('transaction_read_only') AS ro`))).toEqual([{ ro: 'off' }]);
  });

  it('writes in a transaction of its own, and its finish hooks (the access log) commit before it answers', async () => {
    const request = app.forRequest(actor, true);
    await request.authenticate(subject);
    expect(await request.transaction((tx) => tx.query(`SELECT current_setting('transaction_read_only') AS ro`))).toEqual([{ ro: 'off' }]);
    await request.query('SELECT 1');
    request.onFinish(() => ({ text: 'INSERT INTO finish_probe VALUES ($1)', params: [10] }));
    await request.finish();
    expect(await owner.query('SELECT n FROM finish_probe WHERE n = 10')).toEqual([{ n: 10 }]);
    await untilIdle();
  });

  it('stays writable for a request that may write (a mutation)', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    expect(await request.query(`SELECT current_setting('transaction_read_only') AS ro`)).toEqual([{ ro: 'off' }]);
    await request.finish();
    await untilIdle();
  });
});

/** onlyReads: which statements leave the request's transaction as a write may continue it. */
describe('onlyReads', () => {
  it.each([
    ['SELECT a.id, a.version FROM arrangement a WHERE a.id = ANY($1::bigint[])', true],
    ['  with x AS (SELECT count(*) FROM report) SELECT coalesce(sum(n), 0) FROM x', true],
    ['SELECT json_agg(r) FROM (SELECT id FROM t WHERE id IN ($1, $2)) r', true],
    ['SELECT updated_at, created_at FROM arrangement WHERE id = $1', true],
    ['INSERT INTO t VALUES (1)', false],
    ['WITH d AS (DELETE FROM t RETURNING id) SELECT id FROM d', false],
    ['SELECT id FROM arrangement WHERE id = $1 FOR UPDATE', false],
    ['SELECT id FROM arrangement WHERE id = $1 FOR KEY SHARE', false],
    ["SELECT set_config('app.role', 'X', true)", false],
    ['SELECT app_session_touch($1)', false],
    ["SELECT nextval('arrangement_id_seq')", false],
    ['SELECT pg_try_advisory_xact_lock(1, 2)', false],
    ['SELECT some_function_we_do_not_know($1)', false],
    ['CREATE TEMP TABLE t (n int)', false],
  ])('%s → %s', (text, expected) => {
    expect(onlyReads(text)).toBe(expected);
  });
});

/** A write's last statement has its COMMIT pipelined behind it (queryLast): one round trip; a failure still rolls back all of it. */
describe("a write's last statement", () => {
  let subject: { userId: number; version: number };
  const rows = (n: number) => owner.query<{ n: number; note: string | null }>('SELECT n, note FROM last_write WHERE n = $1', [n]);

  beforeAll(async () => {
    subject = await regisseurOfNewMunicipality('GM9103', 'laatste@test.example');
    await owner.query(`CREATE TABLE last_write (n int NOT NULL, note text)`);
    await owner.query(`GRANT SELECT, INSERT ON last_write TO ${APP_ROLE}`);
    await owner.query(`CREATE TABLE last_write_deferred (n int UNIQUE DEFERRABLE INITIALLY DEFERRED)`);
    await owner.query(`GRANT SELECT, INSERT ON last_write_deferred TO ${APP_ROLE}`);
  });

  it('is sent with the COMMIT behind it, one round trip, and the write is visible to others before the request ends', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    await request.query('SELECT 1');
    const before = { statements: app.statements, roundTrips: app.roundTrips };
    const written = await request.transaction((tx) =>
      tx.queryLast(`INSERT INTO last_write (n, note) VALUES ($1, $2) RETURNING n, note, current_setting('app.role') AS role`, [1, 'x']),
    );
    expect(written).toEqual([{ n: 1, note: 'x', role: 'REGISSEUR' }]);
    // Two statements (the INSERT and the COMMIT), one round trip.
    expect({ statements: app.statements - before.statements, roundTrips: app.roundTrips - before.roundTrips }).toEqual({ statements: 2, roundTrips: 1 });
    expect(await rows(1)).toEqual([{ n: 1, note: 'x' }]);
    await request.finish();
  });

  it('is pipelined with its parameters also where statements are not prepared', async () => {
    const unprepared = Database.connect(database.url, { poolSize: 1, actAs: APP_ROLE, preparedStatements: false });
    try {
      const request = unprepared.forRequest(actor);
      await request.authenticate(subject);
      const before = unprepared.roundTrips;
      expect(await request.transaction((tx) => tx.queryLast('INSERT INTO last_write (n, note) VALUES ($1, $2) RETURNING n', [12, "it's"]))).toEqual([{ n: 12 }]);
      expect(unprepared.roundTrips - before).toBe(1);
      expect(await request.query('SELECT statement FROM pg_prepared_statements')).toEqual([]);
      await request.finish();
      expect(await rows(12)).toEqual([{ n: 12, note: "it's" }]);
    } finally {
      await unprepared.end();
    }
  });

  it('rolls back the whole write when the last statement fails: the COMMIT behind it ends the aborted transaction', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    const failed = request.transaction(async (tx) => {
      await tx.query('INSERT INTO last_write (n) VALUES ($1)', [2]);
      return tx.queryLast('INSERT INTO last_write (n) VALUES ($1)', [null]);
    });
    await expect(failed).rejects.toMatchObject({ code: '23502' });
    expect(await rows(2)).toEqual([]);
    // The request goes on in a transaction of its own, with its settings.
    expect(await request.query(`SELECT current_setting('app.role') AS role`)).toEqual([{ role: 'REGISSEUR' }]);
    await request.finish();
  });

  it('fails, and leaves nothing behind, when the COMMIT fails', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    const failed = request.transaction(async (tx) => {
      await tx.query('INSERT INTO last_write_deferred (n) VALUES (1)');
      return tx.queryLast('INSERT INTO last_write_deferred (n) VALUES ($1) RETURNING n', [1]);
    });
    // The unique check is deferred to the COMMIT: the statement succeeds, its COMMIT does not.
    await expect(failed).rejects.toMatchObject({ code: '23505' });
    expect(await owner.query('SELECT n FROM last_write_deferred')).toEqual([]);
    expect(await request.query(`SELECT current_setting('app.role') AS role`)).toEqual([{ role: 'REGISSEUR' }]);
    await request.finish();
  });

  it('runs a statement after it in a transaction of its own, with the settings, which a failed outcome rolls back', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    const outcome = await request.transaction(async (tx) => {
      await tx.queryLast('INSERT INTO last_write (n) VALUES ($1)', [3]);
      const [after] = await tx.query<{ role: string }>(`INSERT INTO last_write (n) VALUES (4) RETURNING current_setting('app.role') AS role`);
      return { ok: false, role: after!.role };
    });
    expect(outcome).toEqual({ ok: false, role: 'REGISSEUR' });
    expect([await rows(3), await rows(4)]).toEqual([[{ n: 3, note: null }], []]);
    await request.finish();
  });
});

/** A request that may write: its first write continues the transaction its token check opened, when that only read. */
describe('a write that continues the request transaction', () => {
  let subject: { userId: number; version: number };
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

  beforeAll(async () => {
    subject = await regisseurOfNewMunicipality('GM9102', 'schrijver@test.example');
  });

  it("sets the transaction's own settings with the token check, and by themselves when the token finds no user", async () => {
    const settings = `SELECT current_setting('statement_timeout') AS timeout, current_setting('random_page_cost') AS cost`;
    const known = app.forRequest(actor);
    expect(await known.authenticate(subject)).not.toBeNull();
    expect(await known.query(settings)).toEqual([{ timeout: '15s', cost: '1.1' }]);
    await known.finish();
    const stale = app.forRequest(actor);
    expect(await stale.authenticate({ ...subject, version: subject.version + 1 })).toBeNull();
    expect(await stale.query(settings)).toEqual([{ timeout: '15s', cost: '1.1' }]);
    await stale.finish();
  });

  it('continues after reads, one statement less, and commits the write', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    const [read] = await request.query<{ started: Date }>('SELECT now() AS started');
    await pause();
    const before = app.statements;
    const [inside] = await request.transaction((tx) => tx.query<{ started: Date; role: string }>(`SELECT now() AS started, current_setting('app.role') AS role`));
    // The work ran in the transaction of the read (now() is its start), with the user's settings; then COMMIT alone.
    expect(inside).toEqual({ started: read!.started, role: 'REGISSEUR' });
    expect(app.statements - before).toBe(2);
    const [after] = await request.query<{ started: Date }>('SELECT now() AS started');
    expect(after!.started.getTime()).toBeGreaterThan(read!.started.getTime());
    await request.finish();
  });

  it('rolls back only the write when it fails, and the request reads on in a new transaction', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    await request.query('SELECT 1');
    const outcome = await request.transaction(async (tx) => {
      await tx.query(`CREATE TEMP TABLE continued (n int)`);
      return { ok: false };
    });
    expect(outcome).toEqual({ ok: false });
    expect(await request.query<{ found: string | null; role: string }>(`SELECT to_regclass('continued')::text AS found, current_setting('app.role') AS role`)).toEqual([
      { found: null, role: 'REGISSEUR' },
    ]);
    await request.finish();
  });

  it('gets a transaction of its own after a statement that changed something: what that changed is committed, not continued', async () => {
    const request = app.forRequest(actor);
    await request.authenticate(subject);
    await request.query(`SELECT set_config('app.marker', 'read', true)`);
    const before = app.statements;
    const [inside] = await request.transaction((tx) => tx.query<{ marker: string }>(`SELECT current_setting('app.marker', true) AS marker`));
    expect(inside).toEqual({ marker: '' });
    expect(app.statements - before).toBe(3);
    await request.finish();
  });
});
