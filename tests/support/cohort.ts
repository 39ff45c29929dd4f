import type { Queryable } from '../../api/src/db/database';

/**
 * A cohort of arrangements an analyst may see as records: `size` arrangements of one provider with the same product
 * category, start month, end month and goal attainment (on different days), each with monthly reports carrying a remark.
 * In the demo data no group reaches 5, as in a small municipality; a larger one has such groups.
 */
export async function addCohort(
  db: Queryable,
  options: { providerId: number; size: number; startMonth: string; endMonth: string; clientKeyPrefix: string },
): Promise<number[]> {
  const [provider] = await db.query<{ municipalityId: number; repId: number }>(
    `SELECT p.municipality_id AS "municipalityId", (SELECT min(u.id) FROM app_user u WHERE u.provider_id = p.id) AS "repId"
       FROM provider p WHERE p.id = $1`,
    [options.providerId],
  );
  const ids: number[] = [];
  for (let i = 0; i < options.size; i++) {
    const day = String(3 + i * 3).padStart(2, '0');
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, ended_on,
         end_reason, goal_attainment, hours_per_week, planned_cost_cents)
       VALUES ($1, $2, $3, 'ENDED', 'GROUP', 'DAGBESTEDING', ($4 || '-' || $6)::date - 20, ($4 || '-' || $6)::date, ($5 || '-' || $6)::date,
         'GOALS_ACHIEVED', 'ACHIEVED', 4, 120000) RETURNING id`,
      [provider!.municipalityId, options.providerId, `${options.clientKeyPrefix}-${i}`, options.startMonth, options.endMonth, day],
    );
    ids.push(row!.id);
    await db.query(
      `INSERT INTO arrangement_report (municipality_id, arrangement_id, provider_id, period_start, period_end, hours_delivered, cost_cents, remarks,
         created_by_user_id)
       SELECT $1, $2, $3, m::date, (m + interval '1 month' - interval '1 day')::date, 16, 48000, 'Mevrouw De Vries belde af', $4
         FROM generate_series(($5 || '-01')::date, ($6 || '-01')::date, interval '1 month') AS m`,
      [provider!.municipalityId, row!.id, options.providerId, provider!.repId, options.startMonth, options.endMonth],
    );
  }
  return ids;
}
