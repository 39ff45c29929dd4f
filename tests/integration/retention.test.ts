import type { Client } from 'pg';
import type { Queryable } from '../../api/src/db/database';
import path from 'node:path';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { loadConfig } from '../../api/src/config';
import { anonymiseClient, callAnonymise } from '../../api/src/modules/retention/anonymise';
import { RETENTION_TASK, retentionTask } from '../../api/src/modules/retention/retention.job';
import { JOB_KINDS, retentionCutoff, type RetentionKind } from '../../api/src/modules/retention/retention.rules';
import { silentLogger } from '../../api/src/shared/logger';
import { dailyJobKey } from '../../api/src/jobs/daily';
import { startWorker } from '../../api/src/jobs/worker';
import { nextDailyRun } from '../../api/src/modules/notification/notification.rules';
import { appRoleClient } from '../support/app-role';
import { Child } from '../support/processes';
import { gid, startTestApp, type TestApp } from '../support/test-app';

/**
 * Erasure of one client and the retention schedule, on the real database: what goes, what stays (counts, hours, money,
 * the figures of past years), the record of each run, and who may not do it (nothing changed).
 */
let t: TestApp;

const FIGURES = `arrangements { active new ended } uniqueResidents costCents hoursDelivered averageWaitingDays withNetworkPlan
  goalAttainment { achieved partly notAchieved }`;
const OVERVIEW = `query ($period: PeriodInput!) { overview(period: $period) { ${FIGURES}
  byProvider { provider { name } ${FIGURES} } series(interval: MONTH) { periodStart ${FIGURES} } } }`;
const OUTCOME_FIGURES = `started ended earlyEndings medianWaitingDays medianDurationDays reRequests reRequestRate reRequestWindowsClosed
  goalAttainment { achieved partly notAchieved }`;
const OUTCOMES = `query ($period: PeriodInput!) { transformationOutcomes(period: $period) { total { ${OUTCOME_FIGURES} }
  byProvider { provider { name } figures { ${OUTCOME_FIGURES} } } } }`;
const YEARS = { from: '2024-01-01', to: '2026-12-31' };

/** Every figure a regisseur reads over the years of the data, and the database's own summaries. */
async function figures(period: { from: string; to: string } = YEARS): Promise<unknown> {
  const regisseur = await t.as('regisseur');
  const overview = await regisseur(OVERVIEW, { period });
  expect(overview.errors).toBeUndefined();
  const outcomes = await regisseur(OUTCOMES, { period });
  expect(outcomes.errors).toBeUndefined();
  const summary = await t.db.query(`SELECT * FROM report_summary ORDER BY 1, 2, 3, 4`);
  const arrangements = await t.db.query(
    `SELECT id, provider_id, status, product_category, requested_on::text, starts_on::text, ended_on::text, hours_per_week::text,
            planned_cost_cents::text, realised_cost_cents::text FROM arrangement ORDER BY id`,
  );
  const reports = await t.db.query(
    `SELECT id, arrangement_id, period_start::text, period_end::text, hours_delivered::text, cost_cents::text FROM arrangement_report ORDER BY id`,
  );
  return { overview: overview.data, outcomes: outcomes.data, summary, arrangements, reports };
}

async function arrangement(
  providerId: number,
  clientKey: string,
  dates: { requestedOn: string; startsOn: string; endedOn?: string },
  goals: string[] = ['Zelf boodschappen doen'],
): Promise<number> {
  const [row] = await t.db.query<{ id: number }>(
    `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, ended_on, end_reason,
                              goal_attainment, hours_per_week, planned_cost_cents, goals)
     VALUES ($1, $2, $3, $4, 'INDIVIDUAL', 'BEGELEIDING', $5, $6, $7, $8, $9, 3, 20000, $10) RETURNING id`,
    [
      t.fixture.municipalityId,
      providerId,
      clientKey,
      dates.endedOn ? 'ENDED' : 'ACTIVE',
      dates.requestedOn,
      dates.startsOn,
      dates.endedOn ?? null,
      dates.endedOn ? 'OTHER' : null,
      dates.endedOn ? 'ACHIEVED' : null,
      goals,
    ],
  );
  return row!.id;
}

async function report(arrangementId: number, providerId: number, start: string, end: string, remarks: string | null): Promise<void> {
  await t.db.query(
    `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, remarks, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, 6.5, 4321, $6, $7)`,
    [t.fixture.municipalityId, arrangementId, providerId, start, end, remarks, t.fixture.users.repCare],
  );
}

