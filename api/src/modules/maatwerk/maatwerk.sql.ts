const KEY_MOD = 4294967296;

/**
 * The maatwerk sums per bucket, per provision and for the whole bucket (grouping sets), in one statement whatever the
 * number of months. $1 municipality, $2 and $3 the period, $4 'month', 'quarter' or 'year'. A month counts when it
 * overlaps the period. Buckets are the overview series' buckets (first bucket starts at the period's start).
 */
export const MAATWERK_SERIES_SQL = `
  WITH rows AS (
    SELECT date_trunc($4, month::timestamp)::date AS start, month, provision, clients, cost_cents, new_clients, record_key
      FROM maatwerk_month
     WHERE municipality_id = $1 AND month >= date_trunc('month', $2::date)::date AND month <= $3::date
  ),
  loaded AS (SELECT start, count(DISTINCT month) AS months FROM rows GROUP BY start)
  SELECT GREATEST(r.start, $2::date)::text AS "periodStart", r.provision, GROUPING(r.provision) AS "allProvisions",
         l.months::int AS "monthsLoaded", sum(r.clients)::int AS "clientSum", sum(r.cost_cents)::bigint AS "costCents",
         sum(r.new_clients)::int AS "newClients", sum(r.record_key) % ${KEY_MOD} AS "keySum"
    FROM rows r JOIN loaded l ON l.start = r.start
   GROUP BY GROUPING SETS ((r.start, l.months, r.provision), (r.start, l.months))
   ORDER BY r.start, r.provision`;

/** Which months are loaded, from which import: when, by whom, which file, how many rows. */
export const LOADED_MONTHS_SQL = `
  SELECT to_char(m.month, 'YYYY-MM') AS month, count(*)::int AS rows, i.file_name AS "fileName", i.created_at AS "importedAt",
         u.name AS "importedBy"
    FROM maatwerk_month m JOIN maatwerk_import i ON i.id = m.import_id JOIN app_user u ON u.id = i.imported_by_user_id
   WHERE m.municipality_id = $1
   GROUP BY m.month, i.id, u.id
   ORDER BY m.month`;
