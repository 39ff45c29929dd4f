import { toMonth } from '../monitor/disclosure.rules';
import type { Arrangement, ArrangementReport } from './arrangement.entity';

/**
 * Analysts' view of records (docs/disclosure-control.md): pseudonymous records from which no cell of the overview can be
 * recounted. An arrangement is shown only when at least `threshold` arrangements share its provider, product category,
 * start month, end month, goal attainment and month of its network plan's conference: a group that small cannot make
 * up a small cell on its own, and what separates its members (days, goal attainment, a plan) is not shown. Dates are
 * shown to the month.
 *
 * The ids of the arrangements an analyst may see, as a subquery; `municipality` is the placeholder of the municipality
 * id. The threshold comes from the validated configuration (a whole number), never from a request.
 */
export function releasedArrangementIdsSql(threshold: number, municipality: string): string {
  return releasedArrangementsSql(threshold, municipality, 'g.id');
}

/** The same with the columns asked for (of g: id, provider_id), to drive a query from it. */
export function releasedArrangementsSql(threshold: number, municipality: string, columns = 'g.id, g.provider_id'): string {
  if (!Number.isInteger(threshold)) throw new Error('threshold must be a whole number');
  return `SELECT ${columns} FROM (
      SELECT x.id, x.provider_id, count(*) OVER (PARTITION BY x.provider_id, x.product_category, date_trunc('month', x.starts_on::timestamp),
                                  date_trunc('month', x.ended_on::timestamp), x.goal_attainment,
                                  date_trunc('month', np.conference_held_on::timestamp)) AS n
        FROM arrangement x LEFT JOIN arrangement_network_plan np ON np.arrangement_id = x.id
       WHERE x.municipality_id = ${municipality}) g
     WHERE g.n >= ${threshold}`;
}

/** A moment to the first instant of its month (UTC): when a record was entered can point at its start as well. */
const monthOf = (at: Date): Date => new Date(Date.UTC(new Date(at).getUTCFullYear(), new Date(at).getUTCMonth(), 1));

/**
 * A column coarsened where the row has it: rows carry only the columns a request asked for, so a field the type calls
 * present may be absent; it stays absent.
 */
function coarsened<T>(value: T, coarsen: (present: NoInfer<T>) => NoInfer<T>): T {
  return value === undefined ? value : coarsen(value);
}

/** An arrangement as an analyst sees it: its dates to the month. */
export function arrangementForAnalyst(a: Arrangement): Arrangement {
  return {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- rows are plain objects typed by their type-graphql class; no prototype to lose
    ...a,
    requestedOn: coarsened(a.requestedOn, toMonth),
    startsOn: coarsened(a.startsOn, toMonth),
    endedOn: coarsened(a.endedOn, toMonth),
    createdAt: coarsened(a.createdAt, monthOf),
    updatedAt: coarsened(a.updatedAt, monthOf),
  };
}

/** A report as an analyst sees it: its period to the month, and without the provider's free text. */
export function reportForAnalyst(r: ArrangementReport): ArrangementReport {
  return {
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- rows are plain objects typed by their type-graphql class; no prototype to lose
    ...r,
    periodStart: coarsened(r.periodStart, toMonth),
    periodEnd: coarsened(r.periodEnd, toMonth),
    remarks: null,
    correctionReason: null,
    createdAt: coarsened(r.createdAt, monthOf),
  };
}