/** Everything that names a client: the data the erasure must reach. */
async function clientWithEverything(providerId: number, key: string): Promise<number[]> {
  const { municipalityId, users } = t.fixture;
  const first = await arrangement(providerId, key, { requestedOn: '2024-02-01', startsOn: '2024-02-12', endedOn: '2024-11-30' });
  const second = await arrangement(providerId, key, { requestedOn: '2025-03-03', startsOn: '2025-03-10' });
  await report(first, providerId, '2024-02-12', '2024-02-29', `Gesprek met ${key} over de buren`);
  await report(first, providerId, '2024-03-01', '2024-03-31', null);
  await report(second, providerId, '2025-03-10', '2025-03-31', 'Gaat goed');
  await t.db.query(
    `INSERT INTO arrangement_network_plan (municipality_id, arrangement_id, provider_id, conference_held_on, participants_count, coordinator,
        plan_summary, decisions_of_network, professional_role, recorded_by_user_id)
     VALUES ($1, $2, $3, '2025-03-20', 4, 'Buurvrouw Jansen', 'Samen koken op dinsdag', ARRAY['Dochter doet de boodschappen'], 'Wijkcoach', $4)`,
    [municipalityId, second, providerId, users.repCare],
  );
  const waiting = await arrangement(providerId, key, { requestedOn: '2026-05-01', startsOn: '2026-07-01' });
  await t.db.query(
    `INSERT INTO waiting_list_entry (municipality_id, arrangement_id, provider_id, priority, note, updated_by_user_id)
     VALUES ($1, $2, $3, 'HIGH', 'Belt liever na vijf uur', $4)`,
    [municipalityId, waiting, providerId, users.repCare],
  );
  // A change after the fact, so the audit log holds the key in a before value too.
  await t.db.query(`UPDATE arrangement SET hours_per_week = 4 WHERE id = $1`, [second]);
  await t.db.query(`UPDATE arrangement SET hours_per_week = 3 WHERE id = $1`, [second]);
  return [first, second, waiting];
}

/** Where the key is still written anywhere the erasure reaches. */
async function traces(key: string): Promise<Record<string, number>> {
  const [row] = await t.db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM arrangement WHERE client_key = $1)::int AS arrangement,
            (SELECT count(*) FROM audit_log WHERE strpos(COALESCE(before::text, '') || COALESCE(after::text, ''), $1) > 0)::int AS audit,
            (SELECT count(*) FROM arrangement_report WHERE strpos(COALESCE(remarks, ''), $1) > 0)::int AS reports`,
    [key],
  );
  return row!;
}

/** A transaction as the application role with a request's actor settings, as the API's own connection has them. */
async function asApp<T>(
  settings: { role: string; userId: number | null; providerId?: number | null },
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  const client: Client = appRoleClient(t);
  await client.connect();
  const tx: Queryable = { query: async (text, params) => (await client.query(text, params as unknown[])).rows as never[] };
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.role', $1, true), set_config('app.municipality_id', $2, true), set_config('app.provider_id', $3, true),
              set_config('app.user_id', $4, true), set_config('app.request_id', 'test-request', true)`,
      [
        settings.role,
        String(t.fixture.municipalityId),
        settings.providerId ? String(settings.providerId) : '',
        settings.userId ? String(settings.userId) : '',
      ],
    );
    const result = await work(tx);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

/** A fingerprint of every row the anonymisation could touch: equal before and after a refused call. */
async function snapshot(): Promise<string> {
  const [row] = await t.db.query<{ s: string }>(
    `SELECT md5(concat_ws('|',
       (SELECT string_agg(a::text, ',' ORDER BY id) FROM arrangement a),
       (SELECT string_agg(r::text, ',' ORDER BY id) FROM arrangement_report r),
       (SELECT string_agg(p::text, ',' ORDER BY id) FROM arrangement_network_plan p),
       (SELECT string_agg(w::text, ',' ORDER BY id) FROM waiting_list_entry w),
       (SELECT string_agg(l::text, ',' ORDER BY id) FROM audit_log l),
       (SELECT count(*)::text FROM privacy_run))) AS s`,
  );
  return row!.s;
}

beforeAll(async () => {
  t = await startTestApp({ env: { SUPPRESSION_THRESHOLD: '1' } });
});

afterAll(async () => {
  await t.close();
});

