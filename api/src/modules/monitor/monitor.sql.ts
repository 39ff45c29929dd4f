import { plannedPerCall } from '../../db/request-db';

/** Cell keys are sums of record keys modulo 2^32 (disclosure.rules.ts). */
const KEY_MOD = 4294967296;
/**
 * The overview is aggregated in SQL, never in JavaScript loops: a constant number of statements whatever the data size.
 * Definitions (documented in the schema too):
 * - active: started on or before the period's last day and not ended before its first day (paused ones count: they run on);
 * - new: started in the period; ended: ended in the period; waiting days: start minus request, of the new ones;
 * - cost and hours: reports whose period starts in the period, read from report_summary (their sums per day, provider and
 *   category, kept by triggers) rather than from every report;
 * - unique residents: distinct (provider, client key) among the active ones, which is distinct pseudonyms;
 * - with network plan: active ones with a plan of the resident's network whose conference was held by the period's end;
 * - waiting now ($5 is today): requests still waiting to start (REQUESTED), whatever the period, with the days since their
 *   request; they are not in the average waiting days, which is of those who started.
 */
/**
 * The arrangements that matter for the period, each with the date of its network plan (at most one per arrangement).
 * Distinct residents are counted from DISTINCT rows (hashed) rather than count(DISTINCT record) (sorted per group):
 * at 100x that is the difference between seconds and tens of milliseconds.
 */
const BASE = `
  SELECT a.provider_id, a.product_category, a.client_key, a.record_key, a.requested_on, a.starts_on, a.ended_on, a.goal_attainment,
         n.conference_held_on AS plan_on
    FROM arrangement a LEFT JOIN arrangement_network_plan n ON n.arrangement_id = a.id
   WHERE a.municipality_id = $1 AND ($4::bigint IS NULL OR a.provider_id = $4)
     AND a.requested_on <= $3 AND (a.ended_on IS NULL OR a.ended_on >= $2)`;

export const ARRANGEMENT_FIGURES_SQL = plannedPerCall(`
  WITH flagged AS (
    SELECT b.*, (b.starts_on IS NOT NULL AND b.starts_on <= $3 AND (b.ended_on IS NULL OR b.ended_on >= $2)) AS active FROM (${BASE}) b
  ),
  per_provider AS (
    SELECT provider_id, count(*) AS n FROM (SELECT DISTINCT provider_id, client_key FROM flagged WHERE active) d GROUP BY provider_id
  ),
  per_category AS (
    SELECT product_category, count(*) AS n FROM (SELECT DISTINCT provider_id, client_key, product_category FROM flagged WHERE active) d
     GROUP BY product_category
  ),
  agg AS (
    SELECT GROUPING(provider_id) AS "byProvider", GROUPING(product_category) AS "byCategory",
           provider_id AS "providerId", product_category AS "productCategory",
           count(*) FILTER (WHERE active) AS active,
           count(*) FILTER (WHERE starts_on BETWEEN $2 AND $3) AS new,
           count(*) FILTER (WHERE ended_on BETWEEN $2 AND $3) AS ended,
           count(*) FILTER (WHERE active AND plan_on <= $3) AS "withNetworkPlan",
           avg(starts_on - requested_on) FILTER (WHERE starts_on BETWEEN $2 AND $3) AS "averageWaitingDays",
           count(*) FILTER (WHERE ended_on BETWEEN $2 AND $3 AND goal_attainment = 'ACHIEVED') AS achieved,
           count(*) FILTER (WHERE ended_on BETWEEN $2 AND $3 AND goal_attainment = 'PARTLY') AS partly,
           count(*) FILTER (WHERE ended_on BETWEEN $2 AND $3 AND goal_attainment = 'NOT_ACHIEVED') AS "notAchieved",
           sum(record_key) FILTER (WHERE active) % ${KEY_MOD} AS "kActive",
           sum(record_key) FILTER (WHERE starts_on BETWEEN $2 AND $3) % ${KEY_MOD} AS "kNew",
           sum(record_key) FILTER (WHERE ended_on BETWEEN $2 AND $3) % ${KEY_MOD} AS "kEnded"
      FROM flagged
     GROUP BY GROUPING SETS ((), (provider_id), (product_category))
  ),
  waiting AS (
    SELECT GROUPING(provider_id) AS by_provider, GROUPING(product_category) AS by_category, provider_id, product_category,
           count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY $5::date - requested_on) AS median,
           max($5::date - requested_on) AS longest, sum(record_key) % ${KEY_MOD} AS k
      FROM arrangement
     WHERE municipality_id = $1 AND ($4::bigint IS NULL OR provider_id = $4) AND status = 'REQUESTED'
     GROUP BY GROUPING SETS ((), (provider_id), (product_category))
  )
  SELECT agg.*,
         COALESCE(w.n, 0) AS "waitingCount", w.median AS "waitingMedianDays", w.longest AS "waitingLongestDays", w.k AS "kWaiting",
         CASE WHEN agg."byProvider" = 0 THEN COALESCE((SELECT n FROM per_provider p WHERE p.provider_id = agg."providerId"), 0)
              WHEN agg."byCategory" = 0 THEN COALESCE((SELECT n FROM per_category c WHERE c.product_category = agg."productCategory"), 0)
              ELSE (SELECT COALESCE(sum(n), 0) FROM per_provider) END AS "uniqueResidents"
    FROM agg LEFT JOIN waiting w ON w.by_provider = agg."byProvider" AND w.by_category = agg."byCategory"
     AND w.provider_id IS NOT DISTINCT FROM agg."providerId" AND w.product_category IS NOT DISTINCT FROM agg."productCategory"`);

