import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { plannedPerCall, type RequestDb } from '../../db/request-db';
import { Role } from '../user/user.entity';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { isDateInRange, MAX_DATE, MIN_DATE } from '../../shared/bounds';
import { InputError } from '../../shared/errors/input-error';
import { toGlobalId } from '../../shared/graphql/global-id';
import type { Pseudonymizer } from '../../shared/pseudonym';
import { MonitorService } from './monitor.service';
import { SeriesInterval, type Figures } from './monitor.types';
import { systemClock } from '../../clock';
import { releasedArrangementIdsSql } from '../arrangement/analyst-view';
import { noteArrangementReads } from '../arrangement/access-log';
import { toMonth } from './disclosure.rules';
import {
  DECISION_COLUMNS,
  decisionExportFilter,
  decisionRecords,
  PROPOSAL_COLUMNS,
  proposalRecords,
  QUARTER_REPORT_COLUMNS,
  quarterReportRecords,
} from './export-lists';

/**
 * Exports for analysts and staff, with the same permissions and disclosure control as GraphQL (served by
 * http/export-route.ts): arrangements and the overview, as CSV or NDJSON, for a period.
 * CSV is UTF-8 with a byte order mark (so Excel reads the accents), ISO dates, and cells that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) are neutralised with a leading apostrophe.
 */
