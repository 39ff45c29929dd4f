import { plannedPerCall } from '../../db/request-db';
import { EndReason, ProductCategory } from '../arrangement/arrangement.entity';
import { DEFAULT_WAITING_NORM_DAYS } from '../waiting-list/waiting-list.rules';
import { DEFAULT_DURATION_NORM_DAYS, RE_REQUEST_MONTHS } from './outcome.rules';

/** Cell keys are sums of record keys modulo 2^32 (monitor/disclosure.rules.ts). */
const KEY_MOD = 4294967296;

/** Each category's duration norm: the regisseur's, or the default (constants, not input). */
const NORMS = `
  SELECT v.product_category, COALESCE(d.norm_days, v.days) AS norm_days, d.norm_days IS NULL AS is_default
    FROM (VALUES ${Object.values(ProductCategory)
      .map((c) => `('${c}'::product_category, ${DEFAULT_DURATION_NORM_DAYS[c]})`)
      .join(', ')}) AS v(product_category, days)
    LEFT JOIN duration_norm d ON d.municipality_id = $1 AND d.product_category = v.product_category`;

/** The norms as they apply: the waiting norm and each category's duration norm ($1 is the municipality). */
export const NORMS_SQL = `
  SELECT COALESCE((SELECT norm_days FROM waiting_list_setting WHERE municipality_id = $1), ${DEFAULT_WAITING_NORM_DAYS}) AS "waitingNormDays",
         (SELECT json_agg(json_build_object('productCategory', n.product_category, 'normDays', n.norm_days, 'isDefault', n.is_default)
                 ORDER BY n.product_category) FROM (${NORMS}) n) AS "durationNorms"`;

const reasonColumns = Object.values(EndReason)
  .map((r) => `count(*) FILTER (WHERE ended AND reason = '${r}') AS "reason_${r}"`)
  .join(',\n           ');

/**
 * The outcome figures of a period ($2..$3), per provider, per category, per provider and category and in total, in one
 * statement ($4 one provider or null; $5 today). Definitions (outcome.rules.ts, docs/transformation.md):
 * - ended: ended in the period (as the overview's `ended`, with the same cell key); its goal attainment and end reason;
 *   an ending without a reason counts as OTHER;
 * - early: CLIENT_WITHDREW, REFERRED_ELSEWHERE, OTHER; MOVED_AWAY and DECEASED are not the provider's doing;
 * - re-requests: of the ended ones whose six months have passed ("closed"), those after which the same client key at
 *   the same provider made a new request from the end day up to six months later (a hash join, not a query per row);
 *   the ended ones whose six months still run are counted as "open" and left out of the rate;
 * - waiting: start minus request of the arrangements started in the period (the overview's `new`);
 * - duration: end minus start of the ended ones, and that minus their category's duration norm.
 */
export const OUTCOME_FIGURES_SQL = plannedPerCall(`
  WITH norms AS (${NORMS}),
  base AS (
    SELECT a.id, a.provider_id, a.product_category, a.client_key, a.record_key, a.ended_on, a.goal_attainment,
           COALESCE(a.end_reason, 'OTHER') AS reason,
           a.ended_on BETWEEN $2 AND $3 AS ended, a.starts_on BETWEEN $2 AND $3 AS started,
           a.starts_on - a.requested_on AS waited, a.ended_on - a.starts_on AS duration,
           a.ended_on - a.starts_on - n.norm_days AS over_norm,
           (a.ended_on + interval '${RE_REQUEST_MONTHS} months')::date AS window_end
      FROM arrangement a JOIN norms n ON n.product_category = a.product_category
     WHERE a.municipality_id = $1 AND ($4::bigint IS NULL OR a.provider_id = $4)
       AND (a.ended_on BETWEEN $2 AND $3 OR a.starts_on BETWEEN $2 AND $3)
  ),
  closed AS (SELECT * FROM base WHERE ended AND window_end < $5::date),
  again AS (
    SELECT DISTINCT c.id FROM closed c
      JOIN arrangement r ON r.municipality_id = $1 AND r.provider_id = c.provider_id AND r.client_key = c.client_key
       AND r.id <> c.id AND r.requested_on BETWEEN c.ended_on AND c.window_end
  ),
  flagged AS (
    SELECT b.*, b.ended AND b.window_end < $5::date AS closed, g.id IS NOT NULL AS re_requested
      FROM base b LEFT JOIN again g ON g.id = b.id
  )
  SELECT GROUPING(provider_id) AS "byProvider", GROUPING(product_category) AS "byCategory",
         provider_id AS "providerId", product_category AS "productCategory",
         count(*) FILTER (WHERE ended) AS ended,
         count(*) FILTER (WHERE ended AND goal_attainment = 'ACHIEVED') AS achieved,
         count(*) FILTER (WHERE ended AND goal_attainment = 'PARTLY') AS partly,
         count(*) FILTER (WHERE ended AND goal_attainment = 'NOT_ACHIEVED') AS "notAchieved",
         ${reasonColumns},
         count(*) FILTER (WHERE closed) AS closed,
         count(*) FILTER (WHERE re_requested) AS "reRequested",
         count(*) FILTER (WHERE ended AND NOT closed) AS open,
         count(*) FILTER (WHERE started) AS started,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY waited) FILTER (WHERE started) AS "medianWaitingDays",
         count(*) FILTER (WHERE ended AND duration IS NOT NULL) AS "withDuration",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY duration) FILTER (WHERE ended) AS "medianDurationDays",
         percentile_cont(0.5) WITHIN GROUP (ORDER BY over_norm) FILTER (WHERE ended) AS "medianDurationOverNormDays",
         sum(record_key) FILTER (WHERE ended) % ${KEY_MOD} AS "kEnded",
         sum(record_key) FILTER (WHERE started) % ${KEY_MOD} AS "kNew",
         sum(record_key) FILTER (WHERE closed) % ${KEY_MOD} AS "kClosed",
         sum(record_key) FILTER (WHERE re_requested) % ${KEY_MOD} AS "kReRequested",
         sum(record_key) FILTER (WHERE ended AND NOT closed) % ${KEY_MOD} AS "kOpen"
    FROM flagged
   GROUP BY GROUPING SETS ((), (provider_id), (product_category), (provider_id, product_category))`);