export const REPORT_FIGURES_SQL = plannedPerCall(`
  SELECT GROUPING(provider_id) AS "byProvider", GROUPING(product_category) AS "byCategory",
         provider_id AS "providerId", product_category AS "productCategory",
         sum(cost_cents) AS "costCents", sum(hours_delivered) AS "hoursDelivered"
    FROM report_summary
   WHERE municipality_id = $1 AND period_start BETWEEN $2 AND $3 AND ($4::bigint IS NULL OR provider_id = $4)
   GROUP BY GROUPING SETS ((), (provider_id), (product_category))`);

/**
 * Budget of the convenants in force and their allocations per provider and category (of the one provider when $4 is
 * set), each to be counted pro rata over the period, and the inhabitants for the per-1,000 measure.
 */
export const CONTEXT_SQL = plannedPerCall(`
  SELECT m.inhabitants,
         (SELECT json_agg(json_build_object('startsOn', c.starts_on, 'endsOn', c.ends_on, 'budgetCents', c.budget_cents))
            FROM convenant c WHERE c.municipality_id = m.id AND c.status = 'IN_FORCE' AND c.starts_on <= $3 AND c.ends_on >= $2) AS convenants,
         (SELECT json_agg(json_build_object('providerId', ba.provider_id, 'productCategory', ba.product_category,
                                            'amountCents', ba.amount_cents, 'startsOn', c.starts_on, 'endsOn', c.ends_on))
            FROM budget_allocation ba JOIN convenant c ON c.id = ba.convenant_id
           WHERE ba.municipality_id = m.id AND c.status = 'IN_FORCE' AND c.starts_on <= $3 AND c.ends_on >= $2
             AND ($4::bigint IS NULL OR ba.provider_id = $4)) AS allocations
    FROM municipality m WHERE m.id = $1`);

/** The length of a bucket; $5 is 'month', 'quarter' or 'year' (the maatwerk curve's years). */
const STEP = `CASE $5 WHEN 'month' THEN interval '1 month' WHEN 'year' THEN interval '1 year' ELSE interval '3 months' END`;

/** The first day of the bucket a date falls in (on timestamp without time zone: no time zone lookup per row). */
const bucketOf = (date: string): string => `date_trunc($5, (${date})::timestamp)::date`;

/** Buckets of a month or quarter; $5 is 'month' or 'quarter'. */
const BUCKETS = `
  SELECT b::date AS start, LEAST((b + ${STEP})::date - 1, $3::date) AS "end"
    FROM generate_series(${bucketOf('$2::date')}::timestamp, $3::date::timestamp, ${STEP}) AS b`;

/**
 * What a series is grouped by besides its bucket: nothing (the overview: one group, 0) or the provider, for callers that
 * roll providers up into larger groups (counts and cell keys add up, so the roll-up is exact).
 */
