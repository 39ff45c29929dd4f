import type { Queryable } from '../api/src/db/database';
import { addDays, hash32, maxDate, minDate, Random } from './random';

/**
 * Outcomes of the demo (#22): some residents ask again at the same provider within six months after their arrangement
 * ended, far more often at one care provider ("cheap delivery failing people", the signal the indicator exists for),
 * and the regisseur's thresholds, so that this provider is on the attention list. The end reasons come from the
 * arrangement generator already (demo.ts END_REASONS). Deterministic, scaled with the arrangements (a share of the
 * endings), dated relative to today.
 *
 * A re-request waiting less than a month is still REQUESTED (within the waiting norm); an older one ran a short
 * follow-up and ended, so that it needs no monthly reports.
 */
const STRUGGLING = 'Stichting Veldzicht Begeleiding';
/** The share of endings followed by a new request within six months: the struggling provider, and every other. */
const RE_REQUEST_SHARE = { struggling: 0.6, other: 0.05 };
const THRESHOLDS: readonly [indicator: string, value: number][] = [
  ['RE_REQUEST_RATE', 0.2],
  ['EARLY_ENDING_RATE', 0.6],
  ['MEDIAN_WAITING_OVER_NORM', 14],
];

interface Ended {
  providerId: number;
  name: string;
  clientKey: string;
  form: string;
  category: string;
  endedOn: string;
  hours: string;
  planned: number;
}

type ReRequest = Omit<Ended, 'endedOn'> & { requestedOn: string; startsOn: string | null; endedOn: string | null };

export async function seedOutcomes(db: Queryable, municipalityId: number, today: string): Promise<number> {
  const rng = new Random(hash32('outcomes'));
  const ended = await db.query<Ended>(
    `SELECT a.provider_id AS "providerId", p.name, a.client_key AS "clientKey", a.form::text, a.product_category::text AS category,
            a.ended_on::text AS "endedOn", a.hours_per_week::text AS hours, a.planned_cost_cents AS planned
       FROM arrangement a JOIN provider p ON p.id = a.provider_id
      WHERE a.municipality_id = $1 AND a.status = 'ENDED' AND a.ended_on < $2::date ORDER BY a.id`,
    [municipalityId, addDays(today, -14)],
  );
  const rows: ReRequest[] = [];
  for (const a of ended) {
    const share = a.name === STRUGGLING ? RE_REQUEST_SHARE.struggling : RE_REQUEST_SHARE.other;
    if (!rng.chance(share)) continue;
    const requestedOn = addDays(a.endedOn, rng.int(7, 170));
    if (requestedOn >= today) continue;
    const startsOn = requestedOn > addDays(today, -30) ? null : addDays(requestedOn, rng.int(3, 14));
    const endedOn = startsOn === null ? null : minDate(addDays(startsOn, rng.int(14, 60)), addDays(today, -1));
    rows.push({ ...a, requestedOn, startsOn, endedOn: endedOn === null || startsOn === null ? null : maxDate(endedOn, startsOn) });
  }
  // One statement for all of them, whatever the scale.
  await db.query(
    `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on, ended_on,
                              end_reason, goal_attainment, hours_per_week, planned_cost_cents)
     SELECT $1, t.provider_id, t.client_key, CASE WHEN t.ended_on IS NULL THEN 'REQUESTED' ELSE 'ENDED' END::arrangement_status,
            t.form::arrangement_form, t.category::product_category, t.requested_on, t.starts_on, t.ended_on,
            CASE WHEN t.ended_on IS NULL THEN NULL ELSE 'NO_LONGER_NEEDED' END::end_reason,
            CASE WHEN t.ended_on IS NULL THEN NULL ELSE 'PARTLY' END::goal_attainment, t.hours, t.planned
       FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::date[], $9::numeric[], $10::bigint[])
         AS t(provider_id, client_key, form, category, requested_on, starts_on, ended_on, hours, planned)`,
    [
      municipalityId,
      rows.map((r) => r.providerId),
      rows.map((r) => r.clientKey),
      rows.map((r) => r.form),
      rows.map((r) => r.category),
      rows.map((r) => r.requestedOn),
      rows.map((r) => r.startsOn),
      rows.map((r) => r.endedOn),
      rows.map((r) => r.hours),
      rows.map((r) => r.planned),
    ],
  );
  const [regisseur] = await db.query<{ id: number }>(`SELECT id FROM app_user WHERE municipality_id = $1 AND role = 'REGISSEUR' ORDER BY id LIMIT 1`, [
    municipalityId,
  ]);
  if (regisseur) {
    for (const [indicator, value] of THRESHOLDS) {
      await db.query(`INSERT INTO outcome_threshold (municipality_id, indicator, value, updated_by_user_id) VALUES ($1, $2, $3, $4)`, [
        municipalityId,
        indicator,
        value,
        regisseur.id,
      ]);
    }
  }
  return rows.length;
}
