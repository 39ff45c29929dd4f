/**
 * The overview is aggregated in SQL, never in JavaScript loops: a constant number of statements whatever the data size.
 * Definitions (documented in the schema too):
 * - active: started on or before the period's last day and not ended before its first day (paused ones count: they run on);
 * - new: started in the period; ended: ended in the period; waiting days: start minus request, of the new ones;
 * - cost and hours: reports whose period starts in the period;
 * - unique residents: distinct (provider, client key) among the active ones, which is distinct pseudonyms;
 * - with network plan: active ones with a plan of the resident's network whose conference was held by the period's end.
 */
const ACTIVE = `a.starts_on IS NOT NULL AND a.starts_on <= $3 AND (a.ended_on IS NULL OR a.ended_on >= $2)`;
const NETWORK_PLAN = (end: string) =>
  `EXISTS (SELECT 1 FROM arrangement_network_plan n WHERE n.arrangement_id = a.id AND n.conference_held_on <= ${end})`;

export const ARRANGEMENT_FIGURES_SQL = `
  SELECT GROUPING(a.provider_id) AS "byProvider", GROUPING(a.product_category) AS "byCategory",
         a.provider_id AS "providerId", a.product_category AS "productCategory",
         count(*) FILTER (WHERE ${ACTIVE}) AS active,
         count(*) FILTER (WHERE a.starts_on BETWEEN $2 AND $3) AS new,
         count(*) FILTER (WHERE a.ended_on BETWEEN $2 AND $3) AS ended,
         count(DISTINCT (a.provider_id, a.client_key)) FILTER (WHERE ${ACTIVE}) AS "uniqueResidents",
         count(*) FILTER (WHERE ${ACTIVE} AND ${NETWORK_PLAN('$3')}) AS "withNetworkPlan",
         avg(a.starts_on - a.requested_on) FILTER (WHERE a.starts_on BETWEEN $2 AND $3) AS "averageWaitingDays",
         count(*) FILTER (WHERE a.ended_on BETWEEN $2 AND $3 AND a.goal_attainment = 'ACHIEVED') AS achieved,
         count(*) FILTER (WHERE a.ended_on BETWEEN $2 AND $3 AND a.goal_attainment = 'PARTLY') AS partly,
         count(*) FILTER (WHERE a.ended_on BETWEEN $2 AND $3 AND a.goal_attainment = 'NOT_ACHIEVED') AS "notAchieved"
    FROM arrangement a
   WHERE a.municipality_id = $1 AND ($4::bigint IS NULL OR a.provider_id = $4)
     AND a.requested_on <= $3 AND (a.ended_on IS NULL OR a.ended_on >= $2)
   GROUP BY GROUPING SETS ((), (a.provider_id), (a.product_category))`;

export const REPORT_FIGURES_SQL = `
  SELECT GROUPING(r.provider_id) AS "byProvider", GROUPING(a.product_category) AS "byCategory",
         r.provider_id AS "providerId", a.product_category AS "productCategory",
         sum(r.cost_cents) AS "costCents", sum(r.hours_delivered) AS "hoursDelivered"
    FROM arrangement_report r JOIN arrangement a ON a.id = r.arrangement_id
   WHERE r.municipality_id = $1 AND r.period_start BETWEEN $2 AND $3 AND ($4::bigint IS NULL OR r.provider_id = $4)
   GROUP BY GROUPING SETS ((), (r.provider_id), (a.product_category))`;

/** Budget of the convenants in force, pro rata over the period, and the inhabitants for the per-1,000 measure. */
export const CONTEXT_SQL = `
  SELECT m.inhabitants,
         (SELECT json_agg(json_build_object('startsOn', c.starts_on, 'endsOn', c.ends_on, 'budgetCents', c.budget_cents))
            FROM convenant c WHERE c.municipality_id = m.id AND c.status = 'IN_FORCE' AND c.starts_on <= $3 AND c.ends_on >= $2) AS convenants
    FROM municipality m WHERE m.id = $1`;

/** Buckets of a month or quarter; $5 is 'month' or 'quarter'. */
const BUCKETS = `
  SELECT b::date AS start, LEAST((b + CASE WHEN $5 = 'month' THEN interval '1 month' ELSE interval '3 months' END)::date - 1, $3::date) AS "end"
    FROM generate_series(date_trunc($5, $2::date), $3::date, CASE WHEN $5 = 'month' THEN interval '1 month' ELSE interval '3 months' END) AS b`;

export const ARRANGEMENT_SERIES_SQL = `
  WITH buckets AS (${BUCKETS})
  SELECT GREATEST(k.start, $2::date) AS "periodStart", k."end" AS "periodEnd",
         count(*) FILTER (WHERE a.starts_on <= k."end" AND (a.ended_on IS NULL OR a.ended_on >= GREATEST(k.start, $2::date))) AS active,
         count(*) FILTER (WHERE a.starts_on BETWEEN GREATEST(k.start, $2::date) AND k."end") AS new,
         count(*) FILTER (WHERE a.ended_on BETWEEN GREATEST(k.start, $2::date) AND k."end") AS ended,
         count(DISTINCT (a.provider_id, a.client_key)) FILTER (WHERE a.starts_on <= k."end" AND (a.ended_on IS NULL OR a.ended_on >= GREATEST(k.start, $2::date))) AS "uniqueResidents",
         count(*) FILTER (WHERE a.starts_on <= k."end" AND (a.ended_on IS NULL OR a.ended_on >= GREATEST(k.start, $2::date)) AND ${NETWORK_PLAN('k."end"')}) AS "withNetworkPlan",
         avg(a.starts_on - a.requested_on) FILTER (WHERE a.starts_on BETWEEN GREATEST(k.start, $2::date) AND k."end") AS "averageWaitingDays",
         count(*) FILTER (WHERE a.ended_on BETWEEN GREATEST(k.start, $2::date) AND k."end" AND a.goal_attainment = 'ACHIEVED') AS achieved,
         count(*) FILTER (WHERE a.ended_on BETWEEN GREATEST(k.start, $2::date) AND k."end" AND a.goal_attainment = 'PARTLY') AS partly,
         count(*) FILTER (WHERE a.ended_on BETWEEN GREATEST(k.start, $2::date) AND k."end" AND a.goal_attainment = 'NOT_ACHIEVED') AS "notAchieved"
    FROM buckets k
    LEFT JOIN arrangement a ON a.municipality_id = $1 AND ($4::bigint IS NULL OR a.provider_id = $4)
         AND a.starts_on IS NOT NULL AND a.starts_on <= k."end" AND (a.ended_on IS NULL OR a.ended_on >= GREATEST(k.start, $2::date))
   GROUP BY k.start, k."end" ORDER BY k.start`;

export const REPORT_SERIES_SQL = `
  WITH buckets AS (${BUCKETS})
  SELECT GREATEST(k.start, $2::date) AS "periodStart", sum(r.cost_cents) AS "costCents", sum(r.hours_delivered) AS "hoursDelivered"
    FROM buckets k
    LEFT JOIN arrangement_report r ON r.municipality_id = $1 AND ($4::bigint IS NULL OR r.provider_id = $4)
         AND r.period_start BETWEEN GREATEST(k.start, $2::date) AND k."end"
   GROUP BY k.start ORDER BY k.start`;