export type SeriesGroup = 'all' | 'provider';
const groupColumn = (group: SeriesGroup): string => (group === 'provider' ? 'provider_id' : '0::bigint');

/**
 * Per bucket without joining every bucket to every arrangement (at 100x that join is 150,000 rows): an arrangement
 * that runs from bucket F to bucket L is counted in every bucket k with F <= k <= L, so the active count of k is the
 * number of spans starting at or before k minus the number that ended before k, summed from a few grouped rows
 * ("edges"). Residents the same, after merging each resident's overlapping spans into islands so that no one is counted
 * twice; only residents with more than one arrangement need that merge. Starts and ends count in the bucket they fall in.
 * Every row carries its group g ("groupId": 0, or the provider); the overview's series has one group, and per provider
 * group 0 (empty) is there too, so that every bucket has a row even without arrangements.
 */
const arrangementSeriesSql = (group: SeriesGroup): string =>
  plannedPerCall(`
  WITH buckets AS (${BUCKETS}),
  spans AS (
    SELECT b.*, ${groupColumn(group)} AS g,
           ${bucketOf('GREATEST(b.starts_on, $2::date)')} AS first_b, ${bucketOf('LEAST(b.ended_on, $3::date)')} AS last_b
      FROM (${BASE}) b
     WHERE b.starts_on <= $3
  ),
  groups AS (${group === 'provider' ? 'SELECT DISTINCT g FROM spans UNION ' : ''}SELECT 0::bigint AS g),
  residents AS (
    SELECT provider_id, client_key, g, count(*) AS n, min(first_b) AS first_b, max(last_b) AS last_b
      FROM spans GROUP BY provider_id, client_key, g
  ),
  ordered AS (
    SELECT s.provider_id, s.client_key, s.g, s.first_b, s.last_b,
           max(s.last_b) OVER (PARTITION BY s.provider_id, s.client_key ORDER BY s.first_b, s.last_b
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_max
      FROM spans s JOIN residents r ON r.provider_id = s.provider_id AND r.client_key = s.client_key
     WHERE r.n > 1
  ),
  islands AS (
    SELECT provider_id, client_key, g, first_b, last_b,
           count(*) FILTER (WHERE before_max IS NULL OR first_b > before_max)
             OVER (PARTITION BY provider_id, client_key ORDER BY first_b, last_b ROWS UNBOUNDED PRECEDING) AS island
      FROM ordered
  ),
  resident_spans AS (
    SELECT g, first_b, last_b FROM residents WHERE n = 1
    UNION ALL
    SELECT g, min(first_b), max(last_b) FROM islands GROUP BY provider_id, client_key, g, island
  ),
  planned AS (
    SELECT g, first_b, last_b FROM (SELECT g, ${bucketOf('GREATEST(plan_on, starts_on, $2::date)')} AS first_b, last_b FROM spans WHERE plan_on <= $3) p
     WHERE first_b <= last_b
  ),
  edges AS (
    SELECT g, first_b AS at, count(*) AS active_in, 0::bigint AS active_out, 0::bigint AS residents_in, 0::bigint AS residents_out,
           0::bigint AS planned_in, 0::bigint AS planned_out, sum(record_key) AS key_in, 0::numeric AS key_out
      FROM spans GROUP BY 1, 2
    UNION ALL SELECT g, last_b, 0, count(*), 0, 0, 0, 0, 0, sum(record_key) FROM spans GROUP BY 1, 2
    UNION ALL SELECT g, first_b, 0, 0, count(*), 0, 0, 0, 0, 0 FROM resident_spans GROUP BY 1, 2
    UNION ALL SELECT g, last_b, 0, 0, 0, count(*), 0, 0, 0, 0 FROM resident_spans GROUP BY 1, 2
    UNION ALL SELECT g, first_b, 0, 0, 0, 0, count(*), 0, 0, 0 FROM planned GROUP BY 1, 2
    UNION ALL SELECT g, last_b, 0, 0, 0, 0, 0, count(*), 0, 0 FROM planned GROUP BY 1, 2
  ),
  running AS (
    SELECT k.start, gs.g,
           COALESCE(sum(e.active_in) FILTER (WHERE e.at <= k.start), 0) - COALESCE(sum(e.active_out) FILTER (WHERE e.at < k.start), 0) AS active,
           (COALESCE(sum(e.key_in) FILTER (WHERE e.at <= k.start), 0) - COALESCE(sum(e.key_out) FILTER (WHERE e.at < k.start), 0))
             % ${KEY_MOD} AS k_active,
           COALESCE(sum(e.residents_in) FILTER (WHERE e.at <= k.start), 0)
             - COALESCE(sum(e.residents_out) FILTER (WHERE e.at < k.start), 0) AS residents,
           COALESCE(sum(e.planned_in) FILTER (WHERE e.at <= k.start), 0) - COALESCE(sum(e.planned_out) FILTER (WHERE e.at < k.start), 0) AS planned
      FROM buckets k CROSS JOIN groups gs LEFT JOIN edges e ON e.g = gs.g AND e.at <= k.start GROUP BY k.start, gs.g
  ),
  started AS (
    SELECT g, ${bucketOf('starts_on')} AS start, count(*) AS new, avg(starts_on - requested_on) AS wait, sum(record_key) % ${KEY_MOD} AS k_new
      FROM spans WHERE starts_on >= $2 GROUP BY 1, 2
  ),
  ended AS (
    SELECT g, last_b AS start, count(*) AS ended,
           count(*) FILTER (WHERE goal_attainment = 'ACHIEVED') AS achieved,
           count(*) FILTER (WHERE goal_attainment = 'PARTLY') AS partly,
           count(*) FILTER (WHERE goal_attainment = 'NOT_ACHIEVED') AS "notAchieved", sum(record_key) % ${KEY_MOD} AS k_ended
      FROM spans WHERE ended_on BETWEEN $2 AND $3 GROUP BY 1, 2
  )
  SELECT GREATEST(k.start, $2::date) AS "periodStart", k."end" AS "periodEnd", r.g AS "groupId",
         r.active, COALESCE(s.new, 0) AS new, COALESCE(e.ended, 0) AS ended, r.residents AS "uniqueResidents",
         r.planned AS "withNetworkPlan", s.wait AS "averageWaitingDays",
         COALESCE(e.achieved, 0) AS achieved, COALESCE(e.partly, 0) AS partly, COALESCE(e."notAchieved", 0) AS "notAchieved",
         r.k_active AS "kActive", s.k_new AS "kNew", e.k_ended AS "kEnded"
    FROM buckets k JOIN running r ON r.start = k.start
    LEFT JOIN started s ON s.start = k.start AND s.g = r.g LEFT JOIN ended e ON e.start = k.start AND e.g = r.g
   ORDER BY k.start, r.g`);

