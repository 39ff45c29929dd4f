import type { Client } from 'pg';
import type { Queryable } from '../../api/src/db/database';
import { anonymiseClient, callAnonymise } from '../../api/src/modules/retention/anonymise';
import { appRoleClient } from '../support/app-role';
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
const OUTCOMES = `query ($period: PeriodInput!) { transformationOutcomes(period: $period) { __typename } }`;
const YEARS = { from: '2024-01-01', to: '2026-12-31' };

/** Every figure a regisseur reads over the years of the data, and the database's own summaries. */
async function figures(): Promise<unknown> {
  const regisseur = await t.as('regisseur');
  const overview = await regisseur(OVERVIEW, { period: YEARS });
  expect(overview.errors).toBeUndefined();
  const outcomes = await regisseur(OUTCOMES, { period: YEARS });
  expect(outcomes.errors).toBeUndefined();
  const summary = await t.db.query(`SELECT * FROM report_summary ORDER BY 1, 2, 3, 4`);
  const arrangements = await t.db.query(
    `SELECT id, provider_id, status, product_category, requested_on::text, starts_on::text, ended_on::text, hours_per_week::text,
            planned_cost_cents::text, realised_cost_cents::text FROM arrangement ORDER BY id`,
  );
  const reports = await t.db.query(`SELECT id, arrangement_id, period_start::text, period_end::text, hours_delivered::text, cost_cents::text FROM arrangement_report ORDER BY id`);
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
async function asApp<T>(settings: { role: string; userId: number | null; providerId?: number | null }, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client: Client = appRoleClient(t);
  await client.connect();
  const tx: Queryable = { query: async (text, params) => (await client.query(text, params as unknown[])).rows as never[] };
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.role', $1, true), set_config('app.municipality_id', $2, true), set_config('app.provider_id', $3, true),
              set_config('app.user_id', $4, true), set_config('app.request_id', 'test-request', true)`,
      [settings.role, String(t.fixture.municipalityId), settings.providerId ? String(settings.providerId) : '', settings.userId ? String(settings.userId) : ''],
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
    expect(before).toMatchObject({ overview: { overview: { uniqueResidents: 3, arrangements: { active: 7 } } } });
    expect((await traces('K-ERASE-1')).arrangement).toBe(4);

    const counts = await asApp({ role: 'REGISSEUR', userId: users.regisseur }, (tx) =>
      anonymiseClient(tx, { municipalityId: t.fixture.municipalityId, providerId: providers.care, clientKey: 'K-ERASE-1', reason: 'Verzoek tot verwijdering 2026-17' }),
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
    const [plan] = await t.db.query(`SELECT coordinator, plan_summary, decisions_of_network, participants_count FROM arrangement_network_plan WHERE arrangement_id = $1`, [erased[1]]);
    expect(plan).toEqual({ coordinator: '-', plan_summary: '-', decisions_of_network: [], participants_count: 4 });
    const [entry] = await t.db.query(`SELECT note, priority FROM waiting_list_entry WHERE arrangement_id = $1`, [erased[2]]);
    expect(entry).toEqual({ note: null, priority: 'HIGH' });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE strpos(COALESCE(before::text, '') || COALESCE(after::text, ''), 'Buurvrouw Jansen') > 0`)).toEqual([{ n: 1 }]);
    // The other client keeps everything.
    expect(await traces('K-KEEP-1')).toMatchObject({ arrangement: 3, reports: 1 });
    expect(kept).toHaveLength(3);

    // The run's record: who, what, why and how much, without the key; and its audit row.
    const [run] = await t.db.query(`SELECT * FROM privacy_run WHERE scope = 'CLIENT' ORDER BY id DESC LIMIT 1`);
    expect(run).toMatchObject({ provider_id: providers.care, user_id: users.regisseur, role: 'REGISSEUR', reason: 'Verzoek tot verwijdering 2026-17', request_id: 'test-request' });
    expect(run!.finished_at).not.toBeNull();
    expect(run!.counts).toEqual(counts);
    expect(JSON.stringify(run)).not.toContain('K-ERASE-1');
    const [audit] = await t.db.query<{ userId: number; after: { counts: unknown } }>(
      `SELECT user_id AS "userId", after FROM audit_log WHERE table_name = 'privacy_run' AND entity_id = $1`,
      [run!.id],
    );
    expect(audit).toMatchObject({ userId: users.regisseur, after: { counts } });

    // The audit trail still reads, with the marker in place of the key.
    const trail = await (await t.as('regisseur'))(
      `query ($id: ID!) { auditTrail(entityId: $id, first: 50) { edges { node { __typename } } } }`,
      { id: gid('Arrangement', erased[1]!) },
    );
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
    await expect(asApp({ role: 'REGISSEUR', userId: users.regisseur }, (tx) => anonymiseClient(tx, { ...input, municipalityId: 999999 }))).rejects.toThrow(/refused/);
    // Writing the append-only tables itself, also with the run's flag set by hand.
    for (const sql of [
      `UPDATE audit_log SET before = NULL`,
      `DELETE FROM audit_log`,
      `UPDATE arrangement_report SET remarks = NULL`,
      `DELETE FROM arrangement_report`,
      `UPDATE access_log SET user_id = user_id`,
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
