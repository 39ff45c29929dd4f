import type { Queryable } from '../../api/src/db/database';

/** Inserts an arrangement directly as the owner (no API, no audit of a user), for tests that need data quickly. */
export async function insertArrangement(
  db: Queryable,
  fields: { municipalityId: number; providerId: number; clientKey?: string; status?: string; startsOn?: string | null; requestedOn?: string },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, hours_per_week, planned_cost_cents)
     VALUES ($1, $2, $3, $4, 'INDIVIDUAL', 'BEGELEIDING', $5, $6, 2, 10000) RETURNING id`,
    [
      fields.municipalityId,
      fields.providerId,
      fields.clientKey ?? `K-${Math.random().toString(36).slice(2, 10)}`,
      fields.status ?? 'ACTIVE',
      fields.requestedOn ?? '2026-01-05',
      fields.startsOn === undefined ? '2026-01-10' : fields.startsOn,
    ],
  );
  return row!.id;
}

export async function insertReport(
  db: Queryable,
  fields: {
    municipalityId: number;
    providerId: number;
    arrangementId: number;
    userId: number;
    periodStart: string;
    periodEnd: string;
    costCents?: number;
  },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, 8, $6, $7) RETURNING id`,
    [fields.municipalityId, fields.arrangementId, fields.providerId, fields.periodStart, fields.periodEnd, fields.costCents ?? 5000, fields.userId],
  );
  return row!.id;
}

/** The input of a valid `arrangementCreate` (a BEGELEIDING arrangement that started in January 2026) with this key. */
export function arrangementCreateInput(clientKey: string) {
  return {
    clientKey,
    productCategory: 'BEGELEIDING',
    form: 'INDIVIDUAL',
    requestedOn: '2026-01-02',
    startsOn: '2026-01-05',
    hoursPerWeek: 2,
    plannedCostCents: 5000,
  };
}

/** A convenant in force (2026-2027) between the municipality and the providers, signed by all, inserted as the owner; returns its id. */
export async function insertConvenantInForce(
  db: Queryable,
  municipalityId: number,
  providerIds: readonly number[],
  title = 'Convenant',
): Promise<number> {
  const [c] = await db.query<{ id: number }>(
    `INSERT INTO convenant (municipality_id, title, starts_on, ends_on, budget_cents, status) VALUES ($1, $2, '2026-01-01', '2027-12-31', 100000000, 'DRAFT') RETURNING id`,
    [municipalityId, title],
  );
  await db.query(
    `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id) SELECT $1::bigint, $2::bigint, 'MUNICIPALITY'::party_kind, NULL::bigint
       UNION ALL SELECT $1::bigint, $2::bigint, 'PROVIDER'::party_kind, unnest($3::bigint[])`,
    [municipalityId, c!.id, providerIds],
  );
  await db.query(`UPDATE convenant SET status = 'IN_FORCE' WHERE id = $1`, [c!.id]);
  // Signed by every party (arrangements start only under a convenant their provider signed): by any user of the municipality.
  await db.query(
    `UPDATE convenant_party SET signed_at = now(), signed_by_user_id = (SELECT min(id) FROM app_user WHERE municipality_id = $2) WHERE convenant_id = $1`,
    [c!.id, municipalityId],
  );
  return c!.id;
}