export const ARRANGEMENT_SERIES_SQL = arrangementSeriesSql('all');
/** The same per bucket and provider ("groupId" is the provider), for roll-ups into groups of providers. */
export const ARRANGEMENT_SERIES_BY_PROVIDER_SQL = arrangementSeriesSql('provider');

/**
 * The period's report sums, each to the bucket of its first day; empty buckets stay in the answer (per provider: a
 * provider without reports in a bucket has no row there).
 */
const reportSeriesSql = (group: SeriesGroup): string =>
  plannedPerCall(`
  WITH buckets AS (${BUCKETS}),
  sums AS (
    SELECT ${bucketOf('r.period_start')} AS start, ${groupColumn(group)} AS g, sum(r.cost_cents) AS cost, sum(r.hours_delivered) AS hours
      FROM report_summary r
     WHERE r.municipality_id = $1 AND ($4::bigint IS NULL OR r.provider_id = $4) AND r.period_start BETWEEN $2 AND $3
     GROUP BY 1, 2
  )
  SELECT GREATEST(k.start, $2::date) AS "periodStart", s.g AS "groupId", s.cost AS "costCents", s.hours AS "hoursDelivered"
    FROM buckets k LEFT JOIN sums s ON s.start = k.start
   ORDER BY k.start, s.g`);

export const REPORT_SERIES_SQL = reportSeriesSql('all');
export const REPORT_SERIES_BY_PROVIDER_SQL = reportSeriesSql('provider');