const BATCH = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function neutralise(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A date parameter of an export: YYYY-MM-DD, a real day, within the domain's bounds. */
export function validDate(value: unknown, name: string): string {
  if (
    typeof value !== 'string' ||
    !DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw new InputError(`"${name}" must be a date as YYYY-MM-DD.`, name);
  }
  if (!isDateInRange(value)) throw new InputError(`"${name}" must be a date from ${MIN_DATE} to ${MAX_DATE}.`, name);
  return value;
}

interface ExportRow {
  id: number;
  providerId: number;
  providerName: string;
  clientKey: string;
  status: string;
  form: string;
  productCategory: string;
  requestedOn: string;
  startsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  goalAttainment: string | null;
  hoursPerWeek: number;
  plannedCostCents: number;
  realisedCostCents: number;
}

const ARRANGEMENT_COLUMNS = [
  'id',
  'pseudonym',
  'providerId',
  'provider',
  'status',
  'form',
  'productCategory',
  'requestedOn',
  'startsOn',
  'endedOn',
  'endReason',
  'goalAttainment',
  'hoursPerWeek',
  'plannedCostCents',
  'realisedCostCents',
] as const;

/** Arrangements relevant to the period, in id order, fetched in batches: the export streams, whatever its size. */
async function* arrangementRecords(
  db: RequestDb,
  viewer: Viewer,
  from: string,
  to: string,
  pseudonymize: Pseudonymizer,
  threshold: number,
): AsyncGenerator<Record<string, unknown>> {
  const providerId = viewer.role === Role.PROVIDER_REP ? viewer.providerId : null;
  // Analysts get the records they see in GraphQL: of groups large enough, dates to the month (analyst-view.ts).
  const analyst = viewer.role === Role.ANALYST;
  const releasedOnly = analyst ? ` AND a.id IN (${releasedArrangementIdsSql(threshold, '$1')})` : '';
  let after = 0;
  for (;;) {
    const text = `SELECT a.id, a.provider_id AS "providerId", p.name AS "providerName", a.client_key AS "clientKey", a.status, a.form,
              a.product_category AS "productCategory", a.requested_on AS "requestedOn", a.starts_on AS "startsOn", a.ended_on AS "endedOn",
              a.end_reason AS "endReason", a.goal_attainment AS "goalAttainment", a.hours_per_week AS "hoursPerWeek",
              a.planned_cost_cents AS "plannedCostCents", a.realised_cost_cents AS "realisedCostCents"
         FROM arrangement a JOIN provider p ON p.id = a.provider_id
        WHERE a.municipality_id = $1 AND ($2::bigint IS NULL OR a.provider_id = $2) AND a.id > $3
          AND a.requested_on <= $5 AND (a.ended_on IS NULL OR a.ended_on >= $4)${releasedOnly}
        ORDER BY a.id LIMIT ${BATCH}`;
    // Analysts' statements are planned for their values on every call (see ArrangementService.planned).
    const rows = await db.query<ExportRow>(analyst ? plannedPerCall(text) : text, [viewer.municipalityId, providerId, after, from, to]);
    noteArrangementReads(
      db,
      rows.map((r) => r.id),
    );
    for (const r of rows) {
      // Never the client key: exports leave the system; the pseudonym counts people without naming them.
      yield {
        id: toGlobalId('Arrangement', r.id),
        pseudonym: pseudonymize(r.providerId, r.clientKey),
        providerId: toGlobalId('Provider', r.providerId),
        provider: r.providerName,
        status: r.status,
        form: r.form,
        productCategory: r.productCategory,
        requestedOn: analyst ? toMonth(r.requestedOn) : r.requestedOn,
        startsOn: analyst ? toMonth(r.startsOn) : r.startsOn,
        endedOn: analyst ? toMonth(r.endedOn) : r.endedOn,
        endReason: r.endReason,
        goalAttainment: r.goalAttainment,
        hoursPerWeek: r.hoursPerWeek,
        plannedCostCents: r.plannedCostCents,
        realisedCostCents: r.realisedCostCents,
      };
    }
    const last = rows.at(-1);
    // A short batch is the last one.
    if (rows.length < BATCH || last === undefined) return;
    after = last.id;
  }
}

const OVERVIEW_COLUMNS = [
  'level',
  'key',
  'active',
  'new',
  'ended',
  'uniqueResidents',
  'residentsPerThousandInhabitants',
  'costCents',
  'budgetCents',
  'budgetUsedRatio',
  'costPerArrangementCents',
  'hoursDelivered',
  'averageWaitingDays',
  'goalsAchieved',
  'goalsPartly',
  'goalsNotAchieved',
  'suppressed',
] as const;

function overviewRecord(level: string, key: string, f: Figures): Record<string, unknown> {
  return {
    level,
    key,
    active: f.arrangements.active,
    new: f.arrangements.new,
    ended: f.arrangements.ended,
    uniqueResidents: f.uniqueResidents,
    residentsPerThousandInhabitants: f.residentsPerThousandInhabitants,
    costCents: f.costCents,
    budgetCents: f.budgetCents,
    budgetUsedRatio: f.budgetUsedRatio,
    costPerArrangementCents: f.costPerArrangementCents,
    hoursDelivered: f.hoursDelivered,
    averageWaitingDays: f.averageWaitingDays,
    goalsAchieved: f.goalAttainment.achieved,
    goalsPartly: f.goalAttainment.partly,
    goalsNotAchieved: f.goalAttainment.notAchieved,
    suppressed: [...f.arrangements.suppressed, ...f.goalAttainment.suppressed.map((s) => `goalAttainment.${s}`), ...f.suppressed].join(' '),
  };
}

async function* overviewRecords(db: RequestDb, viewer: Viewer, from: string, to: string, threshold: number): AsyncGenerator<Record<string, unknown>> {
  // The export has no waiting-now columns: the clock only dates those.
  const service = new MonitorService(db, threshold, systemClock);
  const scope = service.scope(viewer, { from, to }, null);
  const data = await service.overview(scope);
  const names = new Map(
    (await db.query<{ id: number; name: string }>(`SELECT id, name FROM provider WHERE municipality_id = $1`, [viewer.municipalityId])).map((p) => [
      p.id,
      p.name,
    ]),
  );
  yield overviewRecord('total', '', data.total);
  for (const row of data.byProvider) yield overviewRecord('provider', names.get(row.providerId) ?? String(row.providerId), row);
  for (const row of data.byProductCategory) yield overviewRecord('productCategory', row.productCategory, row);
  for (const row of await service.series(scope, SeriesInterval.MONTH)) yield overviewRecord('month', row.periodStart, row);
}

/** What the export's settings give it: the disclosure threshold and the pseudonym of a client. */
export interface ExportSettings {
  suppressionThreshold: number;
  pseudonymize: Pseudonymizer;
}

export type ExportKind = 'arrangements' | 'overview' | 'decisions' | 'proposals' | 'quarter-reports';
export type ExportFormat = 'csv' | 'ndjson';

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** The records of an export and their columns, for a viewer allowed to export (every role is, within what it sees). */
export function exportRecords(
  db: RequestDb,
  viewer: Viewer,
  what: ExportKind,
  period: { from: string; to: string },
  settings: ExportSettings,
  query: Record<string, unknown> = {},
): { columns: readonly string[]; records: AsyncGenerator<Record<string, unknown>> } {
  requireRole(viewer, Role.REGISSEUR, Role.ANALYST, Role.ADMIN, Role.PROVIDER_REP);
  if (period.to < period.from) throw new InputError('"to" must not be before "from".', 'to');
  const list = listExport(db, viewer, what, period, query);
  if (list !== null) return list;
  return what === 'arrangements'
    ? {
        columns: ARRANGEMENT_COLUMNS,
        records: arrangementRecords(db, viewer, period.from, period.to, settings.pseudonymize, settings.suppressionThreshold),
      }
    : { columns: OVERVIEW_COLUMNS, records: overviewRecords(db, viewer, period.from, period.to, settings.suppressionThreshold) };
}

/** The exports of the accountability lists (export-lists.ts); null for the others. */
function listExport(
  db: RequestDb,
  viewer: Viewer,
  what: ExportKind,
  period: { from: string; to: string },
  query: Record<string, unknown>,
): { columns: readonly string[]; records: AsyncGenerator<Record<string, unknown>> } | null {
  if (what === 'decisions') return { columns: DECISION_COLUMNS, records: decisionRecords(db, viewer, decisionExportFilter(query, period)) };
  if (what === 'proposals') return { columns: PROPOSAL_COLUMNS, records: proposalRecords(db, viewer, period.from, period.to) };
  if (what === 'quarter-reports') return { columns: QUARTER_REPORT_COLUMNS, records: quarterReportRecords(db, viewer, period.from, period.to) };
  return null;
}

/** Writes the records as NDJSON, or as CSV (with a byte order mark, and formulas neutralised) separated by `separator`. */
export async function writeExport(
  out: Writable,
  records: AsyncIterable<Record<string, unknown>>,
  format: ExportFormat,
  columns: readonly string[],
  separator: string,
): Promise<void> {
  if (format === 'ndjson') {
    await pipeline(
      Readable.from(
        (async function* () {
          for await (const record of records) yield JSON.stringify(record) + '\n';
        })(),
      ),
      out,
    );
    return;
  }
  out.write('\uFEFF');
  const csv = stringify({ header: true, columns: [...columns], delimiter: separator, cast: { number: (n) => String(n), boolean: (b) => String(b) } });
  await pipeline(
    Readable.from(
      (async function* () {
        for await (const record of records) yield Object.fromEntries(Object.entries(record).map(([k, v]) => [k, neutralise(v)]));
      })(),
      { objectMode: true },
    ),
    csv,
    out,
  );
}