describe('erasure of one client', () => {
  it("removes the client's key and free text everywhere, keeps the figures, and records the run", async () => {
    const { providers, users } = t.fixture;
    const erased = await clientWithEverything(providers.care, 'K-ERASE-1');
    const kept = await clientWithEverything(providers.care, 'K-KEEP-1');
    // The same key at another provider is another resident: not theirs to erase.
    const elsewhere = await arrangement(providers.welfare, 'K-ERASE-1', { requestedOn: '2025-01-06', startsOn: '2025-01-13' });
    const before = await figures();
    // Figures that would move if the client's arrangements got a marker each, or lost hours or money.
    expect(before).toMatchObject({
      overview: { overview: { uniqueResidents: 3, arrangements: { active: 7 } } },
      outcomes: { transformationOutcomes: { total: { started: 7, ended: 2 } } },
    });
    expect((await traces('K-ERASE-1')).arrangement).toBe(4);

    const counts = await asApp({ role: 'REGISSEUR', userId: users.regisseur }, (tx) =>
      anonymiseClient(tx, {
        municipalityId: t.fixture.municipalityId,
        providerId: providers.care,
        clientKey: 'K-ERASE-1',
        reason: 'Verzoek tot verwijdering 2026-17',
      }),
    );
    expect(counts).toMatchObject({ arrangement: 3, arrangement_report: 2, arrangement_network_plan: 1, waiting_list_entry: 1 });
    expect(counts.audit_log).toBeGreaterThan(5);

    expect(await figures()).toEqual(before);
    // Only the welfare provider's resident with the same key is left.
    expect(await traces('K-ERASE-1')).toEqual({ arrangement: 1, audit: 1, reports: 0 });
    const rows = await t.db.query<{ id: number; clientKey: string; goals: string[] }>(
      `SELECT id, client_key AS "clientKey", goals FROM arrangement WHERE id = ANY($1) ORDER BY id`,
      [[...erased, elsewhere]],
    );
    const markers = new Set(rows.slice(0, 3).map((r) => r.clientKey));
    // One marker for the client's arrangements (distinct clients still count alike), random and unlinkable.
    expect(markers.size).toBe(1);
    expect([...markers][0]).toMatch(/^ANON-[0-9a-f-]{36}$/);
    expect(rows.slice(0, 3).every((r) => r.goals.length === 0)).toBe(true);
    expect(rows[3]).toMatchObject({ clientKey: 'K-ERASE-1' });
    const [plan] = await t.db.query(
      `SELECT coordinator, plan_summary, decisions_of_network, participants_count FROM arrangement_network_plan WHERE arrangement_id = $1`,
      [erased[1]],
    );
    expect(plan).toEqual({ coordinator: '-', plan_summary: '-', decisions_of_network: [], participants_count: 4 });
    const [entry] = await t.db.query(`SELECT note, priority FROM waiting_list_entry WHERE arrangement_id = $1`, [erased[2]]);
    expect(entry).toEqual({ note: null, priority: 'HIGH' });
    expect(
      await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE strpos(COALESCE(before::text, '') || COALESCE(after::text, ''), 'Buurvrouw Jansen') > 0`,
      ),
    ).toEqual([{ n: 1 }]);
    // The other client keeps everything.
    expect(await traces('K-KEEP-1')).toMatchObject({ arrangement: 3, reports: 1 });
    expect(kept).toHaveLength(3);

    // The run's record: who, what, why and how much, without the key; and its audit row.
    const [run] = await t.db.query(`SELECT * FROM privacy_run WHERE scope = 'CLIENT' ORDER BY id DESC LIMIT 1`);
    expect(run).toMatchObject({
      provider_id: providers.care,
      user_id: users.regisseur,
      role: 'REGISSEUR',
      reason: 'Verzoek tot verwijdering 2026-17',
      request_id: 'test-request',
    });
    expect(run!.finished_at).not.toBeNull();
    expect(run!.counts).toEqual(counts);
    expect(JSON.stringify(run)).not.toContain('K-ERASE-1');
    const [audit] = await t.db.query<{ userId: number; after: { counts: unknown } }>(
      `SELECT user_id AS "userId", after FROM audit_log WHERE table_name = 'privacy_run' AND entity_id = $1`,
      [run!.id],
    );
    expect(audit).toMatchObject({ userId: users.regisseur, after: { counts } });

    // The audit trail still reads, with the marker in place of the key.
    const trail = await (
      await t.as('regisseur')
    )(`query ($id: ID!) { auditTrail(entityId: $id, first: 50) { edges { node { __typename } } } }`, { id: gid('Arrangement', erased[1]!) });
    expect(trail.errors).toBeUndefined();
  });

  it('is refused to every other role, to other scopes and to direct writes of the application role: nothing changes', async () => {
    const { providers, users } = t.fixture;
    await clientWithEverything(providers.care, 'K-REFUSE-1');
    const before = await snapshot();
    const input = { municipalityId: t.fixture.municipalityId, providerId: providers.care, clientKey: 'K-REFUSE-1', reason: 'test' };
    const refusals: [string, number | null, number | null][] = [
      ['PROVIDER_REP', users.repCare, providers.care],
      ['ANALYST', users.analyst, null],
      ['ADMIN', users.admin, null],
      ['CLIENT_COUNCIL', users.council, null],
      ['RESIDENT', users.resident, null],
      // The role setting alone is not enough: the user must be an active regisseur of the municipality.
      ['REGISSEUR', users.analyst, null],
      ['REGISSEUR', null, null],
    ];
    for (const [role, userId, providerId] of refusals) {
      await expect(asApp({ role, userId, providerId }, (tx) => anonymiseClient(tx, input))).rejects.toThrow(/refused/);
    }
    // A regisseur, but not for the whole schedule nor for another municipality.
    await expect(
      asApp({ role: 'REGISSEUR', userId: users.regisseur }, (tx) => callAnonymise(tx, 'AUDIT_LOG', { cutoff: new Date(), limit: 10 })),
    ).rejects.toThrow(/refused/);
    await expect(
      asApp({ role: 'REGISSEUR', userId: users.regisseur }, (tx) => anonymiseClient(tx, { ...input, municipalityId: 999999 })),
    ).rejects.toThrow(/refused/);
    // Writing the append-only tables itself, also with the run's flag set by hand.
    for (const sql of [
      `UPDATE audit_log SET before = NULL`,
      `DELETE FROM audit_log`,
      `UPDATE arrangement_report SET remarks = NULL`,
      `DELETE FROM arrangement_report`,
      `UPDATE access_log SET user_id = user_id`,
      `UPDATE privacy_run SET counts = '{}'`,
      `DELETE FROM privacy_run`,
      `INSERT INTO privacy_run (scope) VALUES ('CLIENT')`,
    ]) {
      await expect(asApp({ role: 'REGISSEUR', userId: users.regisseur }, (tx) => tx.query(sql))).rejects.toThrow(/permission denied|append-only/);
      await expect(
        asApp({ role: 'REGISSEUR', userId: users.regisseur }, async (tx) => {
          await tx.query(`SELECT set_config('regiekamer.privacy_run', (SELECT COALESCE(max(id), 1)::text FROM privacy_run), true)`);
          return tx.query(sql);
        }),
      ).rejects.toThrow(/permission denied|append-only/);
    }
    // The owner too is held by the guard outside a run.
    await expect(t.db.query(`UPDATE arrangement_report SET remarks = NULL WHERE remarks IS NOT NULL`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`UPDATE audit_log SET before = NULL WHERE id = (SELECT max(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
    expect(await snapshot()).toBe(before);
  });
});

describe('the retention schedule, applied by the daily job', () => {
  const retention = loadConfig({}).worker.retention;
  const now = new Date();
  const DAY = 86_400_000;
  /** Just past the period (a day before the cutoff) and just within it (a day after), as timestamps and as dates. */
  const around = (kind: RetentionKind): { expired: Date; kept: Date; expiredOn: string; keptOn: string } => {
    const cutoff = retentionCutoff(kind, now, retention.periods).getTime();
    const expired = new Date(cutoff - DAY);
    const kept = new Date(cutoff + DAY);
    return { expired, kept, expiredOn: expired.toISOString().slice(0, 10), keptOn: kept.toISOString().slice(0, 10) };
  };
  const cli = path.join(__dirname, '..', '..', 'api', 'dist', 'api', 'src', 'cli', 'retention.js');
  let pool: pg.Pool;
  const ids: Record<string, number> = {};

  async function runCli(flag: string): Promise<{ kind: string; counts: Record<string, number> }[]> {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the api first (npm test does)`);
    const child = Child.start(process.execPath, [cli, flag], { DATABASE_URL: t.database.url, LOG_LEVEL: 'error', DEMO_MODE: 'false' });
    const code = await child.exited;
    expect({ code, output: code === 0 ? '' : child.output.join('\n') }).toEqual({ code: 0, output: '' });
    return child.output.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { kind: string; counts: Record<string, number> });
  }

  /** Everything the job may touch, fingerprinted: equal when nothing changed. */
  async function everything(): Promise<string> {
    const tables = [
      'arrangement',
      'arrangement_report',
      'audit_log',
      'opgave_submission',
      'survey_answer',
      'access_link',
      'login_attempt',
      'user_session',
      'outgoing_message',
      'idempotency_key',
      'notification',
      'privacy_request',
      'privacy_request_document',
      'privacy_run',
    ];
    const parts = await Promise.all(
      tables.map(
        async (table) => (await t.db.query<{ s: string | null }>(`SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) AS s FROM ${table} x`))[0]?.s,
      ),
    );
    return parts.join('|');
  }

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: t.database.url, max: 2 });
    const { municipalityId: m, providers, users } = t.fixture;
    const arr = around('ARRANGEMENT');
    // A client whose only arrangement ended just past seven years ago; one that ended just within; one with an old
    // ended arrangement and another that runs on (the client's retention has not begun).
    const ended = async (key: string, endedOn: string, extra?: string): Promise<number> => {
      const id = await arrangement(providers.volunteer, key, { requestedOn: '2018-01-02', startsOn: '2018-01-08', endedOn }, ['Weer werken']);
      await report(id, providers.volunteer, '2018-01-08', '2018-01-31', `Verslag over ${key}${extra ?? ''}`);
      return id;
    };
    ids.expired = await ended('K-OLD-1', arr.expiredOn);
    ids.kept = await ended('K-RECENT-1', arr.keptOn);
    ids.longAgo = await ended('K-ONGOING-1', '2018-06-30');
    ids.ongoing = await arrangement(providers.volunteer, 'K-ONGOING-1', { requestedOn: '2018-07-01', startsOn: '2018-07-02' });

    const audit = around('AUDIT_LOG');
    for (const [name, at] of [
      ['auditExpired', audit.expired],
      ['auditKept', audit.kept],
    ] as const) {
      const [row] = await t.db.query<{ id: number }>(
        `INSERT INTO audit_log (at, municipality_id, role, table_name, operation, entity_id, before, after)
         VALUES ($1, $2, 'ADMIN', 'app_user', 'UPDATE', $3, '{"email": "oud@voorbeeld.nl", "name": "Oude Naam", "role": "ANALYST"}',
                 '{"email": "nieuw@voorbeeld.nl", "name": "Nieuwe Naam", "role": "ANALYST"}') RETURNING id`,
        [at, m, users.analyst],
      );
      ids[name] = row!.id;
    }

    const contact = around('OPGAVE_CONTACT');
    for (const [name, at] of [
      ['contactExpired', contact.expired],
      ['contactKept', contact.kept],
    ] as const) {
      const [row] = await t.db.query<{ id: number }>(
        `INSERT INTO opgave_submission (municipality_id, title, description, area, contact_email, address_hash, status, decline_reason, decided_by_user_id, decided_at, created_at)
         VALUES ($1, 'Bankjes in het park', 'Er zijn te weinig bankjes.', 'Centrum', 'bewoner@voorbeeld.nl', md5($2), 'DECLINED', 'Valt buiten de regiekamer', $3, $4::timestamptz, $4::timestamptz - interval '1 week')
         RETURNING id`,
        [m, name, users.regisseur, at],
      );
      ids[name] = row!.id;
    }

    const survey = around('SURVEY_ANSWER');
    // An answer counts from the end of its year: the last year whose end is past the period, and the year after.
    const expiredYear = Number(survey.expiredOn.slice(0, 4)) - 1;
    for (const [year, masked] of [
      [expiredYear, 'Mijn begeleider [naam] is fijn'],
      [expiredYear, null],
      [expiredYear + 2, null],
    ] as const) {
      await t.db.query(
        `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores, open_text, masked_text)
         VALUES (gen_random_uuid(), $1, $2, 'BEGELEIDING', $3, '{4,5,3,4,5,4,3,5}', 'Mijn begeleider Piet is fijn', $4)`,
        [m, providers.care, year, masked],
      );
    }

    const link = around('ACCESS_LINK');
    for (const [email, at] of [
      ['oud-link@voorbeeld.nl', link.expired],
      ['nieuw-link@voorbeeld.nl', link.kept],
    ] as const) {
      await t.db.query(
        `INSERT INTO access_link (secret_hash, purpose, municipality_id, email, name, role, created_by_user_id, created_at, expires_at)
         VALUES (sha256(convert_to($1, 'UTF8')), 'INVITATION', $2, $1, 'Genodigde', 'ANALYST', $3, $4::timestamptz - interval '7 days', $4::timestamptz)`,
        [email, m, users.admin, at],
      );
    }
    const attempt = around('LOGIN_ATTEMPT');
    for (const [email, at] of [
      ['oud-poging@voorbeeld.nl', attempt.expired],
      ['nieuw-poging@voorbeeld.nl', attempt.kept],
    ] as const) {
      await t.db.query(`INSERT INTO login_attempt (at, email, address) VALUES ($1, $2, '192.0.2.1')`, [at, email]);
    }
    const session = around('USER_SESSION');
    for (const [secret, at] of [
      ['oud', session.expired],
      ['nieuw', session.kept],
    ] as const) {
      const [row] = await t.db.query<{ id: number }>(
        `INSERT INTO user_session (user_id, municipality_id, secret_hash, token_version, method, created_at, last_seen_at, expires_at, user_agent, address)
         VALUES ($1, $2, sha256(convert_to($3, 'UTF8')), 1, 'PASSWORD', $4::timestamptz - interval '8 hours', $4::timestamptz - interval '8 hours', $4::timestamptz, 'Firefox', '192.0.2.2') RETURNING id`,
        [users.analyst, m, secret, at],
      );
      ids[`session_${secret}`] = row!.id;
    }
    const mail = around('OUTGOING_MESSAGE');
    for (const [key, at] of [
      ['oud', mail.expired],
      ['nieuw', mail.kept],
    ] as const) {
      const [row] = await t.db.query<{ id: number }>(
        `INSERT INTO outgoing_message (municipality_id, recipient_user_id, address, kind, idempotency_key, subject, body_text, body_html, status, created_at, sent_at)
         VALUES ($1, $2, 'analist@test.example', 'DIGEST', $3, 'Uw overzicht', 'Beste Analist', '<p>Beste Analist</p>', 'SENT', $4, $4) RETURNING id`,
        [m, users.analyst, `retention-test:${key}`, at],
      );
      ids[`mail_${key}`] = row!.id;
    }
    const idem = around('IDEMPOTENCY_KEY');
    for (const [key, at] of [
      ['oud', idem.expired],
      ['nieuw', idem.kept],
    ] as const) {
      await t.db.query(
        `INSERT INTO idempotency_key (user_id, key, operation, request_hash, response, created_at) VALUES ($1, $2, 'arrangementCreate', repeat('a', 64), '{}', $3)`,
        [users.repCare, `retention-${key}`, at],
      );
    }
    const notice = around('NOTIFICATION');
    for (const [key, at] of [
      ['oud', notice.expired],
      ['nieuw', notice.kept],
    ] as const) {
      await t.db.query(
        `INSERT INTO notification (municipality_id, user_id, kind, idempotency_key, title, body, link, created_at)
         VALUES ($1, $2, 'PERSPECTIVE_REQUESTED', $3, 'Titel', 'Tekst', '/', $4)`,
        [m, users.regisseur, `retention-test:${key}`, at],
      );
    }
    const request = around('PRIVACY_REQUEST');
    for (const [key, on] of [
      ['oud', request.expiredOn],
      ['nieuw', request.keptOn],
    ] as const) {
      const [row] = await t.db.query<{ id: number }>(
        `INSERT INTO privacy_request (municipality_id, provider_id, kind, status, received_on, reference, description, identity_method,
                                      identity_verified_on, identity_verified_by_user_id, due_on, compiled_at, document_sha256,
                                      decision, legal_ground, decision_note, answered_on, decided_by_user_id)
         VALUES ($1, $2, 'ACCESS', 'ANSWERED', $3::date - 20, $4, 'Inzage voor mevrouw', 'IN_PERSON_ID_DOCUMENT', $3::date - 20, $5,
                 $3::date + 10, $3::timestamptz, repeat('b', 64), 'REFUSED', 'AVG_12_5_MANIFESTLY_UNFOUNDED', 'Zelfde vraag als vorige week', $3, $5)
         RETURNING id`,
        [m, providers.care, on, `ZAAK-${key}`, users.regisseur],
      );
      await t.db.query(
        `INSERT INTO privacy_request_document (municipality_id, request_id, html, compiled_by_user_id) VALUES ($1, $2, '<p>Gegevens van K-INZAGE</p>', $3)`,
        [m, row!.id, users.regisseur],
      );
      ids[`request_${key}`] = row!.id;
    }
  });

  afterAll(async () => {
    await pool.end();
  });

  it('npm run retention -- --dry-run counts what would go, and changes nothing', async () => {
    const before = await everything();
    const runs = await runCli('--dry-run');
    expect(runs.map((r) => r.kind)).toEqual(JOB_KINDS);
    const counts = Object.fromEntries(runs.map((r) => [r.kind, r.counts]));
    expect(counts).toMatchObject({
      ARRANGEMENT: { arrangement: 1, arrangement_report: 1 },
      OPGAVE_CONTACT: { opgave_submission: 1 },
      SURVEY_ANSWER: { survey_answer: 2 },
      ACCESS_LINK: { access_link: 1 },
      LOGIN_ATTEMPT: { login_attempt: 1 },
      USER_SESSION: { user_session: 1 },
      OUTGOING_MESSAGE: { outgoing_message: 1 },
      IDEMPOTENCY_KEY: { idempotency_key: 1 },
      NOTIFICATION: { notification: 1 },
      PRIVACY_REQUEST: { privacy_request: 1, privacy_request_document: 1 },
    });
    expect(counts.AUDIT_LOG?.audit_log).toBeGreaterThanOrEqual(1);
    expect(await everything()).toBe(before);
  });

  it('npm run retention -- --now removes or anonymises what passed its period, keeps the rest and the figures, and records the run', async () => {
    const period = { from: '2017-01-01', to: '2021-12-31' };
    const before = await figures(period);
    expect(before).toMatchObject({ overview: { overview: { uniqueResidents: 3 } } });
    await runCli('--now');
    expect(await figures(period)).toEqual(before);

    const keys = await t.db.query<{ id: number; clientKey: string; goals: string[] }>(
      `SELECT id, client_key AS "clientKey", goals FROM arrangement WHERE id = ANY($1) ORDER BY id`,
      [[ids.expired, ids.kept, ids.longAgo, ids.ongoing]],
    );
    expect(keys.map((k) => k.clientKey)).toEqual([expect.stringMatching(/^ANON-/), 'K-RECENT-1', 'K-ONGOING-1', 'K-ONGOING-1']);
    expect(keys[0]!.goals).toEqual([]);
    const remarks = await t.db.query<{ arrangementId: number; remarks: string | null }>(
      `SELECT arrangement_id AS "arrangementId", remarks FROM arrangement_report WHERE arrangement_id = ANY($1) ORDER BY arrangement_id`,
      [[ids.expired, ids.kept, ids.longAgo]],
    );
    expect(remarks.map((r) => r.remarks)).toEqual([null, 'Verslag over K-RECENT-1', 'Verslag over K-ONGOING-1']);
    expect(
      await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE strpos(COALESCE(before::text, '') || COALESCE(after::text, ''), 'K-OLD-1') > 0`,
      ),
    ).toEqual([{ n: 0 }]);

    const audit = await t.db.query<{ id: number; before: Record<string, string>; after: Record<string, string>; anonymised: boolean }>(
      `SELECT id, before, after, anonymised_at IS NOT NULL AS anonymised FROM audit_log WHERE id = ANY($1) ORDER BY id`,
      [[ids.auditExpired, ids.auditKept]],
    );
    expect(audit).toEqual([
      { id: ids.auditExpired, before: { email: '', name: '', role: 'ANALYST' }, after: { email: '', name: '', role: 'ANALYST' }, anonymised: true },
      {
        id: ids.auditKept,
        before: { email: 'oud@voorbeeld.nl', name: 'Oude Naam', role: 'ANALYST' },
        after: { email: 'nieuw@voorbeeld.nl', name: 'Nieuwe Naam', role: 'ANALYST' },
        anonymised: false,
      },
    ]);
    expect(
      await t.db.query(`SELECT id, contact_email AS "contactEmail", status FROM opgave_submission WHERE id = ANY($1) ORDER BY id`, [
        [ids.contactExpired, ids.contactKept],
      ]),
    ).toEqual([
      { id: ids.contactExpired, contactEmail: null, status: 'DECLINED' },
      { id: ids.contactKept, contactEmail: 'bewoner@voorbeeld.nl', status: 'DECLINED' },
    ]);
    expect(await t.db.query(`SELECT year, scores, open_text AS "openText" FROM survey_answer ORDER BY year, open_text`)).toEqual([
      { year: expect.any(Number), scores: [4, 5, 3, 4, 5, 4, 3, 5], openText: '' },
      { year: expect.any(Number), scores: [4, 5, 3, 4, 5, 4, 3, 5], openText: 'Mijn begeleider [naam] is fijn' },
      { year: expect.any(Number), scores: [4, 5, 3, 4, 5, 4, 3, 5], openText: 'Mijn begeleider Piet is fijn' },
    ]);
    expect(await t.db.query(`SELECT email FROM access_link WHERE email LIKE '%-link@voorbeeld.nl' ORDER BY email`)).toEqual([
      { email: 'nieuw-link@voorbeeld.nl' },
    ]);
    expect(await t.db.query(`SELECT email FROM login_attempt WHERE email LIKE '%-poging@voorbeeld.nl'`)).toEqual([
      { email: 'nieuw-poging@voorbeeld.nl' },
    ]);
    expect(await t.db.query(`SELECT id FROM user_session WHERE id = ANY($1)`, [[ids.session_oud, ids.session_nieuw]])).toEqual([
      { id: ids.session_nieuw },
    ]);
    expect(
      await t.db.query(`SELECT id, address, body_text AS "bodyText", subject, status FROM outgoing_message WHERE id = ANY($1) ORDER BY id`, [
        [ids.mail_oud, ids.mail_nieuw],
      ]),
    ).toEqual([
      { id: ids.mail_oud, address: '', bodyText: '', subject: 'Uw overzicht', status: 'SENT' },
      { id: ids.mail_nieuw, address: 'analist@test.example', bodyText: 'Beste Analist', subject: 'Uw overzicht', status: 'SENT' },
    ]);
    expect(await t.db.query(`SELECT key FROM idempotency_key WHERE key LIKE 'retention-%'`)).toEqual([{ key: 'retention-nieuw' }]);
    expect(await t.db.query(`SELECT idempotency_key AS key FROM notification WHERE idempotency_key LIKE 'retention-test:%'`)).toEqual([
      { key: 'retention-test:nieuw' },
    ]);
    expect(
      await t.db.query(
        `SELECT r.id, r.reference, r.description, r.decision_note AS "decisionNote", r.decision, r.document_sha256 AS sha, count(d.id)::int AS documents
           FROM privacy_request r LEFT JOIN privacy_request_document d ON d.request_id = r.id WHERE r.id = ANY($1) GROUP BY r.id ORDER BY r.id`,
        [[ids.request_oud, ids.request_nieuw]],
      ),
    ).toEqual([
      { id: ids.request_oud, reference: null, description: null, decisionNote: null, decision: 'REFUSED', sha: 'b'.repeat(64), documents: 0 },
      {
        id: ids.request_nieuw,
        reference: 'ZAAK-nieuw',
        description: 'Inzage voor mevrouw',
        decisionNote: 'Zelfde vraag als vorige week',
        decision: 'REFUSED',
        sha: 'b'.repeat(64),
        documents: 1,
      },
    ]);
    // The old request's audit rows lost the free text too; the kept one's still have it.
    const requestAudit = await t.db.query<{ entityId: number; text: string }>(
      `SELECT entity_id AS "entityId", COALESCE(before::text, '') || COALESCE(after::text, '') AS text FROM audit_log
        WHERE table_name = 'privacy_request' AND entity_id = ANY($1)`,
      [[ids.request_oud, ids.request_nieuw]],
    );
    expect(requestAudit.filter((a) => a.entityId === ids.request_oud && a.text.includes('Inzage voor mevrouw'))).toEqual([]);
    expect(requestAudit.filter((a) => a.entityId === ids.request_nieuw && a.text.includes('Inzage voor mevrouw')).length).toBeGreaterThan(0);

    // One record per kind that changed something, each with its cutoff and counts, and its audit row.
    const runs = await t.db.query<{ id: number; scope: string; job: string; cutoff: Date; counts: Record<string, number>; role: string }>(
      `SELECT id, scope, job, cutoff, counts, role FROM privacy_run WHERE id > (SELECT COALESCE(max(id), 0) FROM privacy_run WHERE scope = 'CLIENT') ORDER BY id`,
    );
    expect(runs.map((r) => r.scope)).toEqual(JOB_KINDS);
    const arrangementRun = runs.find((r) => r.scope === 'ARRANGEMENT');
    expect(arrangementRun).toMatchObject({ job: 'cli', role: 'SYSTEM', counts: { arrangement: 1, arrangement_report: 1 } });
    expect(Math.abs(arrangementRun!.cutoff.getTime() - retentionCutoff('ARRANGEMENT', now, retention.periods).getTime())).toBeLessThan(600_000);
    const audited = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE table_name = 'privacy_run' AND entity_id = ANY($1)`,
      [runs.map((r) => r.id)],
    );
    expect(audited).toEqual([{ n: runs.length }]);
  });

  it('a second run, the daily task itself, changes nothing', async () => {
    const before = await everything();
    await retentionTask(pool, retention, silentLogger).run(now.toISOString().slice(0, 10));
    expect(await everything()).toBe(before);
  });

  it("is a daily job of the worker, at RETENTION_AT on Amsterdam's clocks", async () => {
    const config = { ...loadConfig({ RETENTION_AT: '03:15' }).worker, smtpUrl: null };
    const worker = await startWorker({ config, databaseUrl: t.database.url, publicUrl: 'http://localhost', logger: silentLogger, morning: false });
    try {
      const jobs = await t.db.query<{ runAt: Date; task: string }>(
        `SELECT run_at AS "runAt", task_identifier AS task FROM graphile_worker.jobs WHERE key = $1`,
        [dailyJobKey(RETENTION_TASK)],
      );
      expect(jobs).toEqual([{ runAt: nextDailyRun(new Date(), '03:15'), task: RETENTION_TASK }]);
    } finally {
      await worker.stop();
    }
  });
});
